package org.icsdocs.core.render.constitution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icsdocs.core.model.Collaborative;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeType;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Delegation;
import org.icsdocs.core.model.FunctionCategory;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Partnership;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.PlaceGovernance;
import org.icsdocs.core.model.PooledBudget;
import org.icsdocs.core.validate.DefinitionIndex;

/**
 * Section 4 of the constitution, the arrangements for the exercise of functions, as data:
 * committees with the functions delegated to them, joint committees, places and their
 * governance models, provider collaboratives, NHS England's delegations and joint working with
 * local authorities. Anchors let the text cross-reference a committee or place wherever it is
 * named, so the numbers stay right when one is added.
 */
public final class ArrangementsView {

    /** A function delegated to a body or officer, with the delegation's limit and conditions. */
    public record Delegated(IcbFunction function, Delegation delegation) {
    }

    /**
     * A body named in the text: its name, the article it takes in running text ("the Audit
     * Committee", but "Kent County Council"), and, if the constitution describes it, where.
     */
    public record BodyRef(String id, String name, String article, String anchor) {
    }

    public record CommitteeView(Committee committee, String anchor, Person chair, Person viceChair, BodyRef reportsTo,
                                List<Organisation> partners, List<Delegated> delegated) {

        public boolean statutory() {
            return switch (committee.kind()) {
                case AUDIT, REMUNERATION -> true;
                default -> false;
            };
        }
    }

    public record PlaceView(Place place, String anchor, List<Organisation> areas, Person lead, PlaceGovernance governance,
                            BodyRef committee, List<Organisation> partners, Person director, Organisation leadProvider,
                            int pcns, List<Delegated> delegated) {
    }

    public record CollaborativeView(Collaborative collaborative, String anchor, List<Organisation> members, Organisation leadProvider,
                                    List<Organisation> objectivesAgreedWith, List<Place> places, List<Delegated> delegated) {
    }

    public record NhseFunction(IcbFunction function, Organisation delegatedBy, BodyRef exercisedBy) {
    }

    public record LocalAuthorityFunction(IcbFunction function, Organisation localAuthority, PooledBudget pool, Organisation host, Place place) {
    }

    public record SharedFunction(IcbFunction function, List<Organisation> partnerIcbs, BodyRef exercisedBy) {
    }

    public record IcpView(Partnership icp, Person chair, List<Organisation> establishedBy) {
    }

    public record OfficerDelegation(Delegated delegated, Person officer, String title, BodyRef reportsTo) {
    }

    private static final Texts TEXTS = new Texts();

    private final Definition definition;
    private final DefinitionIndex index;

    public ArrangementsView(Definition definition, DefinitionIndex index) {
        this.definition = definition;
        this.index = index;
    }

    /** Where the constitution describes a body, for a cross-reference; null for the board and outside bodies. */
    public String anchorOf(String bodyId) {
        if (bodyId == null) {
            return null;
        }
        if (index.committee(bodyId).isPresent()) {
            return "committee-" + bodyId;
        }
        if (index.place(bodyId).isPresent()) {
            return "place-" + bodyId;
        }
        if (index.collaborative(bodyId).isPresent()) {
            return "collaborative-" + bodyId;
        }
        return index.isIcp(bodyId) ? "joint-committees" : null;
    }

    public BodyRef body(String bodyId) {
        if (bodyId == null) {
            return null;
        }
        if (index.isBoard(bodyId)) {
            return new BodyRef(bodyId, "board", "the ", null);
        }
        boolean organisation = index.organisation(bodyId).isPresent();
        return new BodyRef(bodyId, index.bodyName(bodyId), organisation ? "" : "the ", anchorOf(bodyId));
    }

    public List<Delegated> delegatedTo(String bodyId) {
        return definition.delegations().stream().filter(d -> bodyId.equals(d.to()))
                .flatMap(d -> index.function(d.function()).map(f -> new Delegated(f, d)).stream()).toList();
    }

    /** Committees and sub-committees of the board (joint committees are described with the other joint arrangements). */
    public List<CommitteeView> committees() {
        return definition.committees().stream().filter(c -> c.effectiveType() != CommitteeType.JOINT_COMMITTEE).map(this::committee).toList();
    }

    public List<CommitteeView> jointCommittees() {
        return definition.committees().stream().filter(c -> c.effectiveType() == CommitteeType.JOINT_COMMITTEE).map(this::committee).toList();
    }

    private CommitteeView committee(Committee c) {
        return new CommitteeView(c, anchorOf(c.id()), person(c.chair()), person(c.viceChair()),
                body(c.reportsTo() == null ? (definition.board() == null ? null : definition.board().id()) : c.reportsTo()),
                organisations(c.partners()), delegatedTo(c.id()));
    }

    /** The first committee of a kind, for sections that name the remuneration or audit committee. */
    public CommitteeView committeeOfKind(String kindKey) {
        return committees().stream().filter(c -> c.committee().kind().key().equals(kindKey)).findFirst().orElse(null);
    }

    public IcpView icp() {
        Partnership icp = definition.icp();
        return icp == null ? null : new IcpView(icp, person(icp.chair()), organisations(icp.establishedBy()));
    }

    public List<PlaceView> places() {
        return definition.places().stream().map(p -> {
            PlaceGovernance g = p.governance();
            int pcns = (int) definition.pcns().stream().filter(n -> p.id().equals(n.place())).count();
            return new PlaceView(p, anchorOf(p.id()), organisations(p.areas()), person(p.lead()), g,
                    g == null ? null : body(g.committee()), g == null ? List.of() : organisations(g.partners()),
                    g == null ? null : person(g.director()), g == null ? null : organisation(g.leadProvider()), pcns, delegatedTo(p.id()));
        }).toList();
    }

    public List<CollaborativeView> collaboratives() {
        return definition.collaboratives().stream().map(c -> new CollaborativeView(c, anchorOf(c.id()), organisations(c.members()),
                organisation(c.leadProvider()), organisations(c.objectivesAgreedWith()),
                c.places().stream().flatMap(id -> index.place(id).stream()).toList(), delegatedTo(c.id()))).toList();
    }

    public List<NhseFunction> nhsEnglandDelegations() {
        return functions(FunctionCategory.NHS_ENGLAND_DELEGATED).stream()
                .map(f -> new NhseFunction(f, organisation(f.delegatedBy()), body(f.exercisedBy()))).toList();
    }

    public List<LocalAuthorityFunction> localAuthorityFunctions() {
        return functions(FunctionCategory.JOINT_WITH_LOCAL_AUTHORITY).stream().map(f -> {
            PooledBudget pool = pooledBudget(f.pooledBudget());
            return new LocalAuthorityFunction(f, organisation(f.localAuthority()), pool, pool == null ? null : organisation(pool.host()),
                    index.place(f.place() != null ? f.place() : pool == null ? null : pool.place()).orElse(null));
        }).toList();
    }

    /** Pooled budgets that no joint function names, so the constitution still lists every pool. */
    public List<PooledBudget> otherPooledBudgets() {
        if (definition.finance() == null) {
            return List.of();
        }
        List<String> named = functions(FunctionCategory.JOINT_WITH_LOCAL_AUTHORITY).stream().map(IcbFunction::pooledBudget).filter(Objects::nonNull).toList();
        return definition.finance().pooledBudgets().stream().filter(b -> !named.contains(b.id())).toList();
    }

    public List<SharedFunction> sharedWithOtherIcbs() {
        return functions(FunctionCategory.SUPRA_ICS).stream()
                .map(f -> new SharedFunction(f, organisations(f.partnerIcbs()), body(f.exercisedBy()))).toList();
    }

    public List<IcbFunction> reservedToBoard() {
        // As the map and the scheme say: the function's flag or a reserved category of the scheme.
        return definition.functions().stream().filter(index::isReserved).toList();
    }

    public List<OfficerDelegation> officerDelegations() {
        return definition.delegations().stream().filter(d -> d.officer() != null).flatMap(d -> index.function(d.function()).map(f -> {
            Person officer = person(d.officer());
            // A title the ICB gave keeps its capitals ("the Finance Director"); a role label does not ("the director of finance").
            String title = index.boardSeatOf(d.officer()).map(m -> m.title() != null ? m.title() : TEXTS.lower(m.role().label()))
                    .orElse(officer == null || officer.jobTitle() == null ? "officer" : officer.jobTitle());
            return new OfficerDelegation(new Delegated(f, d), officer, title, body(d.reportsTo()));
        }).stream()).toList();
    }

    private List<IcbFunction> functions(FunctionCategory category) {
        return definition.functions().stream().filter(f -> f.category() == category).toList();
    }

    private PooledBudget pooledBudget(String id) {
        if (id == null || definition.finance() == null) {
            return null;
        }
        return definition.finance().pooledBudgets().stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }

    private Person person(String id) {
        return index.person(id).orElse(null);
    }

    private Organisation organisation(String id) {
        return index.organisation(id).orElse(null);
    }

    private List<Organisation> organisations(List<String> ids) {
        return ids.stream().map(index::organisation).flatMap(Optional::stream).toList();
    }
}
