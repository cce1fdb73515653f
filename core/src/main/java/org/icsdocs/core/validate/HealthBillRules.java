package org.icsdocs.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.Span;

/**
 * HBL: what the Health Bill (as introduced on 14 May 2026) would change, applied only in the
 * {@code health-bill-2026} scenario from the commencement the user assumes. The Bill abolishes
 * NHS England and passes its functions to the Secretary of State and to ICBs, makes primary care
 * commissioning an ICB function, gives the Secretary of State a power to direct ICBs, abolishes
 * Healthwatch, replaces the local authority partner member with a member nominated by each mayoral
 * strategic authority's mayor (clause 21) and removes the duty to establish an integrated care
 * partnership. Every finding is provisional: the Bill may be amended before Royal Assent; the
 * sources held on 7 December 2026 stop at its Commons committee stage (June 2026).
 */
public final class HealthBillRules implements RuleFamily {

    /** The four primary care services the Bill makes ICB functions rather than NHS England delegations. */
    private static final List<String> PRIMARY_CARE = List.of("primary medical", "dental", "ophthalmic", "pharmaceutical");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.HBL_001, Rule.HBL_002, Rule.HBL_003, Rule.HBL_004, Rule.HBL_005, Rule.HBL_006, Rule.HBL_007,
                Rule.HBL_008, Rule.HBL_009);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        DefinitionIndex index = in.index();
        if (d.board() != null) {
            appointments(d.board().members(), index, out);
        }
        if (d.constitution() != null) {
            Span at = d.constitution().at();
            out.report(Rule.HBL_003, at.at(), null,
                    "The constitution says a variation needs NHS England's approval, and NHS England is abolished",
                    "Say that an application to vary the constitution is made to the Secretary of State.");
            out.report(Rule.HBL_007, at.at(), null,
                    "The constitution does not say that the ICB must comply with directions of the Secretary of State",
                    "Add a clause on the Secretary of State's power to direct the ICB (section 1, statutory framework).");
        }
        for (IcbFunction f : d.functions()) {
            if (isNhsEngland(f.delegatedBy(), index)) {
                delegatedFunction(f, out);
            }
        }
        healthwatch(d, index, out);
        if (d.icp() != null) {
            out.report(Rule.HBL_009, d.icp().at().of("establishedBy"), d.icp().id(),
                    d.icp().name() + " is kept as the statutory joint committee of the ICB and the local authorities; the Bill removes "
                            + "the duty to establish one",
                    "Decide with the local authorities whether to keep the partnership by choice, and say so on its page and in the "
                            + "constitution; its integrated care strategy is no longer a statutory requirement once the duty goes.");
        }
    }

    private static void appointments(List<BoardMember> members, DefinitionIndex index, Findings out) {
        for (BoardMember m : members) {
            if (m.role() == BoardRole.CHAIR && isNhsEngland(m.appointedBy(), index)) {
                // No source held says who appoints an ICB chair after NHS England's abolition: the hint names no one.
                out.report(Rule.HBL_001, m.at().of("appointedBy"), m.person(),
                        "The chair is appointed by NHS England, which the Bill abolishes",
                        "From commencement NHS England can appoint no one: the Bill's provision for the chair's appointment was not in the "
                                + "sources held on 7 December 2026, so check the Act as passed before changing 'appointed-by' and the "
                                + "appointments section of the constitution.");
            }
            if (m.role() == BoardRole.PARTNER_MEMBER && m.partnerSector() == PartnerSector.LOCAL_AUTHORITY) {
                String nominators = m.nominatedBy().stream().map(index::organisationName).collect(Collectors.joining(" and "));
                out.report(Rule.HBL_008, m.at().of("partnerSector"), m.person(),
                        index.personName(m.person()) + " holds the local authority partner seat" + (nominators.isEmpty() ? "" : ", nominated by " + nominators)
                                + "; clause 21 of the Bill removes that seat and provides instead for a member nominated by the mayor of each "
                                + "mayoral strategic authority whose area is in the ICB's",
                        "From commencement the seat ends: if a mayoral strategic authority's area is in the ICB's, provide for the member "
                                + "its mayor nominates (the definition does not record strategic authorities, so check the area); "
                                + "change the board page and the constitution's composition of the board.");
            }
            if (m.role() == BoardRole.CHIEF_EXECUTIVE && isNhsEngland(m.approvedBy(), index)) {
                out.report(Rule.HBL_002, m.at().of("approvedBy"), m.person(),
                        "The chief executive's appointment needs NHS England's approval, and NHS England is abolished",
                        "From commencement the Secretary of State approves the appointment: change 'approved-by' and the appointments section of the constitution.");
            }
        }
    }

    private static void delegatedFunction(IcbFunction f, Findings out) {
        String name = f.name().toLowerCase(Locale.ROOT);
        if (PRIMARY_CARE.stream().anyMatch(name::contains)) {
            out.report(Rule.HBL_004, f.at().of("delegatedBy"), f.id(),
                    f.name() + " is delegated by NHS England; under the Bill it becomes a function of the ICB itself",
                    "Make it a core function (no 'delegated-by' or delegation agreement) and move it on the map from NHS England's delegations to the ICB's own functions.");
        } else {
            out.report(Rule.HBL_005, f.at().of("delegatedBy"), f.id(),
                    f.name() + " is delegated by NHS England, which the Bill abolishes; its functions pass to the Secretary of State",
                    "Name the Secretary of State as the body delegating it (or the ICB, if it becomes the ICB's own function), and redraw the top of the decision map.");
        }
    }

    private static void healthwatch(Definition d, DefinitionIndex index, Findings out) {
        if (d.icp() != null) {
            for (PartnershipMember m : d.icp().members()) {
                healthwatchMember(m, "the integrated care partnership", index, out);
            }
        }
        for (Place p : d.places()) {
            for (PartnershipMember m : p.members()) {
                healthwatchMember(m, p.name(), index, out);
            }
        }
        if (d.engagement() != null) {
            for (String id : d.engagement().healthwatch()) {
                index.organisation(id).ifPresent(o -> out.report(Rule.HBL_006, d.engagement().at().of("healthwatch"), id,
                        o.name() + " is named in the engagement arrangements; the Bill abolishes local Healthwatch",
                        "Describe how the ICB will hear patients' and the public's views once Healthwatch is abolished, and remove it from the engagement page."));
            }
        }
    }

    private static void healthwatchMember(PartnershipMember m, String body, DefinitionIndex index, Findings out) {
        Optional<Organisation> org = Optional.ofNullable(m.organisation()).flatMap(index::organisation)
                .filter(o -> o.kind() == OrganisationKind.HEALTHWATCH);
        org.ifPresent(o -> out.report(Rule.HBL_006, m.at().of("organisation"), o.id(),
                o.name() + " is a member of " + body + "; the Bill abolishes local Healthwatch",
                "Remove it from the membership and name how people who use services are represented instead."));
    }

    private static boolean isNhsEngland(String organisationId, DefinitionIndex index) {
        return organisationId != null && index.organisation(organisationId).filter(o -> o.kind() == OrganisationKind.NHS_ENGLAND).isPresent();
    }
}
