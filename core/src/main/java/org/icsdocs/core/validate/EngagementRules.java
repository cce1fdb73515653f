package org.icsdocs.core.validate;

import java.util.List;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Engagement;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnershipMember;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.Sector;

/** ENG: working with people and communities. */
public final class EngagementRules implements RuleFamily {

    private static final Set<Sector> COMMUNITY_SECTORS = Set.of(Sector.PEOPLE_WHO_USE_SERVICES, Sector.VCSE);
    private static final Set<OrganisationKind> COMMUNITY_ORGANISATIONS = Set.of(OrganisationKind.HEALTHWATCH, OrganisationKind.VCSE);

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.ENG_001, Rule.ENG_002, Rule.ENG_003, Rule.ENG_004);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        Engagement e = in.definition().engagement();
        framework(e, index, out);
        representation(in, out);
        if (e == null || e.vcseAgreement() == null) {
            Location where = e == null ? index.systemLocation() : e.at().of("vcseAgreement");
            out.report(Rule.ENG_003, where, null, "No formal agreement embeds the voluntary, community and social enterprise (VCSE) sector in system governance",
                    "Record the agreement (e.g. a memorandum of understanding with the VCSE alliance) under engagement.vcse-agreement.");
        }
        // Without a framework ENG-001 already fails; there is nothing yet to judge against the principles.
        if (e != null && e.framework() != null && !Boolean.TRUE.equals(e.addressesNationalPrinciples())) {
            out.report(Rule.ENG_004, e.at().of("addressesNationalPrinciples"), null, "The engagement framework '" + e.framework().title()
                            + "' is not recorded as addressing the national principles for working with people and communities",
                    "Check the framework against NHS England's ten principles and set 'addresses-national-principles: true' once it does.");
        }
    }

    private static void framework(Engagement e, DefinitionIndex index, Findings out) {
        if (e == null) {
            out.report(Rule.ENG_001, index.systemLocation(), null, "The definition has no engagement section, so it records no arrangements to involve patients, unpaid carers and the public",
                    "Add an 'engagement:' section with the engagement framework under 'framework:'.");
        } else if (e.framework() == null) {
            out.report(Rule.ENG_001, e.at().of("framework"), null, "No engagement framework is recorded: the ICB must have arrangements to involve patients, unpaid carers and the public",
                    "Add the engagement framework under engagement.framework.");
        }
    }

    private static void representation(RuleInput in, Findings out) {
        DefinitionIndex index = in.index();
        var icp = in.definition().icp();
        // With no ICP at all, ICP-001 is the finding that matters.
        if (icp != null && !representsCommunities(icp.members(), index)) {
            out.report(Rule.ENG_002, icp.at().of("members"), icp.id(), icp.name() + " has no member representing local people and communities",
                    "Add Healthwatch or a VCSE organisation as a member, or mark a member as representing people-who-use-services or vcse.");
        }
        for (Place p : in.definition().places()) {
            if (!representsCommunities(p.members(), index)) {
                out.report(Rule.ENG_002, p.at().of("members"), p.id(), p.name() + " has no member representing local people and communities",
                        "Add local Healthwatch or a VCSE organisation as a member, or mark a member as representing people-who-use-services or vcse.");
            }
        }
    }

    private static boolean representsCommunities(List<PartnershipMember> members, DefinitionIndex index) {
        return members.stream().anyMatch(m -> m.represents().stream().anyMatch(COMMUNITY_SECTORS::contains)
                || index.organisation(m.organisation()).map(o -> COMMUNITY_ORGANISATIONS.contains(o.kind())).orElse(false));
    }
}
