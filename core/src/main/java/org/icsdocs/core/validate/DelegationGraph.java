package org.icsdocs.core.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsdocs.core.model.Delegation;

/** The delegations of one function as a graph of bodies (from → to), for FDM-002 and FDM-006. */
final class DelegationGraph {

    private final List<Delegation> edges;

    /** @param edges delegations that name both {@code from} and {@code to} */
    DelegationGraph(List<Delegation> edges) {
        this.edges = List.copyOf(edges);
    }

    /** Whether {@code target} can be reached from {@code start} along delegations (a body reaches itself). */
    boolean reaches(String start, String target) {
        return walk(start, true).contains(target);
    }

    /** Whether two bodies are on a common cycle of delegations. */
    boolean together(String a, String b) {
        return reaches(a, b) && reaches(b, a);
    }

    /** Every body the function can have come from on its way to {@code body}, including {@code body}. */
    Set<String> upstreamOf(String body) {
        return walk(body, false);
    }

    /** The bodies upstream of {@code body} that nothing was delegated to: where its chains start. */
    Set<String> originsOf(String body) {
        Set<String> origins = new LinkedHashSet<>();
        for (String b : upstreamOf(body)) {
            if (edges.stream().noneMatch(x -> b.equals(x.to()))) {
                origins.add(b);
            }
        }
        return origins;
    }

    private Set<String> walk(String start, boolean forwards) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            String body = todo.pop();
            if (!seen.add(body)) {
                continue;
            }
            for (Delegation x : edges) {
                if (forwards && body.equals(x.from())) {
                    todo.add(x.to());
                } else if (!forwards && body.equals(x.to())) {
                    todo.add(x.from());
                }
            }
        }
        return seen;
    }
}
