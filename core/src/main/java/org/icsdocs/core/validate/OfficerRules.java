package org.icsdocs.core.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Officer;
import org.icsdocs.core.model.OfficerRole;

/**
 * OFF: the statutory and mandated roles an ICB names. Severity follows the source: the Data
 * Protection Officer is law (UK GDPR Art 37(1)(a), a public authority must designate one); the
 * Caldicott Guardian (National Data Guardian guidance, 2021, "have regard"), the SIRO (Data
 * Security and Protection Toolkit), Freedom to Speak Up (NHS England, for ICB staff by 30 January
 * 2024), the Accountable Emergency Officer (EPRR core standards) and the designated safeguarding
 * professionals (Working Together to Safeguard Children; looked-after children guidance) are
 * national guidance, so warnings.
 */
public final class OfficerRules implements RuleFamily {

    /** Each rule and the roles it requires, in the order the site lists them. */
    private static final Map<Rule, List<OfficerRole>> REQUIRED = Map.of(
            Rule.OFF_001, List.of(OfficerRole.CALDICOTT_GUARDIAN),
            Rule.OFF_002, List.of(OfficerRole.SENIOR_INFORMATION_RISK_OWNER),
            Rule.OFF_003, List.of(OfficerRole.DATA_PROTECTION_OFFICER),
            Rule.OFF_004, List.of(OfficerRole.FREEDOM_TO_SPEAK_UP_GUARDIAN, OfficerRole.FREEDOM_TO_SPEAK_UP_EXECUTIVE_LEAD,
                    OfficerRole.FREEDOM_TO_SPEAK_UP_NON_EXECUTIVE_LEAD),
            Rule.OFF_005, List.of(OfficerRole.ACCOUNTABLE_EMERGENCY_OFFICER),
            Rule.OFF_006, List.of(OfficerRole.DESIGNATED_DOCTOR_SAFEGUARDING_CHILDREN, OfficerRole.DESIGNATED_NURSE_SAFEGUARDING_CHILDREN,
                    OfficerRole.DESIGNATED_DOCTOR_LOOKED_AFTER_CHILDREN, OfficerRole.DESIGNATED_NURSE_LOOKED_AFTER_CHILDREN));

    @Override
    public Set<Rule> rules() {
        return REQUIRED.keySet();
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        // A missing officer points at the list it belongs in (its first entry), a real line of the file
        Location where = d.officers().isEmpty() ? in.index().systemLocation() : d.officers().get(0).at().at();
        for (Rule rule : Rule.values()) {
            for (OfficerRole role : REQUIRED.getOrDefault(rule, List.of())) {
                boolean named = d.officers().stream().anyMatch(o -> o.role() == role && in.index().person(o.person()).isPresent());
                if (!named) {
                    out.report(rule, where, null, "The ICB names no " + role.label(),
                            "Add under 'officers:' an entry with 'role: " + role.key() + "' and the 'person:' who holds it.");
                }
            }
        }
        for (Officer o : d.officers()) {
            if (o.role() == OfficerRole.FREEDOM_TO_SPEAK_UP_NON_EXECUTIVE_LEAD) {
                nonExecutive(o, in.index(), out);
            }
        }
    }

    private static void nonExecutive(Officer o, DefinitionIndex index, Findings out) {
        boolean nonExecutive = index.boardSeatOf(o.person()).map(BoardMember::role).map(r -> r.isNonExecutive()).orElse(false);
        if (!nonExecutive && index.person(o.person()).isPresent()) {
            out.report(Rule.OFF_004, o.at().of("person"), o.person(), index.personName(o.person())
                            + " is named non-executive lead for Freedom to Speak Up but holds no non-executive seat on the board",
                    "Name an independent non-executive member of the board as the non-executive lead.");
        }
    }
}
