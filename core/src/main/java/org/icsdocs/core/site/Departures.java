package org.icsdocs.core.site;

import java.util.List;
import org.icsdocs.core.validate.JustifiedFinding;
import org.icsdocs.core.validate.ValidationReport;

/**
 * Which justified departures from national guidance a page states: those about a thing the page
 * shows (by id), and those about the system as a whole from a rule family the page covers (by
 * prefix such as {@code BRD-}).
 */
final class Departures {

    private Departures() {
    }

    static List<JustifiedFinding> on(SitePage page, ValidationReport validation) {
        return validation.justified().stream().filter(j -> applies(j, page.subjects())).toList();
    }

    private static boolean applies(JustifiedFinding j, List<String> subjects) {
        String subject = j.finding().subject();
        String rule = j.finding().ruleId();
        for (String s : subjects) {
            if (s.endsWith("-") ? subject == null && rule.startsWith(s) : s.equals(subject)) {
                return true;
            }
        }
        return false;
    }
}
