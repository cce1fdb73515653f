package org.icsdocs.core.model;

import java.time.LocalDate;
import java.util.List;

@Doc("Constitution metadata.")
public record Constitution(
        @Required @Doc("The version of the constitution, e.g. 1.6.") String version,
        @Required ConstitutionStatus status,
        @Ref(RefKind.ORGANISATION) @Doc("Who approved it (NHS England).") String approvedBy,
        @Doc("The date NHS England approved this version.") LocalDate approvedOn,
        @Doc("The date this version takes effect.") LocalDate effectiveFrom,
        List<Amendment> amendments,
        @Doc("Local prose for named sections, in Markdown files.") List<LocalProse> prose,
        List<RelatedDocument> relatedDocuments,
        @Doc("Term of office of each board role with a fixed term (chair, independent non-executive and partner members).") List<TermOfOffice> termsOfOffice,
        @Doc("The clauses of the last approved version, as written by the ics:snapshot goal; the build compares the current text with it.") FileRef approvedSnapshot,
        @Doc("Why each section changes in the version in progress, for the change summary.") List<ConstitutionChange> changes,
        Span at) {

    public Constitution {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        prose = prose == null ? List.of() : List.copyOf(prose);
        relatedDocuments = relatedDocuments == null ? List.of() : List.copyOf(relatedDocuments);
        termsOfOffice = termsOfOffice == null ? List.of() : List.copyOf(termsOfOffice);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
