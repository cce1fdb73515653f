package org.icsdocs.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.CollaborativeModel;
import org.icsdocs.core.model.CommitteeKind;
import org.icsdocs.core.model.CommitteeType;
import org.icsdocs.core.model.Expertise;
import org.icsdocs.core.model.GovernanceModel;
import org.icsdocs.core.model.InterestType;
import org.icsdocs.core.model.LocalAuthorityTier;
import org.icsdocs.core.model.OrganisationKind;
import org.icsdocs.core.model.PartnerSector;
import org.icsdocs.core.model.PooledBudgetKind;
import org.icsdocs.core.model.QuorumRequirement;
import org.icsdocs.core.model.ServiceType;
import org.icsdocs.core.model.StatutoryRole;

/**
 * Every choice made for one system, before anything is written: its organisations, people, board,
 * committees, places, PCNs, collaboratives, declarations and budgets. The writers only turn this
 * into files, so the rules the data must meet are kept in one place ({@link SystemPlanner}).
 *
 * @param ordinal the ICB's position in the reference data, from 1; makes invented codes unique nationally
 * @param seed    this system's own seed, from the run's seed and the ICB's ODS code
 */
record SystemPlan(
        ReferenceData.Icb icb,
        int ordinal,
        long seed,
        String id,
        String name,
        String shortName,
        String icbName,
        String icbShortName,
        long population,
        long allocationMillions,
        List<Org> organisations,
        List<Person> people,
        List<Seat> board,
        int boardQuorum,
        List<String> boardCore,
        List<Committee> committees,
        List<Place> places,
        List<Pcn> pcns,
        List<Collaborative> collaboratives,
        List<Declaration> declarations,
        List<Pool> pools,
        List<Budget> budgets,
        List<Justification> justifications,
        LocalDate declaredOn) {

    static final String ICB = "icb";
    static final String NHS_ENGLAND = "nhs-england";
    static final String BOARD = "board";
    static final String VCSE = "vcse-alliance";

    /** An organisation of the definition. */
    record Org(String id, String name, String shortName, OrganisationKind kind, String odsCode, LocalAuthorityTier tier,
               List<ServiceType> services, boolean inArea, boolean illustrative) {

        boolean runs(ServiceType s) {
            return services.contains(s);
        }

        boolean isTrust() {
            return kind == OrganisationKind.NHS_TRUST || kind == OrganisationKind.FOUNDATION_TRUST;
        }

        String display() {
            return shortName != null ? shortName : name;
        }
    }

    record Position(String organisation, String role, LocalDate from) {
    }

    record Person(String id, String name, String honorific, String jobTitle, String employer, List<StatutoryRole> roles,
                  List<Expertise> expertise, String biography, List<Position> positions) {

        String displayName() {
            return honorific == null ? name : honorific + " " + name;
        }
    }

    /** A seat on the board. */
    record Seat(String person, BoardRole role, String title, boolean deputyChair, boolean seniorIndependent,
                PartnerSector sector, List<String> nominatedBy, String appointedBy, String approvedBy,
                LocalDate appointedOn, LocalDate termStart, LocalDate termEnd) {
    }

    record Member(String person, String role, boolean voting) {
    }

    /**
     * A committee with its terms of reference.
     *
     * @param core    members who are always present, so that every meeting held is quorate
     * @param topics  the kinds of paper its agendas draw on
     */
    record Committee(String id, String name, CommitteeKind kind, CommitteeType type, String purpose, List<String> responsibilities,
                     String chair, String viceChair, List<Member> members, int quorum, List<QuorumRequirement> including,
                     List<String> partners, String frequency, boolean inPublic, List<String> core, Topics.Pool topics,
                     String place) {
    }

    record Place(String id, String name, String shortName, List<String> areas, long population, String lead,
                 GovernanceModel model, String committee, List<String> partners, String director, String leadProvider,
                 String contract, String acute, String community, String mentalHealth, String description) {
    }

    record Pcn(String id, String name, String odsCode, String place, long population, String clinicalDirector) {
    }

    record Collaborative(String id, String name, List<ServiceType> services, List<String> members, CollaborativeModel model,
                         String leadProvider, List<String> objectives) {
    }

    record Interest(InterestType type, String organisation, String organisationName, String nature, List<String> topics,
                    LocalDate from, String management) {
    }

    record Declaration(String person, LocalDate declaredOn, List<Interest> interests) {
    }

    /** A pooled budget with a council, and the section 75 function that goes with it. */
    record Pool(String id, String name, PooledBudgetKind kind, String localAuthority, String place, long millions) {
    }

    /** A budget delegated to a committee, place or collaborative. */
    record Budget(String id, String name, String holder, long millions, String purpose) {
    }

    record Justification(String rule, String subject, String reason) {
    }

    // Lookups the writers need ----------------------------------------------------------------

    Org org(String id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation " + id));
    }

    Person person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no person " + id));
    }

    Optional<Seat> seatOf(String person) {
        return board.stream().filter(s -> s.person().equals(person)).findFirst();
    }

    Committee committee(String id) {
        return committees.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no committee " + id));
    }

    Optional<Declaration> declarationOf(String person) {
        return declarations.stream().filter(d -> d.person().equals(person)).findFirst();
    }

    List<Org> ofKind(OrganisationKind kind) {
        return organisations.stream().filter(o -> o.kind() == kind).toList();
    }

    /** The councils with social care responsibility: every local authority in the plan (districts are not modelled). */
    List<Org> localAuthorities() {
        return ofKind(OrganisationKind.LOCAL_AUTHORITY);
    }

    /** The trusts of the system, in file order. */
    List<Org> trusts() {
        return organisations.stream().filter(o -> o.isTrust() && o.inArea()).toList();
    }

    List<Org> trustsRunning(ServiceType s) {
        return trusts().stream().filter(t -> t.runs(s)).toList();
    }

    List<Org> healthwatch() {
        return ofKind(OrganisationKind.HEALTHWATCH);
    }

    List<Org> partnerIcbs() {
        return organisations.stream().filter(o -> o.kind() == OrganisationKind.ICB && !o.inArea()).toList();
    }

    List<Pcn> pcnsOf(String place) {
        return pcns.stream().filter(p -> p.place().equals(place)).toList();
    }
}
