package org.icsdocs.core.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.AwardConflict;
import org.icsdocs.core.model.ContractAward;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Gift;
import org.icsdocs.core.model.Policy;
import org.icsdocs.core.model.Sponsorship;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The registers as open data, one CSV table each: gifts and hospitality, sponsorship,
 * procurement decisions and key policies. Names, not ids, in the cells people read; dates ISO;
 * sums in whole pounds so a spreadsheet can add them.
 */
final class RegisterData {

    private RegisterData() {
    }

    static Map<String, OpenData.Table> tables(Definition d, DefinitionIndex ix) {
        Map<String, OpenData.Table> tables = new LinkedHashMap<>();
        tables.put("gifts-and-hospitality", new OpenData.Table(List.of("id", "offered_on", "offered_to", "kind", "description", "donor",
                "value_pounds", "outcome", "approved_by", "decision", "declared_on", "illustrative"),
                d.gifts().stream().map(g -> gift(g, ix)).toList()));
        tables.put("sponsorship", new OpenData.Table(List.of("id", "offered_on", "sponsor", "purpose", "value_pounds", "outcome", "approved_by",
                "decision", "declared_on", "illustrative"), d.sponsorships().stream().map(s -> sponsorship(s, ix)).toList()));
        List<ContractAward> awards = d.procurement() == null ? List.of() : d.procurement().awards();
        tables.put("procurement-decisions", new OpenData.Table(List.of("id", "decided_on", "services", "provider", "process", "value_pounds",
                "decided_by", "authority", "decision_makers", "conflicts", "awarded_on", "notice_published_on", "notice_url", "illustrative"),
                awards.stream().map(a -> award(a, ix, Authorities.of(d))).toList()));
        tables.put("policies", new OpenData.Table(List.of("id", "title", "approved_by", "approved_on", "review_due", "url", "illustrative"),
                d.policies().stream().map(p -> policy(p, ix)).toList()));
        return tables;
    }

    private static List<String> gift(Gift g, DefinitionIndex ix) {
        return row(g.id(), str(g.offeredOn()), name(g.recipient(), ix), g.kind().label(), g.description(),
                g.donor() == null ? g.donorName() : ix.organisationName(g.donor()), g.value() == null ? null : g.value().pounds().toPlainString(),
                g.outcome().label(), name(g.approvedBy(), ix), g.decision(), str(g.declaredOn()), flag(g.illustrative()));
    }

    private static List<String> sponsorship(Sponsorship s, DefinitionIndex ix) {
        return row(s.id(), str(s.offeredOn()), s.sponsor() == null ? s.sponsorName() : ix.organisationName(s.sponsor()), s.purpose(),
                s.value() == null ? null : s.value().pounds().toPlainString(), s.outcome().label(), name(s.approvedBy(), ix), s.decision(),
                str(s.declaredOn()), flag(s.illustrative()));
    }

    private static List<String> award(ContractAward a, DefinitionIndex ix, Authorities scheme) {
        List<String> conflicts = new ArrayList<>();
        for (AwardConflict c : a.conflicts()) {
            conflicts.add(name(c.person(), ix) + ": " + c.management());
        }
        String managed = conflicts.isEmpty() ? a.conflictsManaged() : String.join("; ", conflicts);
        return row(a.id(), str(a.decidedOn()), a.services(), a.provider() == null ? null : ix.organisationName(a.provider()),
                a.process() == null ? null : a.process().label(), a.value() == null ? null : a.value().pounds().toPlainString(),
                a.decidedBy() == null ? null : ix.bodyName(a.decidedBy()),
                a.authority() == null ? null : scheme.category(a.authority()).map(c -> c.name()).orElse(null),
                String.join("; ", a.decisionMakers().stream().map(p -> name(p, ix)).toList()), managed,
                str(a.awardedOn()), str(a.noticePublishedOn()), a.noticeUrl(), flag(a.illustrative()));
    }

    private static List<String> policy(Policy p, DefinitionIndex ix) {
        return row(p.id(), p.title(), p.approvedBy() == null ? null : ix.bodyName(p.approvedBy()), str(p.approvedOn()), str(p.reviewDue()),
                p.url(), flag(p.illustrative()));
    }

    private static String name(String person, DefinitionIndex ix) {
        return person == null ? null : ix.personName(person);
    }

    private static String flag(Boolean b) {
        return String.valueOf(Boolean.TRUE.equals(b));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
