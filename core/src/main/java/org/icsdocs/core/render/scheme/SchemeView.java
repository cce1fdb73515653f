package org.icsdocs.core.render.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Authority;
import org.icsdocs.core.model.CommitteeType;
import org.icsdocs.core.model.DecisionCategory;
import org.icsdocs.core.model.DecisionKind;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.DelegationEntry;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Money;
import org.icsdocs.core.model.SchemeOfDelegation;
import org.icsdocs.core.model.SchemeRole;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * The scheme of reservation and delegation in words, for every face that publishes it: the
 * document, the "who can approve this?" page and the open data. All read {@link Authorities}, as
 * the functions-and-decision map and the constitution do, so none can say otherwise.
 */
public final class SchemeView {

    /** The themes the scheme is printed under, in order; each catalogue kind belongs to one. */
    public enum Theme {
        GOVERNANCE("governance", "Governance, plans and risk"),
        CONTRACTS("contracts", "Contract awards and waivers"),
        FINANCE("finance", "Investment, commitments, losses and virements"),
        CARE("care", "Decisions about individual care"),
        DELEGATED("delegated", "Commissioning delegated to or with others"),
        PEOPLE("people", "Pay, legal matters and signing");

        private final String anchor;
        private final String heading;

        Theme(String anchor, String heading) {
            this.anchor = anchor;
            this.heading = heading;
        }

        public String anchor() {
            return anchor;
        }

        public String heading() {
            return heading;
        }
    }

    private static final Map<DecisionKind, Theme> THEMES = themes();

    /** One holder of a decision, in words. {@code band} is the range of amounts it is the first to decide, e.g. "£250k to £5m". */
    public record Holding(String holder, String holderKind, boolean role, String upTo, BigDecimal upToPounds, String perYear,
                          BigDecimal perYearPounds, String band, String conditions, String agreement, String subDelegatedBy, String source) {
    }

    /** One decision category, in words. */
    public record Row(String id, String name, String kind, Theme theme, boolean reserved, String lead, String description, List<Holding> holdings,
                      String statutorySource, String source, boolean illustrative) {
    }

    /** A function of the map and the decisions it is taken under. */
    public record FunctionLink(String ref, String name, List<String> decisions, boolean reserved) {
    }

    private final Definition d;
    private final DefinitionIndex index;
    private final Authorities authorities;

    public SchemeView(Definition d, DefinitionIndex index) {
        this.d = d;
        this.index = index;
        this.authorities = index.authorities();
    }

    public Optional<SchemeOfDelegation> scheme() {
        return Optional.ofNullable(d.scheme());
    }

    public List<Row> rows() {
        return d.scheme() == null ? List.of() : d.scheme().categories().stream().map(this::row).toList();
    }

    public List<Row> reserved() {
        return rows().stream().filter(Row::reserved).toList();
    }

    /** The delegated rows by theme, themes with none left out. */
    public Map<Theme, List<Row>> delegatedByTheme() {
        Map<Theme, List<Row>> m = new LinkedHashMap<>();
        for (Theme t : Theme.values()) {
            List<Row> rows = rows().stream().filter(r -> !r.reserved() && r.theme() == t).toList();
            if (!rows.isEmpty()) {
                m.put(t, rows);
            }
        }
        return m;
    }

    /** The role titles the scheme delegates to (never the people who hold them). */
    public List<String> roles() {
        return d.scheme() == null ? List.of() : d.scheme().roles().stream().map(SchemeRole::title).toList();
    }

    /** Every function of the map with the decisions it is taken under; a function linked to none is left out. */
    public List<FunctionLink> functions() {
        List<FunctionLink> out = new ArrayList<>();
        for (IcbFunction f : d.functions()) {
            List<DecisionCategory> categories = authorities.categoriesOf(f);
            if (!categories.isEmpty() || index.isReserved(f)) {
                out.add(new FunctionLink(f.id(), f.name(), categories.stream().map(DecisionCategory::name).toList(), index.isReserved(f)));
            }
        }
        out.sort(java.util.Comparator.comparing(FunctionLink::ref, org.icsdocs.core.render.decisionmap.FunctionRefs.NATURAL));
        return out;
    }

    /** The refs of the map's functions reserved to the board, in the map's order: what the map, the constitution and this scheme must all say. */
    public List<String> reservedFunctionRefs() {
        return functions().stream().filter(FunctionLink::reserved).map(FunctionLink::ref).toList();
    }

    private Row row(DecisionCategory c) {
        List<Holding> holdings = new ArrayList<>();
        Money previous = null;
        for (Authority a : authorities.holders(c)) {
            DelegationEntry e = a.entry();
            holdings.add(new Holding(holderName(a), holderKind(a), a.isRole(), e.upTo() == null ? null : e.upTo().toString(),
                    e.upTo() == null ? null : e.upTo().pounds(), e.perYear() == null ? null : e.perYear().toString(),
                    e.perYear() == null ? null : e.perYear().pounds(), band(c, previous, e.upTo()), e.conditions(), e.agreement(),
                    e.from() == null || index.isBoard(e.from()) ? null : name(e.from()), e.source()));
            if (e.upTo() != null && (previous == null || e.upTo().compareTo(previous) > 0)) {
                previous = e.upTo();
            }
        }
        return new Row(c.id(), c.name(), c.kind().label(), THEMES.get(c.kind()), c.isReserved(), c.lead() == null ? null : name(c.lead()),
                c.description(), holdings, c.statutorySource(), c.source(), Boolean.TRUE.equals(c.illustrative()));
    }

    /** The amounts a holder is the lowest to decide: "Up to £250k", "£250k to £5m", "Above £25m", "Any amount". */
    private static String band(DecisionCategory c, Money below, Money upTo) {
        if (c.isReserved()) {
            return "Any amount";
        }
        if (upTo == null) {
            return below == null ? "Any amount" : "Above " + below;
        }
        return below == null || upTo.compareTo(below) <= 0 ? "Up to " + upTo : below + " to " + upTo;
    }

    private String holderName(Authority a) {
        return name(a.holder());
    }

    /** A role's title or a body's name. */
    String name(String id) {
        Optional<SchemeRole> role = d.scheme() == null ? Optional.empty() : d.scheme().role(id);
        return role.map(SchemeRole::title).orElseGet(() -> index.bodyName(id));
    }

    private String holderKind(Authority a) {
        String id = a.holder();
        if (a.isRole()) {
            return "officer";
        }
        if (index.isBoard(id)) {
            return null;
        }
        return index.committee(id).map(c -> c.effectiveType() == CommitteeType.JOINT_COMMITTEE ? "joint committee"
                        : c.effectiveType() == CommitteeType.SUB_COMMITTEE ? "sub-committee" : "committee")
                .orElseGet(() -> index.organisation(id).isPresent() ? "organisation" : null);
    }

    private static Map<DecisionKind, Theme> themes() {
        Map<DecisionKind, Theme> m = new EnumMap<>(DecisionKind.class);
        for (DecisionKind k : List.of(DecisionKind.GOVERNANCE_DOCUMENTS, DecisionKind.COMMITTEES, DecisionKind.PLANS, DecisionKind.RISK,
                DecisionKind.ANNUAL_REPORT_AND_ACCOUNTS, DecisionKind.MAJOR_SERVICE_CHANGE, DecisionKind.EMERGENCY_PREPAREDNESS)) {
            m.put(k, Theme.GOVERNANCE);
        }
        for (DecisionKind k : List.of(DecisionKind.PSR_DIRECT_AWARD, DecisionKind.PSR_MOST_SUITABLE_PROVIDER, DecisionKind.PSR_COMPETITIVE_PROCESS,
                DecisionKind.OTHER_CONTRACT_AWARDS, DecisionKind.WAIVERS)) {
            m.put(k, Theme.CONTRACTS);
        }
        for (DecisionKind k : List.of(DecisionKind.BUSINESS_CASES, DecisionKind.REVENUE_COMMITMENTS, DecisionKind.CAPITAL_COMMITMENTS,
                DecisionKind.LOSSES_AND_SPECIAL_PAYMENTS, DecisionKind.WRITE_OFFS, DecisionKind.VIREMENTS)) {
            m.put(k, Theme.FINANCE);
        }
        m.put(DecisionKind.CONTINUING_HEALTHCARE, Theme.CARE);
        m.put(DecisionKind.INDIVIDUAL_FUNDING_REQUESTS, Theme.CARE);
        m.put(DecisionKind.DELEGATION_AGREEMENTS, Theme.DELEGATED);
        for (DecisionKind k : List.of(DecisionKind.VSM_PAY, DecisionKind.LEGAL_CLAIMS, DecisionKind.SEAL_AND_SIGNING)) {
            m.put(k, Theme.PEOPLE);
        }
        return m;
    }
}
