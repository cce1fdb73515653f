package org.icsdocs.core.transition;

import java.util.Map;
import org.icsdocs.core.diagnostic.Rule;

/**
 * Where in the published documents a rule's finding lands, and what to change there when it
 * disappears because the bill repeals the rule's source (a finding that appears says what to do
 * in its own hint). Section numbers follow NHS England's model
 * ICB constitution, which the generated constitution follows.
 */
record Affected(String document, String whenDisappears) {

    private static final Map<Rule, Affected> BY_RULE = Map.ofEntries(
            Map.entry(Rule.HBL_001, new Affected("Constitution, section 3 (appointments process: the chair); website, the board page", "")),
            Map.entry(Rule.HBL_002, new Affected("Constitution, section 3 (appointments process: the chief executive); website, the board page", "")),
            Map.entry(Rule.HBL_003, new Affected("Constitution, section 1 (status and variation of the constitution)", "")),
            Map.entry(Rule.HBL_004, new Affected("Functions and decision map (functions delegated by NHS England); constitution, section 4 (arrangements for the exercise of functions)", "")),
            Map.entry(Rule.HBL_005, new Affected("Functions and decision map (the body at the top of the chart and the 'delegated by' column); constitution, section 4", "")),
            Map.entry(Rule.HBL_006, new Affected("Website, the integrated care partnership, place and engagement pages; constitution, section 9 (public involvement)", "")),
            Map.entry(Rule.HBL_007, new Affected("Constitution, section 1 (statutory framework)", "")),
            Map.entry(Rule.HBL_008, new Affected("Constitution, section 3 (composition of the board: partner members); website, the board page", "")),
            Map.entry(Rule.HBL_009, new Affected("Website, the integrated care partnership page; constitution, section 1 (the ICB's partners)", "")),
            Map.entry(Rule.ICP_001, new Affected("Website, the integrated care partnership page",
                    "the partnership is no longer a duty: say whether it is kept by choice")),
            Map.entry(Rule.BRD_016, new Affected("Constitution, section 3 (appointments process)",
                    "remove NHS England as appointer of the chair and approver of the chief executive")),
            Map.entry(Rule.FDM_003, new Affected("Functions and decision map (functions delegated by NHS England)",
                    "remove the NHS England delegation agreements from the map")),
            Map.entry(Rule.ICP_003, new Affected("Website, the integrated care partnership page",
                    "local Healthwatch no longer has a place to keep in the partnership")));

    static Affected of(Rule rule) {
        return BY_RULE.getOrDefault(rule, new Affected("The definition, where the finding points", ""));
    }
}
