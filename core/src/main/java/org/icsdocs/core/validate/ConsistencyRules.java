package org.icsdocs.core.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeMember;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.GovernanceModel;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Officer;
import org.icsdocs.core.model.OfficerRole;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.PooledBudget;
import org.icsdocs.core.model.RefKind;
import org.icsdocs.core.model.StatutoryRole;

/**
 * CON: a definition that contradicts itself. Each contradiction has two ends, often in two files,
 * and the author may have got either one wrong, so it is reported at both, each message naming the
 * other place. A reference that does not resolve is STR-001's finding and is not judged here.
 */
public final class ConsistencyRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CON_001, Rule.CON_002, Rule.CON_003, Rule.CON_004, Rule.CON_005, Rule.CON_006);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        DefinitionIndex index = in.index();
        for (IcbFunction f : d.functions()) {
            reservedYetExercised(f, index, out);
        }
        for (Committee c : d.committees()) {
            chairIsMember(c, index, out);
        }
        for (Meeting m : d.meetings()) {
            meetingChair(m, d, index, out);
        }
        for (Delegation x : d.delegations()) {
            receivable(x, index, out);
        }
        if (d.finance() != null) {
            for (PooledBudget b : d.finance().pooledBudgets()) {
                hostIsPartner(b, index, out);
            }
        }
        for (Person p : d.people()) {
            officerRolesAgree(p, d, index, out);
        }
    }

    // CON-006: a person's own record says they hold an officer role the officers list gives to others.
    private static void officerRolesAgree(Person p, Definition d, DefinitionIndex index, Findings out) {
        for (StatutoryRole role : p.statutoryRoles()) {
            Optional<OfficerRole> officerRole = officerRoleOf(role);
            if (officerRole.isEmpty()) {
                continue;
            }
            List<Officer> holders = d.officers().stream().filter(o -> o.role() == officerRole.get()).toList();
            if (holders.isEmpty() || holders.stream().anyMatch(o -> p.id().equals(o.person()))) {
                continue; // OFF-001, 002, 005 report a role nobody holds
            }
            Officer named = holders.get(0);
            both(out, Rule.CON_006, p.id(), p.at().of("statutoryRoles"), named.at().of("person"),
                    p.displayName() + " is recorded as " + officerRole.get().label() + ", but the officers list names "
                            + index.personName(named.person()) + " in that role",
                    "Record the role on the person who holds it, and name the same person under 'officers:'.");
        }
    }

    private static Optional<OfficerRole> officerRoleOf(StatutoryRole role) {
        return switch (role) {
            case CALDICOTT_GUARDIAN -> Optional.of(OfficerRole.CALDICOTT_GUARDIAN);
            case SENIOR_INFORMATION_RISK_OWNER -> Optional.of(OfficerRole.SENIOR_INFORMATION_RISK_OWNER);
            case ACCOUNTABLE_EMERGENCY_OFFICER -> Optional.of(OfficerRole.ACCOUNTABLE_EMERGENCY_OFFICER);
            default -> Optional.empty();
        };
    }

    /** Reports one contradiction at both of its ends; each message ends by naming the other. */
    static void both(Findings out, Rule rule, String subject, Location first, Location second, String message, String hint) {
        out.report(rule, first, subject, message + " (see also " + second + ")", hint);
        out.report(rule, second, subject, message + " (see also " + first + ")", hint);
    }

    // CON-001: a function reserved to the board but exercised by another body. A delegation of a
    // reserved function is FDM-002's finding, which is likewise reported at both ends.
    private static void reservedYetExercised(IcbFunction f, DefinitionIndex index, Findings out) {
        String by = f.exercisedBy();
        if (!index.isReserved(f) || by == null || index.isBoard(by) || !index.resolves(RefKind.BODY, by)) {
            return;
        }
        both(out, Rule.CON_001, f.id(), index.reservedAt(f), f.at().of("exercisedBy"),
                FunctionRules.describe(f) + " is reserved to the board, yet is exercised by " + index.bodyName(by),
                "Either the board exercises it itself (remove 'exercised-by') or it is not reserved (remove 'reserved-to-board').");
    }

    // CON-002: a committee chaired (or vice-chaired) by someone who is not among its members.
    private static void chairIsMember(Committee c, DefinitionIndex index, Findings out) {
        if (c.members().isEmpty()) {
            return; // CTE-003 reports a committee without members
        }
        for (String component : new String[] {"chair", "viceChair"}) {
            String person = component.equals("chair") ? c.chair() : c.viceChair();
            if (person == null || c.members().stream().map(CommitteeMember::person).anyMatch(person::equals)
                    || index.person(person).isEmpty()) {
                continue;
            }
            String office = component.equals("chair") ? "chair" : "vice chair";
            both(out, Rule.CON_002, c.id(), c.at().of(component), c.at().of("members"),
                    index.personName(person) + " is the " + office + " of " + c.name() + " but is not among its members",
                    "Add " + person + " to the committee's 'members:', or name one of its members as " + office + ".");
        }
    }

    // CON-003: a meeting chaired by someone outside the body that meets.
    private static void meetingChair(Meeting m, Definition d, DefinitionIndex index, Findings out) {
        if (m.chair() == null || m.body() == null || index.person(m.chair()).isEmpty()) {
            return;
        }
        Optional<Location> members = membersKey(m.body(), d, index);
        if (members.isEmpty() || index.membersOf(m.body()).stream().anyMatch(b -> b.person().equals(m.chair()))) {
            return;
        }
        both(out, Rule.CON_003, m.id(), m.at().of("chair"), members.get(),
                "The meeting " + m.id() + " is chaired by " + index.personName(m.chair()) + ", who is not a member of " + index.bodyName(m.body()),
                "A meeting is chaired by its body's chair or by a member the body chooses; correct 'chair:' or the body's members.");
    }

    /** Where a body with a membership list keeps it: the board's or a committee's members, the ICP's. */
    private static Optional<Location> membersKey(String body, Definition d, DefinitionIndex index) {
        if (index.isBoard(body)) {
            return Optional.of(d.board().at().of("members"));
        }
        if (index.isIcp(body)) {
            return Optional.of(d.icp().at().of("members"));
        }
        return index.committee(body).map(c -> c.at().of("members"));
    }

    // CON-004: a delegation to a body that cannot receive one. NHS Act 2006 s65Z5 lets an ICB
    // arrange for its functions to be exercised by another ICB, NHS England, an NHS trust or
    // foundation trust, a local authority or a combined authority, or by its own committees; a
    // consultative forum takes no decisions, and the ICP (LGPIHA 2007 s116ZA) prepares the
    // strategy rather than exercising the ICB's functions.
    private static void receivable(Delegation x, DefinitionIndex index, Findings out) {
        String to = x.to();
        if (to == null) {
            return;
        }
        String subject = x.id();
        Location at = x.at().of("to");
        Optional<Place> place = index.place(to);
        if (place.isPresent() && place.get().governance() != null && place.get().governance().model() == GovernanceModel.CONSULTATIVE_FORUM) {
            both(out, Rule.CON_004, subject, at, place.get().governance().at().of("model"),
                    "Delegation " + x.id() + " delegates to " + place.get().name() + ", whose governance is a consultative forum, which takes no decisions",
                    "Delegate to a committee or joint committee that exercises the function at the place, or change the place's governance model.");
            return;
        }
        if (index.isIcp(to)) {
            both(out, Rule.CON_004, subject, at, index.definition().icp().at().at(),
                    "Delegation " + x.id() + " delegates to " + index.bodyName(to) + ", the integrated care partnership, which does not exercise the ICB's functions",
                    "Delegate to a committee of the board or to a joint committee established under section 65Z5.");
            return;
        }
        Optional<Organisation> org = index.organisation(to).filter(o -> o.kind() != null && !mayReceiveFunctions(o.kind()));
        org.ifPresent(o -> both(out, Rule.CON_004, subject, at, o.at().of("kind"),
                "Delegation " + x.id() + " delegates to " + o.name() + ", " + article(o.kind().label())
                        + ", which is not a body an ICB may arrange to exercise its functions",
                "Under section 65Z5 an ICB's functions go to another ICB, NHS England, an NHS trust or foundation trust or a local authority; "
                        + "contract with other providers instead."));
    }

    private static boolean mayReceiveFunctions(OrganisationKind kind) {
        return switch (kind) {
            case ICB, NHS_ENGLAND, NHS_TRUST, FOUNDATION_TRUST, LOCAL_AUTHORITY -> true;
            case PRIMARY_MEDICAL_SERVICES, HEALTHWATCH, VCSE, INDEPENDENT_PROVIDER, OTHER -> false;
        };
    }

    private static String article(String label) {
        String lower = BoardRules.lowerFirst(label);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    // CON-005: a pooled budget hosted by an organisation that is not one of its partners
    // (NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000: the host is one of the partners).
    private static void hostIsPartner(PooledBudget b, DefinitionIndex index, Findings out) {
        if (b.host() == null || b.partners().isEmpty() || b.partners().contains(b.host()) || index.organisation(b.host()).isEmpty()) {
            return;
        }
        both(out, Rule.CON_005, b.id(), b.at().of("host"), b.at().of("partners"),
                "The pooled budget '" + b.name() + "' is hosted by " + index.organisationName(b.host()) + ", which is not one of its partners",
                "The host is one of the partners to the section 75 agreement; name a partner as host or add the host to 'partners:'.");
    }
}
