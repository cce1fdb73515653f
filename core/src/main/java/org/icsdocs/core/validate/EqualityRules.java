package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Equality;

/**
 * EQD: the public sector equality duty. Equality Act 2010 s149 binds ICBs as public authorities
 * (NHS England's reference document on health inequalities and equality legal duties says so):
 * due regard to eliminating discrimination, advancing equality of opportunity and fostering good
 * relations. The specific duties (S.I. 2017/353 regs 4 and 5: publish equality information at
 * least annually and objectives at least every four years) bind the authorities listed in its
 * Schedule 2; whether ICBs are listed is unverified, so EQD-002 is a warning.
 */
public final class EqualityRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.EQD_001, Rule.EQD_002);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Equality e = in.definition().equality();
        if (e == null || e.arrangements() == null || e.arrangements().isBlank()) {
            out.report(Rule.EQD_001, e == null ? in.index().systemLocation() : e.at().at(), null,
                    "The definition does not say how the ICB has due regard to the public sector equality duty",
                    "Add 'equality: { arrangements: … }' describing how decisions weigh the duty's three aims, e.g. equality impact assessments.");
            if (e == null) {
                return;
            }
        }
        LocalDate asOf = in.context().asOf();
        if (e.informationPublishedOn() == null || e.informationPublishedOn().isBefore(asOf.minusYears(1))) {
            out.report(Rule.EQD_002, e.at().of("informationPublishedOn"), null, e.informationPublishedOn() == null
                            ? "The ICB's equality information is not recorded as published"
                            : "The ICB last published equality information on " + e.informationPublishedOn() + ", more than a year before " + asOf,
                    "Publish equality information at least once a year and record 'information-published-on:'.");
        }
        if (e.objectives().isEmpty() || e.objectivesPublishedOn() == null || e.objectivesPublishedOn().isBefore(asOf.minusYears(4))) {
            out.report(Rule.EQD_002, e.at().of("objectivesPublishedOn"), null, e.objectives().isEmpty() || e.objectivesPublishedOn() == null
                            ? "The ICB's equality objectives and their publication are not recorded"
                            : "The ICB last published equality objectives on " + e.objectivesPublishedOn() + ", more than four years before " + asOf,
                    "Publish equality objectives at least every four years and record them under 'objectives:' with 'objectives-published-on:'.");
        }
    }
}
