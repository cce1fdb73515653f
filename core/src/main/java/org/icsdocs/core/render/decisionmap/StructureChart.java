package org.icsdocs.core.render.decisionmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icsdocs.core.incremental.Digest;
import org.icsdocs.core.model.Collaborative;
import org.icsdocs.core.model.CollaborativeModel;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeType;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.FunctionCategory;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * What the structure chart shows, before any layout: the bodies of the system and the lines of
 * delegation and reporting between them, all read from the definition. Nodes and edges keep
 * definition order, which the layout uses as its model order.
 */
record StructureChart(List<ChartNode> nodes, List<ChartEdge> edges) {

    StructureChart {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    Optional<ChartNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    long count(NodeKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).count();
    }

    /** Adds every box and line, field by field, to a fingerprint: two charts with the same fingerprint draw the same. */
    Digest fingerprint(Digest d) {
        for (ChartNode n : nodes) {
            d.add("node", n.id()).add("kind", n.kind().name()).add("title", text(n.title())).add("subtitle", text(n.subtitle()))
                    .add("functions", text(n.functions()));
        }
        for (ChartEdge e : edges) {
            d.add("edge", e.from()).add("to", e.to()).add("kind", e.kind().name()).add("label", text(e.label()));
        }
        return d;
    }

    /** A field as the fingerprint has it: null apart from every text, the empty one included. */
    private static String text(String s) {
        return s == null ? "\u0000null" : "=" + s;
    }

    static StructureChart of(Definition d, DefinitionIndex index) {
        return new Builder(d, index).build();
    }

    private static final class Builder {
        private final Definition d;
        private final DefinitionIndex index;
        private final Map<String, ChartNode> nodes = new LinkedHashMap<>();
        /** Each line once, in the order first met, with the functions it carries. */
        private final Map<ChartEdge, List<String>> edges = new LinkedHashMap<>();
        private final String boardId;
        private final String nhsEnglandId;

        Builder(Definition d, DefinitionIndex index) {
            this.d = d;
            this.index = index;
            this.boardId = d.board() == null ? null : d.board().id();
            this.nhsEnglandId = index.organisationsOfKind(OrganisationKind.NHS_ENGLAND).stream().map(Organisation::id).findFirst().orElse(null);
        }

        StructureChart build() {
            addBodies();
            addDelegations();
            addReporting();
            List<ChartEdge> list = new ArrayList<>(edges.keySet());
            if (d.icp() != null && boardId != null) {
                list.add(new ChartEdge(d.icp().id(), boardId, ChartEdge.Kind.MUTUAL, "integrated care strategy"));
            }
            return new StructureChart(nodes.values().stream().map(n -> n.withFunctions(functionsLine(n))).toList(), list);
        }

        /**
         * The references that tie a box to the table: what the board reserves, what NHS England
         * delegates, and what every other body exercises by delegation.
         */
        private String functionsLine(ChartNode n) {
            List<String> refs = new ArrayList<>();
            if (n.kind() == NodeKind.BOARD) {
                d.functions().stream().filter(index::isReserved).forEach(f -> refs.add(f.id()));
                return refs.isEmpty() ? null : "Reserves " + FunctionRefs.compact(sorted(refs));
            }
            boolean out = n.kind() == NodeKind.NHS_ENGLAND;
            edges.forEach((edge, functions) -> {
                if (edge.kind() == ChartEdge.Kind.DELEGATION && (out ? edge.from() : edge.to()).equals(n.id())) {
                    functions.stream().filter(r -> !refs.contains(r)).forEach(refs::add);
                }
            });
            return refs.isEmpty() ? null : (out ? "Delegates " : "Exercises ") + FunctionRefs.compact(sorted(refs));
        }

        private void addBodies() {
            if (nhsEnglandId != null) {
                put(new ChartNode(nhsEnglandId, NodeKind.NHS_ENGLAND, index.organisationName(nhsEnglandId), null, null));
            }
            if (boardId != null) {
                put(new ChartNode(boardId, NodeKind.BOARD, index.bodyName(boardId), "Unitary board of the ICB", null));
            }
            if (d.icp() != null) {
                put(new ChartNode(d.icp().id(), NodeKind.ICP, d.icp().name(), "Joint committee of the ICB and the local authorities", null));
            }
            for (Committee c : d.committees()) {
                put(committee(c));
            }
            for (Place p : d.places()) {
                String model = p.governance() == null || p.governance().model() == null ? null : lowerFirst(p.governance().model().label());
                put(new ChartNode(p.id(), NodeKind.PLACE, p.name(), model == null ? "Place" : "Place: " + model, null));
            }
            for (Collaborative c : d.collaboratives()) {
                put(new ChartNode(c.id(), NodeKind.COLLABORATIVE, c.name(), collaborative(c), null));
            }
        }

        private ChartNode committee(Committee c) {
            if (c.effectiveType() == CommitteeType.JOINT_COMMITTEE) {
                String partners = c.partners().stream().map(this::shortName).collect(Collectors.joining(", "));
                return new ChartNode(c.id(), NodeKind.JOINT_COMMITTEE, c.name(), partners.isEmpty() ? "Joint committee" : "Joint committee with " + partners, null);
            }
            boolean underCommittee = c.reportsTo() != null && index.committee(c.reportsTo()).isPresent();
            if (c.effectiveType() == CommitteeType.SUB_COMMITTEE || underCommittee) {
                String parent = underCommittee ? " of the " + index.bodyName(c.reportsTo()) : "";
                return new ChartNode(c.id(), NodeKind.SUB_COMMITTEE, c.name(), "Sub-committee" + parent, null);
            }
            // A committee's name usually says what it is; the box repeats it only when it does not.
            return new ChartNode(c.id(), NodeKind.COMMITTEE, c.name(), says(c.name(), "committee") ? null : "Committee of the board", null);
        }

        private String collaborative(Collaborative c) {
            String model = c.decisionModel() == null ? null : switch (c.decisionModel()) {
                case LEAD_PROVIDER -> c.leadProvider() == null ? "Lead provider" : "Lead provider: " + shortName(c.leadProvider());
                case JOINT_COMMITTEE -> "Joint committee of its members";
                case COMMITTEES_IN_COMMON -> "Committees in common";
                case POOLED_FUNDS -> "Pooled funds";
            };
            if (says(c.name(), "collaborative")) {
                return model;
            }
            return model == null ? "Provider collaborative" : "Provider collaborative: " + lowerFirst(model);
        }

        private static boolean says(String name, String word) {
            return name.toLowerCase(java.util.Locale.ROOT).contains(word);
        }

        private void addDelegations() {
            List<IcbFunction> fromNhsEngland = d.functions().stream()
                    .filter(f -> f.category() == FunctionCategory.NHS_ENGLAND_DELEGATED).toList();
            for (IcbFunction f : fromNhsEngland) {
                String by = node(f.delegatedBy() != null ? f.delegatedBy() : nhsEnglandId);
                String to = node(f.accountable() != null ? f.accountable() : boardId);
                edge(by, to, ChartEdge.Kind.DELEGATION, f.id());
            }
            for (Delegation x : d.delegations()) {
                if (x.to() != null) {
                    edge(node(x.from()), node(x.to()), ChartEdge.Kind.DELEGATION, x.function());
                }
            }
            // A function exercised by a body with no delegation recorded to it is still exercised on
            // the accountable body's behalf: the chart shows that line, so no exercising body floats.
            for (IcbFunction f : d.functions()) {
                String by = node(f.exercisedBy());
                boolean delegated = d.delegations().stream().anyMatch(x -> x.function().equals(f.id()) && by != null && by.equals(node(x.to())));
                if (by != null && !delegated) {
                    edge(node(f.accountable() != null ? f.accountable() : boardId), by, ChartEdge.Kind.DELEGATION, f.id());
                }
            }
        }

        private void addReporting() {
            for (Committee c : d.committees()) {
                edge(c.id(), node(c.reportsTo() != null ? c.reportsTo() : boardId), ChartEdge.Kind.REPORTING, null);
            }
            for (Delegation x : d.delegations()) {
                if (x.to() != null && x.reportsTo() != null) {
                    edge(node(x.to()), node(x.reportsTo()), ChartEdge.Kind.REPORTING, null);
                }
            }
            for (IcbFunction f : d.functions()) {
                // A function the ICB exercises itself is overseen by its reporting route; the board
                // does not report to its own committee, so no line is drawn for it.
                String by = node(f.exercisedBy());
                if (by != null && !by.equals(boardId) && f.reportingRoute() != null) {
                    edge(by, node(f.reportingRoute()), ChartEdge.Kind.REPORTING, null);
                }
            }
            // Places and collaboratives answer to the board unless the definition names another route:
            // a place governed through an ICB committee reports through that committee.
            for (Place p : d.places()) {
                String via = p.governance() == null ? null : node(p.governance().committee());
                if (!reportsAlready(p.id())) {
                    edge(p.id(), via != null ? via : boardId, ChartEdge.Kind.REPORTING, null);
                }
            }
            for (Collaborative c : d.collaboratives()) {
                if (!reportsAlready(c.id())) {
                    edge(c.id(), boardId, ChartEdge.Kind.REPORTING, null);
                }
            }
        }

        private boolean reportsAlready(String from) {
            return edges.keySet().stream().anyMatch(e -> e.from().equals(from) && e.kind() == ChartEdge.Kind.REPORTING);
        }

        private static List<String> sorted(List<String> refs) {
            return refs.stream().sorted(FunctionRefs.NATURAL).toList();
        }

        private void edge(String from, String to, ChartEdge.Kind kind, String functionRef) {
            if (from == null || to == null || from.equals(to)) {
                return;
            }
            List<String> refs = edges.computeIfAbsent(new ChartEdge(from, to, kind, null), k -> new ArrayList<>());
            if (functionRef != null && !refs.contains(functionRef)) {
                refs.add(functionRef);
            }
        }

        /**
         * The chart node for a body id: the board, the ICP, a committee, place or collaborative,
         * NHS England, or another organisation (added on first use). The ICB itself is its board.
         */
        private String node(String bodyId) {
            if (bodyId == null) {
                return null;
            }
            if (nodes.containsKey(bodyId)) {
                return bodyId;
            }
            if (d.ics() != null && bodyId.equals(d.ics().icb())) {
                return boardId;
            }
            Organisation org = index.organisation(bodyId).orElse(null);
            if (org == null) {
                return null; // an unresolved id is STR-001's finding; the chart leaves it out
            }
            // What is delegated to a collaborative's lead provider (a collaborative is not a legal person,
            // SOD-001) is drawn to the collaborative's box, which names its lead provider: one box, not two.
            java.util.Optional<Collaborative> led = d.collaboratives().stream()
                    .filter(c -> c.decisionModel() == CollaborativeModel.LEAD_PROVIDER && bodyId.equals(c.leadProvider())).findFirst();
            if (led.isPresent()) {
                return led.get().id();
            }
            NodeKind kind = org.kind() == OrganisationKind.NHS_ENGLAND ? NodeKind.NHS_ENGLAND : NodeKind.ORGANISATION;
            put(new ChartNode(org.id(), kind, org.name(), kind == NodeKind.ORGANISATION ? org.kind().label() : null, null));
            return org.id();
        }

        private void put(ChartNode n) {
            nodes.putIfAbsent(n.id(), n);
        }

        private String shortName(String organisationId) {
            return index.organisation(organisationId).map(Organisation::displayName).orElse(organisationId);
        }

        private static String lowerFirst(String s) {
            Objects.requireNonNull(s);
            return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                    ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
        }
    }
}
