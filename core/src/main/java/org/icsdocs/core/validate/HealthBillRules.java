package org.icsdocs.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.Span;

/**
 * HBL: what the Health Bill (as introduced on 14 May 2026) would change, applied only in the
 * {@code health-bill-2026} scenario from the commencement the user assumes. The Bill abolishes
 * NHS England and passes its functions to the Secretary of State and to ICBs, makes primary care
 * commissioning an ICB function, gives the Secretary of State a power to direct ICBs and abolishes
 * Healthwatch. Every finding is provisional: the Bill may be amended before Royal Assent.
 */
public final class HealthBillRules implements RuleFamily {

    /** The four primary care services the Bill makes ICB functions rather than NHS England delegations. */
    private static final List<String> PRIMARY_CARE = List.of("primary medical", "dental", "ophthalmic", "pharmaceutical");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.HBL_001, Rule.HBL_002, Rule.HBL_003, Rule.HBL_004, Rule.HBL_005, Rule.HBL_006, Rule.HBL_007);
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
    }

    private static void appointments(List<BoardMember> members, DefinitionIndex index, Findings out) {
        for (BoardMember m : members) {
            if (m.role() == BoardRole.CHAIR && isNhsEngland(m.appointedBy(), index)) {
                out.report(Rule.HBL_001, m.at().of("appointedBy"), m.person(),
                        "The chair is appointed by NHS England, which the Bill abolishes",
                        "From commencement the Secretary of State appoints the chair: change 'appointed-by' and the appointments section of the constitution.");
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
