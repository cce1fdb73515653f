package org.icsdocs.core.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Collaborative;
import org.icsdocs.core.model.CollaborativeModel;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.ServiceType;

/** PCL: provider collaboratives. */
public final class CollaborativeRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.PCL_001, Rule.PCL_002, Rule.PCL_003, Rule.PCL_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        for (Collaborative c : in.definition().collaboratives()) {
            trustMembers(c, index, out);
            objectivesAndModel(c, index, out);
            places(c, index, out);
        }
        everyTrustTakesPart(in, out);
    }

    // PCL-001 ------------------------------------------------------------------------------

    private static void trustMembers(Collaborative c, DefinitionIndex index, Findings out) {
        List<Organisation> trusts = c.members().stream().distinct()
                .flatMap(id -> index.organisation(id).stream())
                .filter(o -> o.kind().isTrust())
                .toList();
        if (trusts.size() < 2) {
            String has = trusts.isEmpty() ? "no NHS trust" : "only one NHS trust (" + trusts.get(0).name() + ")";
            out.report(Rule.PCL_001, c.at().of("members"), c.id(),
                    c.name() + " has " + has + " among its members; a provider collaborative has at least two trusts",
                    "Add the NHS trusts and foundation trusts that take part to 'members'.");
        }
    }

    // PCL-002 ------------------------------------------------------------------------------

    private static void everyTrustTakesPart(RuleInput in, Findings out) {
        Set<String> inSomeCollaborative = new HashSet<>();
        in.definition().collaboratives().forEach(c -> inSomeCollaborative.addAll(c.members()));
        for (Organisation o : in.definition().organisations()) {
            boolean acute = o.provides(ServiceType.ACUTE);
            boolean mentalHealth = o.provides(ServiceType.MENTAL_HEALTH);
            if (!o.kind().isTrust() || !o.inArea() || !(acute || mentalHealth) || inSomeCollaborative.contains(o.id())) {
                continue;
            }
            String services = acute && mentalHealth ? "acute and mental health" : acute ? "acute" : "mental health";
            out.report(Rule.PCL_002, o.at().at(), o.id(),
                    o.name() + " provides " + services + " services but is not a member of any provider collaborative",
                    "Add '" + o.id() + "' to the members of the provider collaborative it takes part in; every trust providing acute or mental health services belongs to at least one.");
        }
    }

    // PCL-003 ------------------------------------------------------------------------------

    private static void objectivesAndModel(Collaborative c, DefinitionIndex index, Findings out) {
        boolean agreedWithIcb = c.objectivesAgreedWith().stream()
                .flatMap(id -> index.organisation(id).stream())
                .anyMatch(o -> o.kind() == OrganisationKind.ICB);
        if (!agreedWithIcb) {
            out.report(Rule.PCL_003, c.at().of("objectivesAgreedWith"), c.id(),
                    c.name() + " has not recorded agreeing its objectives with an ICB",
                    "List the ICB or ICBs it agreed its objectives with in 'objectives-agreed-with'.");
        }
        if (c.decisionModel() == null) {
            out.report(Rule.PCL_003, c.at().of("decisionModel"), c.id(),
                    c.name() + " does not name its decision-making model",
                    "Set 'decision-model:' to pooled-funds, lead-provider, joint-committee or committees-in-common.");
        } else if (c.decisionModel() == CollaborativeModel.LEAD_PROVIDER) {
            if (c.leadProvider() == null) {
                out.report(Rule.PCL_003, c.at().of("leadProvider"), c.id(),
                        c.name() + " uses a lead provider model but names no lead provider",
                        "Add 'lead-provider:' with the member that holds the contract for the collaborative.");
            } else if (!c.members().contains(c.leadProvider())) {
                out.report(Rule.PCL_003, c.at().of("leadProvider"), c.id(),
                        index.bodyName(c.leadProvider()) + ", the lead provider of " + c.name() + ", is not one of its members",
                        "Add '" + c.leadProvider() + "' to 'members', or name a member as the lead provider.");
            }
        }
    }

    // PCL-004 ------------------------------------------------------------------------------

    private static void places(Collaborative c, DefinitionIndex index, Findings out) {
        List<String> places = c.places().stream().distinct().toList();
        if (places.size() < 2) {
            String across = places.isEmpty() ? "names no place it works across"
                    : "works across only one place (" + index.bodyName(places.get(0)) + ")";
            out.report(Rule.PCL_004, c.at().of("places"), c.id(),
                    c.name() + " " + across + "; collaboratives work at scale across several places",
                    "List the places it works across in 'places', or record a justification if it deliberately serves one.");
        }
    }
}
