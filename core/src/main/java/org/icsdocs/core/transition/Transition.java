package org.icsdocs.core.transition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Scenario;

/**
 * What a bill's commencement changes for one definition: the findings of the law in force today
 * against those on the commencement date with the bill assumed, matched by rule, place and subject.
 */
public record Transition(Scenario scenario, LocalDate today, List<Change> changes) {

    public Transition {
        changes = List.copyOf(changes);
    }

    /**
     * @param today     the findings as at {@code asAt} under the law in force
     * @param thenLaw   the findings on the commencement date under the law in force (no bill)
     * @param thenBill  the findings on the commencement date with the bill assumed
     */
    public static Transition between(Scenario scenario, LocalDate asAt, List<Diagnostic> today, List<Diagnostic> thenLaw,
                                     List<Diagnostic> thenBill) {
        List<Change> changes = new ArrayList<>();
        diff(thenLaw, thenBill, true, changes);
        diff(today, thenLaw, false, changes);
        changes.sort(Comparator.comparing((Change c) -> !c.byBill()).thenComparing(c -> !c.appears())
                .thenComparing(Change::finding, Diagnostic.ORDER));
        return new Transition(scenario, asAt, changes);
    }

    private static void diff(List<Diagnostic> from, List<Diagnostic> to, boolean byBill, List<Change> changes) {
        Map<String, Diagnostic> before = keyed(from);
        Map<String, Diagnostic> after = keyed(to);
        after.forEach((key, d) -> {
            if (!before.containsKey(key)) {
                changes.add(Change.of(true, byBill, d));
            }
        });
        before.forEach((key, d) -> {
            if (!after.containsKey(key)) {
                changes.add(Change.of(false, byBill, d));
            }
        });
    }

    /** The changes the bill makes, as against the same date without it. */
    public List<Change> byBill() {
        return changes.stream().filter(Change::byBill).toList();
    }

    /** Findings the bill brings. */
    public long appearing() {
        return byBill().stream().filter(Change::appears).count();
    }

    /** Findings the bill takes away. */
    public long disappearing() {
        return byBill().size() - appearing();
    }

    private static Map<String, Diagnostic> keyed(List<Diagnostic> diagnostics) {
        Map<String, Diagnostic> keyed = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            keyed.putIfAbsent(d.ruleId() + "|" + d.location() + "|" + Objects.toString(d.subject(), ""), d);
        }
        return keyed;
    }
}
