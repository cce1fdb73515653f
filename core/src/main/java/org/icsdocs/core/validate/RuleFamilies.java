package org.icsdocs.core.validate;

import java.util.List;

/** The rule families that make up the catalogue, in the order their findings are most useful to read. */
public final class RuleFamilies {

    private RuleFamilies() {
    }

    public static List<RuleFamily> all() {
        return List.of(
                new StructureRules(),
                new ContentRules(),
                new BoardRules(),
                new CommitteeRules(),
                new InterestRules(),
                new PartnershipRules(),
                new PlaceRules(),
                new NeighbourhoodRules(),
                new CollaborativeRules(),
                new FunctionRules(),
                new ConsistencyRules(),
                new SchemeRules(),
                new EngagementRules(),
                new ClinicalLeadershipRules(),
                new DigitalRules(),
                new FinanceRules(),
                new FinancialDutyRules(),
                new PlanRules(),
                new ProcurementRules(),
                new GiftRules(),
                new PolicyRules(),
                new EqualityRules(),
                new OfficerRules(),
                new MeetingRules(),
                new RecordRules(),
                new OrganisationDateRules(),
                new HealthBillRules(),
                new PlaceholderRules());
    }
}
