package org.icsdocs.core.validate;

import java.util.Locale;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Pcn;

/** NBH: primary care networks, the neighbourhood level. */
public final class NeighbourhoodRules implements RuleFamily {

    private static final long NEIGHBOURHOOD_MIN = 30_000;
    private static final long NEIGHBOURHOOD_MAX = 50_000;

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.NBH_001, Rule.NBH_002);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        for (Pcn pcn : in.definition().pcns()) {
            // A PCN has a single 'place', so "exactly one" reduces to "one"; an unknown place id is STR-001's.
            if (pcn.place() == null) {
                out.report(Rule.NBH_001, pcn.at().of("place"), pcn.id(),
                        pcn.name() + " is not aligned to a place",
                        "Add 'place:' with the id of the place-based partnership that covers its area.");
            }
            Long people = pcn.population();
            if (people != null && (people < NEIGHBOURHOOD_MIN || people > NEIGHBOURHOOD_MAX)) {
                out.report(Rule.NBH_002, pcn.at().of("population"), pcn.id(),
                        pcn.name() + " serves " + String.format(Locale.UK, "%,d", people)
                                + " people, outside the 30,000–50,000 a neighbourhood typically serves",
                        "Check the population figure; if the network's size is deliberate, record a justification.");
            }
        }
    }
}
