package org.icsdocs.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.Partnership;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Strategy;

/** ICP: the integrated care partnership. */
public final class PartnershipRules implements RuleFamily {

    /**
     * A body the Act makes a party to the ICP: the ICB, or a council with social care
     * responsibility. {@code what} says why it must be there, for messages.
     */
    private record Party(String id, String name, String what) {
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.ICP_001, Rule.ICP_002, Rule.ICP_003, Rule.ICP_004, Rule.ICP_005, Rule.ICP_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        Partnership icp = d.icp();
        if (icp == null) {
            if (d.ics() != null) {
                out.report(Rule.ICP_001, d.ics().at().at(), null,
                        d.ics().displayName() + " has no integrated care partnership",
                        "Add an 'icp:' section: the joint committee of the ICB and the local authorities, with its members, chair and strategy.");
            }
            return;
        }
        List<Party> parties = statutoryParties(d, in.index());
        establishedBy(icp, parties, out);
        members(icp, parties, out);
        healthwatch(icp, in.index(), out);
        chair(icp, parties, out);
        strategy(icp, out);
        healthwatchInvolved(icp, in.index(), in.context().asOf(), out);
    }

    private static List<Party> statutoryParties(Definition d, DefinitionIndex index) {
        List<Party> parties = new ArrayList<>();
        if (d.ics() == null) {
            return parties;
        }
        String icb = d.ics().icb();
        parties.add(new Party(icb, index.organisation(icb).map(Organisation::name).orElse(icb), "the system's integrated care board"));
        for (Organisation la : index.socialCareAuthorities()) {
            parties.add(new Party(la.id(), la.name(), "a local authority with social care responsibility in the area"));
        }
        return parties;
    }

    // ICP-001 ------------------------------------------------------------------------------

    private static void establishedBy(Partnership icp, List<Party> parties, Findings out) {
        for (Party p : parties) {
            if (!icp.establishedBy().contains(p.id())) {
                out.report(Rule.ICP_001, icp.at().of("establishedBy"), icp.id(),
                        icp.name() + " is not recorded as established by " + p.name() + ", " + p.what(),
                        "Add '" + p.id() + "' to 'established-by': the ICP is a joint committee of the ICB and every local authority with social care responsibility in the area.");
            }
        }
    }

    // ICP-002 ------------------------------------------------------------------------------

    private static void members(Partnership icp, List<Party> parties, Findings out) {
        List<String> memberOrganisations = icp.members().stream().map(PartnershipMember::organisation).toList();
        for (Party p : parties) {
            if (!memberOrganisations.contains(p.id())) {
                out.report(Rule.ICP_002, icp.at().of("members"), icp.id(),
                        p.name() + ", " + p.what() + ", is not a member of " + icp.name(),
                        "Add a member with 'organisation: " + p.id() + "'; the ICB and each of these local authorities must be members.");
            }
        }
    }

    // ICP-003 ------------------------------------------------------------------------------

    private static void healthwatch(Partnership icp, DefinitionIndex index, Findings out) {
        boolean present = icp.members().stream()
                .flatMap(m -> index.organisation(m.organisation()).stream())
                .anyMatch(o -> o.kind() == OrganisationKind.HEALTHWATCH);
        if (!present) {
            out.report(Rule.ICP_003, icp.at().of("members"), icp.id(),
                    "No local Healthwatch is a member of " + icp.name(),
                    "Add the local Healthwatch (an organisation of kind healthwatch) to the ICP's members: it has a statutory role in ICPs.");
        }
    }

    // ICP-004 ------------------------------------------------------------------------------

    private static void chair(Partnership icp, List<Party> parties, Findings out) {
        if (icp.chair() == null) {
            out.report(Rule.ICP_004, icp.at().of("chair"), icp.id(), icp.name() + " has no chair",
                    "Add 'chair:' with the person the ICB and the local authorities selected together.");
            return;
        }
        for (Party p : parties) {
            if (!icp.chairSelectedBy().contains(p.id())) {
                out.report(Rule.ICP_004, icp.at().of("chairSelectedBy"), icp.id(),
                        "The chair of " + icp.name() + " is not recorded as selected jointly with " + p.name() + ", " + p.what(),
                        "Add '" + p.id() + "' to 'chair-selected-by': the ICB and the local authorities select the ICP chair together.");
            }
        }
    }

    // ICP-005 ------------------------------------------------------------------------------

    private static void strategy(Partnership icp, Findings out) {
        Strategy strategy = icp.strategy();
        if (strategy == null) {
            out.report(Rule.ICP_005, icp.at().of("strategy"), icp.id(), icp.name() + " has no integrated care strategy",
                    "Add 'strategy:' with the title and publication date of the integrated care strategy the ICP prepared.");
            return;
        }
        if (!Boolean.TRUE.equals(strategy.icbPlanHasRegard())) {
            out.report(Rule.ICP_005, strategy.at().of("icbPlanHasRegard"), icp.id(),
                    "The ICB's plan is not recorded as having regard to the integrated care strategy '" + strategy.title() + "'",
                    "Set 'icb-plan-has-regard: true' once the ICB's joint forward plan takes account of the strategy.");
        }
    }

    // ICP-006: LGPIHA 2007 s116ZB(4)(a): in preparing the strategy the ICP must involve the local
    // Healthwatch organisations whose areas coincide with or fall wholly or partly within its area.

    private static void healthwatchInvolved(Partnership icp, DefinitionIndex index, java.time.LocalDate asOf, Findings out) {
        Strategy strategy = icp.strategy();
        if (strategy == null) {
            return; // ICP-005
        }
        for (String id : strategy.involvedHealthwatch()) {
            index.organisation(id).filter(o -> o.kind() != OrganisationKind.HEALTHWATCH).ifPresent(o ->
                    out.report(Rule.ICP_006, strategy.at().of("involvedHealthwatch"), icp.id(),
                            o.name() + " is listed as a local Healthwatch involved in preparing the strategy, but is not a Healthwatch",
                            "List under 'involved-healthwatch:' the organisations of kind healthwatch that were involved."));
        }
        index.definition().organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.HEALTHWATCH && o.inArea() && o.existsOn(asOf))
                .filter(o -> !strategy.involvedHealthwatch().contains(o.id()))
                .forEach(o -> out.report(Rule.ICP_006, strategy.at().of("involvedHealthwatch"), icp.id(),
                        o.name() + " is not recorded as involved in preparing the integrated care strategy '" + strategy.title() + "'",
                        "The ICP must involve each local Healthwatch in its area in preparing the strategy; once it has, add '"
                                + o.id() + "' to 'involved-healthwatch:'."));
    }
}
