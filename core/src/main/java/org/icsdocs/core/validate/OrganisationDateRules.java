package org.icsdocs.core.validate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.model.Amendment;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Interest;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Ref;
import org.icsdocs.core.model.RefKind;

/**
 * ORG: organisations over time. ICBs are established and dissolved by order (the first 42 on
 * 1 July 2022; mergers from 1 April 2026 under NHS England's boundary changes and mergers
 * procedure), so a definition that names a dissolved ICB as a partner is wrong from the day after
 * its dissolution, and right before it. A reference is judged on the date of the record that
 * holds it: a meeting's date, a version's approval, an interest's end; everything else on the
 * as-at date.
 */
public final class OrganisationDateRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.ORG_001, Rule.ORG_002);
    }

    @Override
    public void check(RuleInput in, Findings out) {
        Definition d = in.definition();
        LocalDate asAt = in.context().asOf();
        for (Organisation o : d.organisations()) {
            lifetime(o, in.index(), out);
        }
        ModelWalker.walk(d, (ancestors, owner, span, component, value) -> {
            Ref ref = component.getAnnotation(Ref.class);
            if (ref == null || ref.value() != RefKind.ORGANISATION || value == null || component.getName().equals("successor")) {
                return;
            }
            LocalDate on = dateOf(ancestors, owner).orElse(asAt);
            List<?> ids = value instanceof List<?> list ? list : List.of(value);
            for (Object id : ids) {
                in.index().organisation((String) id).filter(o -> !o.existsOn(on)).ifPresent(o ->
                        out.report(Rule.ORG_001, span.of(component.getName()), StructureRules.subjectOf(owner),
                                describe(o, on), hint(o, on, in.index())));
            }
        });
    }

    /** The date a record speaks for, from itself or the nearest dated record around it. */
    private static Optional<LocalDate> dateOf(List<Object> ancestors, Object owner) {
        for (int i = -1; i < ancestors.size(); i++) {
            Object record = i < 0 ? owner : ancestors.get(ancestors.size() - 1 - i);
            if (record instanceof Meeting m && m.date() != null) {
                return Optional.of(m.date());
            }
            if (record instanceof Amendment a) {
                return Optional.ofNullable(a.date());
            }
            if (record instanceof Interest interest && interest.to() != null) {
                return Optional.of(interest.to());
            }
        }
        return Optional.empty();
    }

    private static String describe(Organisation o, LocalDate on) {
        if (o.dissolvedOn() != null && o.dissolvedOn().isBefore(on)) {
            return o.name() + " was dissolved on " + o.dissolvedOn() + ", so it does not exist on " + on;
        }
        return o.name() + " was established on " + o.establishedOn() + ", so it does not yet exist on " + on;
    }

    private static String hint(Organisation o, LocalDate on, DefinitionIndex index) {
        Optional<Organisation> successor = successorOn(o, on, index);
        if (successor.isPresent()) {
            return "Name its successor, " + successor.get().name() + " ('" + successor.get().id() + "'), instead.";
        }
        return "Name the organisation that exists on " + on + ", or correct the organisation's dates.";
    }

    /** Follows successors to the one that exists on the date: a merged ICB's successor may itself have merged since. */
    private static Optional<Organisation> successorOn(Organisation o, LocalDate on, DefinitionIndex index) {
        Set<String> seen = new HashSet<>();
        Optional<Organisation> next = Optional.ofNullable(o.successor()).flatMap(index::organisation);
        while (next.isPresent() && seen.add(next.get().id())) {
            if (next.get().existsOn(on)) {
                return next;
            }
            next = Optional.ofNullable(next.get().successor()).flatMap(index::organisation);
        }
        return Optional.empty();
    }

    private static void lifetime(Organisation o, DefinitionIndex index, Findings out) {
        if (o.establishedOn() != null && o.dissolvedOn() != null && o.dissolvedOn().isBefore(o.establishedOn())) {
            out.report(Rule.ORG_002, o.at().of("dissolvedOn"), o.id(),
                    o.name() + " is dissolved on " + o.dissolvedOn() + ", before it is established on " + o.establishedOn(),
                    "Correct one of the two dates: 'dissolved-on' is the last day the organisation existed.");
        }
        if (o.successor() == null) {
            return;
        }
        if (o.dissolvedOn() == null) {
            out.report(Rule.ORG_002, o.at().of("successor"), o.id(), o.name() + " has a successor but no 'dissolved-on' date",
                    "Add 'dissolved-on': the last day it existed before its successor took on its functions.");
        }
        Set<String> seen = new HashSet<>();
        seen.add(o.id());
        Optional<Organisation> next = index.organisation(o.successor());
        while (next.isPresent()) {
            if (!seen.add(next.get().id())) {
                out.report(Rule.ORG_002, o.at().of("successor"), o.id(),
                        "The successors of " + o.name() + " lead back to " + next.get().name() + ": successors form a cycle",
                        "An organisation's successor is a newer organisation; remove the 'successor' that points back.");
                return;
            }
            next = Optional.ofNullable(next.get().successor()).flatMap(index::organisation);
        }
        Optional<Organisation> successor = index.organisation(o.successor());
        if (o.dissolvedOn() != null && successor.isPresent() && !successor.get().existsOn(o.dissolvedOn().plusDays(1))) {
            out.report(Rule.ORG_002, o.at().of("successor"), o.id(),
                    successor.get().name() + " does not exist on " + o.dissolvedOn().plusDays(1) + ", the day after " + o.name() + " is dissolved",
                    "A successor takes on the functions the day after its predecessor is dissolved; check both organisations' dates.");
        }
    }
}
