package org.icsdocs.core.validate;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Board;
import org.icsdocs.core.model.BoardMember;
import org.icsdocs.core.model.Collaborative;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.CommitteeKind;
import org.icsdocs.core.model.Declaration;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.IcbFunction;
import org.icsdocs.core.model.LocalAuthorityTier;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Partnership;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.Pcn;
import org.icsdocs.core.model.Person;
import org.icsdocs.core.model.Place;
import org.icsdocs.core.model.RefKind;
import org.icsdocs.core.model.Span;

/**
 * Lookups over a definition, built once per validation so that rules read like the catalogue
 * rather than like searches. First occurrence wins where ids repeat; STR-001 reports the repeat.
 */
public final class DefinitionIndex {

    private final Definition definition;
    private final Map<String, Person> people;
    private final Map<String, Organisation> organisations;
    private final Map<String, Pcn> pcns;
    private final Map<String, Committee> committees;
    private final Map<String, Place> places;
    private final Map<String, Collaborative> collaboratives;
    private final Map<String, IcbFunction> functions;
    private final Map<String, Meeting> meetings;
    private final Map<String, Declaration> declarations;
    private final Map<RefKind, Set<String>> ids = new EnumMap<>(RefKind.class);
    private final Authorities authorities;

    public DefinitionIndex(Definition d) {
        this.definition = d;
        people = byId(d.people(), Person::id);
        organisations = byId(d.organisations(), Organisation::id);
        pcns = byId(d.pcns(), Pcn::id);
        committees = byId(d.committees(), Committee::id);
        places = byId(d.places(), Place::id);
        collaboratives = byId(d.collaboratives(), Collaborative::id);
        functions = byId(d.functions(), IcbFunction::id);
        meetings = byId(d.meetings(), Meeting::id);
        declarations = byId(d.declarations(), Declaration::person);
        authorities = Authorities.of(d);

        ids.put(RefKind.PERSON, people.keySet());
        ids.put(RefKind.ORGANISATION, union(organisations.keySet(), pcns.keySet()));
        ids.put(RefKind.COMMITTEE, committees.keySet());
        ids.put(RefKind.PLACE, places.keySet());
        ids.put(RefKind.COLLABORATIVE, collaboratives.keySet());
        ids.put(RefKind.FUNCTION, functions.keySet());
        ids.put(RefKind.MEETING, meetings.keySet());
        Set<String> budgets = new java.util.LinkedHashSet<>();
        if (d.finance() != null) {
            d.finance().delegatedBudgets().forEach(b -> budgets.add(b.id()));
            d.finance().pooledBudgets().forEach(b -> budgets.add(b.id()));
        }
        ids.put(RefKind.BUDGET, Set.copyOf(budgets));
        Set<String> bodies = new java.util.LinkedHashSet<>();
        if (d.board() != null) {
            bodies.add(d.board().id());
        }
        if (d.icp() != null) {
            bodies.add(d.icp().id());
        }
        bodies.addAll(committees.keySet());
        bodies.addAll(places.keySet());
        bodies.addAll(collaboratives.keySet());
        bodies.addAll(organisations.keySet());
        ids.put(RefKind.BODY, Set.copyOf(bodies));
        Set<String> categories = new java.util.LinkedHashSet<>();
        Set<String> roles = new java.util.LinkedHashSet<>();
        if (d.scheme() != null) {
            d.scheme().categories().forEach(c -> categories.add(c.id()));
            d.scheme().roles().forEach(r -> roles.add(r.id()));
        }
        ids.put(RefKind.DECISION_CATEGORY, Set.copyOf(categories));
        ids.put(RefKind.ROLE, Set.copyOf(roles));
        ids.put(RefKind.HOLDER, union(bodies, roles));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> s = new java.util.LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    public Definition definition() {
        return definition;
    }

    public boolean resolves(RefKind kind, String id) {
        return ids.get(kind).contains(id);
    }

    public Set<String> ids(RefKind kind) {
        return ids.get(kind);
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id).map(people::get);
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(id).map(organisations::get);
    }

    public Optional<Pcn> pcn(String id) {
        return Optional.ofNullable(id).map(pcns::get);
    }

    public Optional<Committee> committee(String id) {
        return Optional.ofNullable(id).map(committees::get);
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(id).map(places::get);
    }

    public Optional<Collaborative> collaborative(String id) {
        return Optional.ofNullable(id).map(collaboratives::get);
    }

    public Optional<IcbFunction> function(String id) {
        return Optional.ofNullable(id).map(functions::get);
    }

    public Optional<Meeting> meeting(String id) {
        return Optional.ofNullable(id).map(meetings::get);
    }

    public Optional<Declaration> declarationOf(String personId) {
        return Optional.ofNullable(personId).map(declarations::get);
    }

    /** The ICS's own ICB, as named by {@code ics.icb}. */
    public Optional<Organisation> icb() {
        return definition.ics() == null ? Optional.empty() : organisation(definition.ics().icb());
    }

    public List<Organisation> organisationsOfKind(OrganisationKind kind) {
        return definition.organisations().stream().filter(o -> o.kind() == kind).toList();
    }

    public List<Committee> committeesOfKind(CommitteeKind kind) {
        return definition.committees().stream().filter(c -> c.kind() == kind).toList();
    }

    /** Who may decide what, from the scheme of reservation and delegation. */
    public Authorities authorities() {
        return authorities;
    }

    /** Reserved to the board: by the function's own flag or a reserved category of the scheme it is decided under. */
    public boolean isReserved(IcbFunction f) {
        return authorities.isReserved(f);
    }

    /** Where a function is said to be reserved: its flag, else the categories it is decided under. */
    public Location reservedAt(IcbFunction f) {
        return f.isReserved() ? f.at().of("reservedToBoard") : f.at().of("decidedUnder");
    }

    public boolean isBoard(String bodyId) {
        return definition.board() != null && definition.board().id().equals(bodyId);
    }

    public boolean isIcp(String bodyId) {
        return definition.icp() != null && definition.icp().id().equals(bodyId);
    }

    /** The ICB board member record of a person, if they sit on the board. */
    public Optional<BoardMember> boardSeatOf(String personId) {
        Board board = definition.board();
        return board == null ? Optional.empty()
                : board.members().stream().filter(m -> m.person().equals(personId)).findFirst();
    }

    /**
     * Local authorities inside the ICS area: those named in {@code ics.local-authorities}, and
     * districts whose county is one of them.
     */
    public boolean isInArea(Organisation authority) {
        if (definition.ics() == null) {
            return false;
        }
        List<String> named = definition.ics().localAuthorities();
        return named.contains(authority.id()) || (authority.county() != null && named.contains(authority.county()));
    }

    /**
     * The councils with statutory social care responsibility in the area: those named in
     * {@code ics.local-authorities} that are local authorities and not districts. One without a
     * tier counts, since that list is meant for upper-tier and unitary councils.
     */
    public List<Organisation> socialCareAuthorities() {
        if (definition.ics() == null) {
            return List.of();
        }
        return definition.ics().localAuthorities().stream().distinct()
                .flatMap(id -> organisation(id).stream())
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY)
                .filter(o -> o.tier() == null || o.tier().hasSocialCareResponsibility())
                .toList();
    }

    /** District councils defined as organisations whose county council is {@code countyId}. */
    public List<Organisation> districtsOf(String countyId) {
        return definition.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.LOCAL_AUTHORITY && o.tier() == LocalAuthorityTier.DISTRICT)
                .filter(o -> countyId.equals(o.county()))
                .toList();
    }

    /** A readable name for any body id, for messages. */
    public String bodyName(String id) {
        if (isBoard(id)) {
            return definition.board().name() == null ? "the board" : definition.board().name();
        }
        if (isIcp(id)) {
            return definition.icp().name();
        }
        return committee(id).map(Committee::name)
                .or(() -> place(id).map(Place::name))
                .or(() -> collaborative(id).map(Collaborative::name))
                .or(() -> organisation(id).map(Organisation::name))
                .orElse(id);
    }

    /** A person who sits on a body, with the role in which they sit, as the register of interests prints it. */
    public record BodyMember(String person, String role) {
    }

    /**
     * The people who sit on a body, each once, in the order the definition lists them: the board's
     * members; a committee's chair, vice chair and members; the ICP's chair and named members.
     * Places, collaboratives and organisations list no members here.
     */
    public List<BodyMember> membersOf(String bodyId) {
        Map<String, String> members = new LinkedHashMap<>();
        if (bodyId == null) {
            return List.of();
        }
        if (isBoard(bodyId)) {
            definition.board().members().forEach(m -> members.putIfAbsent(m.person(), m.role() == null ? "Member" : m.displayTitle()));
        } else if (isIcp(bodyId)) {
            Partnership icp = definition.icp();
            if (icp.chair() != null) {
                members.put(icp.chair(), "Chair");
            }
            icp.members().stream().filter(m -> m.person() != null)
                    .forEach(m -> members.putIfAbsent(m.person(), m.role() == null ? "Member" : m.role()));
        } else {
            committee(bodyId).ifPresent(c -> {
                if (c.chair() != null) {
                    members.put(c.chair(), "Chair");
                }
                if (c.viceChair() != null) {
                    members.putIfAbsent(c.viceChair(), "Vice chair");
                }
                c.members().forEach(m -> members.putIfAbsent(m.person(), m.role() == null ? "Member" : m.role()));
            });
        }
        members.remove(null);
        return members.entrySet().stream().map(e -> new BodyMember(e.getKey(), e.getValue())).toList();
    }

    public String personName(String id) {
        return person(id).map(Person::displayName).orElse(id);
    }

    /** Where a system-wide finding about a missing section points: the ICS profile, or nowhere known. */
    public Location systemLocation() {
        return definition.ics() == null ? Span.NONE.at() : definition.ics().at().at();
    }

    public String organisationName(String id) {
        return organisation(id).map(Organisation::name).orElse(id);
    }
}
