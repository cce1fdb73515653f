package org.icsdocs.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.icsdocs.bench.MeetingPlan.Action;
import org.icsdocs.bench.MeetingPlan.Attendance;
import org.icsdocs.bench.MeetingPlan.Item;
import org.icsdocs.bench.MeetingPlan.Section;
import org.icsdocs.bench.SystemPlan.Committee;
import org.icsdocs.bench.SystemPlan.Member;
import org.icsdocs.bench.SystemPlan.Org;
import org.icsdocs.bench.SystemPlan.Seat;
import org.icsdocs.core.model.ActionStatus;
import org.icsdocs.core.model.AttendanceStatus;
import org.icsdocs.core.model.BoardRole;
import org.icsdocs.core.model.ItemKind;
import org.icsdocs.core.model.ItemPurpose;
import org.icsdocs.core.model.ServiceType;

/**
 * Dates every meeting of a system and decides its agenda, attendance and actions. Each meeting has
 * its own random stream, seeded from the system and the meeting's id, so adding committee meetings
 * or years leaves the board's meetings as they were.
 */
final class MeetingPlanner {

    /** Papers go out a week before the meeting (MTG-004 expects at least 7 days for the board). */
    static final int PUBLISHED_DAYS_BEFORE = 7;
    static final int PAPER_DAYS_BEFORE = 8;

    private final SystemPlan plan;
    private final Options options;

    MeetingPlanner(SystemPlan plan, Options options) {
        this.plan = plan;
        this.options = options;
    }

    /** A random stream for one named part of the system, independent of every other part. */
    static SplittableRandom stream(long systemSeed, String name) {
        return new SplittableRandom(SystemPlanner.systemSeed(systemSeed, name));
    }

    /** Every meeting, the board's first, then each committee's, each body's in date order. */
    List<MeetingPlan> plan() {
        Map<String, List<LocalDate>> dates = new LinkedHashMap<>();
        dates.put(SystemPlan.BOARD, boardDates());
        List<Committee> committees = plan.committees();
        for (Committee c : committees) {
            dates.put(c.id(), new ArrayList<>());
        }
        for (int year = options.firstYear(); year <= options.lastYear(); year++) {
            // Spread the year's committee meetings evenly, starting with a different committee each year.
            int[] counts = new int[committees.size()];
            for (int i = 0; i < options.committeeMeetings(); i++) {
                counts[(i + year) % committees.size()]++;
            }
            for (int c = 0; c < committees.size(); c++) {
                dates.get(committees.get(c).id()).addAll(committeeDates(year, counts[c], c));
            }
        }
        List<MeetingPlan> meetings = new ArrayList<>();
        for (Map.Entry<String, List<LocalDate>> body : dates.entrySet()) {
            MeetingPlan previous = null;
            for (LocalDate date : body.getValue()) {
                MeetingPlan m = new OneMeeting(body.getKey(), date, previous).plan();
                meetings.add(m);
                previous = m;
            }
        }
        return meetings;
    }

    // Dates -------------------------------------------------------------------------------------

    /** Twelve a year: the board meets on the same weekday of the same week of every month. */
    private List<LocalDate> boardDates() {
        SplittableRandom random = stream(plan.seed(), "board-dates");
        DayOfWeek day = DayOfWeek.of(2 + random.nextInt(3));
        int week = 1 + random.nextInt(2);
        List<LocalDate> dates = new ArrayList<>();
        for (int year = options.firstYear(); year <= options.lastYear(); year++) {
            for (int month = 1; month <= 12; month++) {
                LocalDate date = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(week, day));
                dates.add(BankHolidays.isBankHoliday(date) ? date.plusWeeks(1) : date);
            }
        }
        return dates;
    }

    /** {@code count} weekdays spread evenly over the year, offset a little per committee; never two on one day. */
    private List<LocalDate> committeeDates(int year, int count, int committeeIndex) {
        List<LocalDate> dates = new ArrayList<>();
        Set<LocalDate> used = new HashSet<>();
        int days = Year.of(year).length();
        if (count > days) {
            throw new IllegalArgumentException("a committee cannot meet " + count + " times in " + year + "; lower --committee-meetings");
        }
        // Each committee is offset within the interval, so committees that meet once a year do not all meet in the same week.
        int interval = Math.max(1, days / Math.max(1, count));
        int offset = (committeeIndex * 11 + interval / 4) % interval;
        for (int j = 0; j < count; j++) {
            int dayOfYear = 1 + j * days / count + offset;
            LocalDate date = LocalDate.ofYearDay(year, Math.min(Math.max(dayOfYear, 1), days));
            date = free(date, used, count <= days * 5 / 7 - 10);
            used.add(date);
            dates.add(date);
        }
        dates.sort(null);
        return dates;
    }

    /** The first free day from {@code date} on (a working day if wanted), wrapping within the year. */
    private static LocalDate free(LocalDate date, Set<LocalDate> used, boolean weekdaysOnly) {
        LocalDate d = date;
        for (int i = 0; i < 800; i++) {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !BankHolidays.isBankHoliday(d);
            if (!used.contains(d) && (weekday || !weekdaysOnly)) {
                return d;
            }
            LocalDate next = d.plusDays(1);
            d = next.getYear() == date.getYear() ? next : LocalDate.of(date.getYear(), 1, 1);
        }
        throw new IllegalStateException("no free day in " + date.getYear());
    }

    // One meeting ----------------------------------------------------------------------------------

    private final class OneMeeting {
        private final String body;
        private final boolean board;
        private final Committee committee;
        private final LocalDate date;
        private final MeetingPlan previous;
        private final SplittableRandom random;
        private final String id;

        OneMeeting(String body, LocalDate date, MeetingPlan previous) {
            this.body = body;
            this.board = body.equals(SystemPlan.BOARD);
            this.committee = board ? null : plan.committee(body);
            this.date = date;
            this.previous = previous;
            this.id = body + "-" + date;
            this.random = stream(plan.seed(), id);
        }

        MeetingPlan plan() {
            boolean held = !date.isAfter(options.asOf());
            String folder = board ? "meetings/" + date.getYear() : "committees/" + body + "/meetings";
            String yamlFile = board ? folder + "/" + date + "-board.yaml" : folder + "/" + date + ".yaml";
            String minutesFile = held ? (board ? folder + "/minutes/" + date + "-board.md" : folder + "/minutes/" + date + ".md") : null;
            String bodyName = board ? plan.icbShortName() + " Board" : committee.name();
            boolean inPublic = board || committee.inPublic();
            String chair = board ? "chair" : committee.chair();
            int papers = options.papersMin() + random.nextInt(options.papersMax() - options.papersMin() + 1);
            LocalTime start = board ? LocalTime.of(10, 0) : papers > 12 || random.nextBoolean() ? LocalTime.of(9, 30) : LocalTime.of(14, 0);
            List<Section> agenda = agenda(folder, papers, start, inPublic);
            Item last = agenda.get(agenda.size() - 1).items().get(agenda.get(agenda.size() - 1).items().size() - 1);
            LocalTime end = last.start().plusMinutes(last.minutes());
            List<Attendance> attendance = held ? attendance(agenda) : List.of();
            List<Action> actions = held ? actions(agenda) : List.of();
            return new MeetingPlan(id, body, bodyName, board, date, start, end,
                    board ? "Board meeting held in public" : committee.name(), venue(), inPublic,
                    inPublic ? null : "Committees of the board meet in private unless their terms of reference say otherwise; the committee's "
                            + "business is reported to the board in public.",
                    date.minusDays(PUBLISHED_DAYS_BEFORE), chair, yamlFile, agenda, attendance, held, minutesFile, actions,
                    previous == null ? null : previous.date());
        }

        private String venue() {
            List<Org> councils = plan.localAuthorities();
            Org council = councils.get(random.nextInt(councils.size()));
            if (board) {
                return switch (random.nextInt(3)) {
                    case 0 -> "Council Chamber, " + council.shortName() + " Civic Centre (illustrative venue)";
                    case 1 -> "Boardroom, " + plan.icbShortName() + " headquarters (illustrative venue)";
                    default -> council.shortName() + " Community Hub (illustrative venue)";
                };
            }
            return random.nextBoolean() ? "Committee Room 2, " + plan.icbShortName() + " headquarters (illustrative venue)" : "Online (Microsoft Teams)";
        }

        // Agenda ------------------------------------------------------------------------------

        private List<Section> agenda(String folder, int papers, LocalTime start, boolean inPublic) {
            Clock clock = new Clock(start);
            List<Section> sections = new ArrayList<>();
            String chair = board ? "chair" : committee.chair();
            List<Item> formalities = new ArrayList<>();
            formalities.add(verbal("Welcome, apologies and quorum", ItemPurpose.INFORMATION, chair, clock));
            formalities.add(verbal("Declarations of interest", ItemPurpose.INFORMATION, chair, clock));
            if (previous != null && previous.held()) {
                formalities.add(previousMinutes(folder, chair, clock));
            }
            sections.add(new Section("Formalities", formalities));

            Map<String, List<Topics.Topic>> bySection = new LinkedHashMap<>();
            for (String s : Topics.SECTION_ORDER) {
                bySection.put(s, new ArrayList<>());
            }
            for (Topics.Topic t : chooseTopics(papers)) {
                bySection.get(t.section()).add(t);
            }
            for (Map.Entry<String, List<Topics.Topic>> e : bySection.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                List<Item> items = new ArrayList<>();
                for (Topics.Topic t : e.getValue()) {
                    items.add(paper(t, folder, clock, papers));
                }
                sections.add(new Section(e.getKey(), items));
            }
            List<Item> closing = new ArrayList<>();
            if (board && inPublic) {
                closing.add(verbal("Questions from the public", ItemPurpose.DISCUSSION, chair, clock, 15));
            }
            if (!board) {
                closing.add(verbal("Matters to report to the board", ItemPurpose.DECISION, chair, clock));
            }
            closing.add(verbal("Any other business and close", ItemPurpose.INFORMATION, chair, clock));
            sections.add(new Section("Closing items", closing));
            return number(sections);
        }

        /** The fixed topics first, then others drawn from the pool; repeats get a part number if the pool runs out. */
        private List<Topics.Topic> chooseTopics(int papers) {
            Topics.Pool pool = board ? Topics.BOARD : committee.topics();
            List<Topics.Topic> chosen = new ArrayList<>();
            for (Topics.Topic t : pool.fixed()) {
                if (chosen.size() < papers) {
                    chosen.add(t);
                }
            }
            List<Topics.Topic> drawn = new ArrayList<>(pool.drawn());
            for (int i = drawn.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Topics.Topic t = drawn.get(i);
                drawn.set(i, drawn.get(j));
                drawn.set(j, t);
            }
            for (int round = 1; chosen.size() < papers; round++) {
                for (Topics.Topic t : drawn) {
                    if (chosen.size() >= papers) {
                        break;
                    }
                    chosen.add(round == 1 ? t : new Topics.Topic(t.slug() + "-" + round, t.title() + " (part " + round + ")", t.purpose(),
                            t.presenter(), t.section(), t.interests(), t.scope(), t.table(), t.focus()));
                }
            }
            return chosen;
        }

        private Item verbal(String title, ItemPurpose purpose, String presenter, Clock clock) {
            return verbal(title, purpose, presenter, clock, 5);
        }

        private Item verbal(String title, ItemPurpose purpose, String presenter, Clock clock, int minutes) {
            return new Item(null, title, ItemKind.VERBAL, purpose, presenter, clock.take(minutes), minutes, null, null, null, null, null,
                    null, null, List.of(), null, null, List.of(), List.of());
        }

        private Item previousMinutes(String folder, String chair, Clock clock) {
            String title = "Minutes of the meeting held on " + Text.longDate(previous.date());
            return new Item(null, title, ItemKind.ENCLOSURE, ItemPurpose.APPROVAL, chair, clock.take(5), 5, previous.minutesFile(),
                    date.minusDays(PAPER_DAYS_BEFORE), null, "dir-governance", chair,
                    "The draft minutes of the " + (board ? "board's meeting held in public" : "committee's meeting") + " on "
                            + Text.longDate(previous.date()) + ".",
                    "The " + (board ? "board" : "committee") + " is asked to approve the minutes as a true record.", List.of(), null, null,
                    List.of(), List.of());
        }

        private Item paper(Topics.Topic t, String folder, Clock clock, int papers) {
            String presenter = presenter(t.presenter());
            int minutes = papers > 16 ? 5 : 10 + 5 * random.nextInt(4);
            String title = t.title().replace("{finance-month}", Text.financeMonth(date));
            String file = folder + "/papers/" + date + "-" + t.slug() + ".md";
            List<String> organisations = organisations(t.scope());
            String author = t.slug().equals("action-log") ? "dir-governance" : presenter;
            String noun = board ? "board" : "committee";
            boolean actionLog = t.slug().startsWith("action-log");
            String summary = actionLog ? "Progress on the actions agreed at previous meetings, and those proposed for closure."
                    : Text.capitalise(t.focus()) + ": the position at " + Text.month(date.minusMonths(1)) + " " + date.minusMonths(1).getYear()
                    + ", what partners are doing and the risks to delivery.";
            String recommendation = actionLog ? "The " + noun + " is asked to note progress and agree to close the completed actions." : switch (t.purpose()) {
                case APPROVAL -> "The " + noun + " is asked to approve the proposals in the paper.";
                case DECISION -> "The " + noun + " is asked to take the decision the paper sets out.";
                case ASSURANCE -> "The " + noun + " is asked to take assurance from the report and the actions described.";
                case DISCUSSION -> "The " + noun + " is asked to discuss the position and the priorities for the coming months.";
                case INFORMATION -> "The " + noun + " is asked to note the report.";
            };
            List<String> aims = PaperWriter.AIMS;
            List<String> objectives = List.of(aims.get(random.nextInt(aims.size())));
            String risks = actionLog ? null : "Board assurance framework risk " + (1 + random.nextInt(8)) + " (" + t.focus() + ").";
            return new Item(null, title, ItemKind.ENCLOSURE, t.purpose(), presenter, clock.take(minutes), minutes, file,
                    date.minusDays(PAPER_DAYS_BEFORE), t, author, sponsor(presenter, t), summary, recommendation, objectives, risks,
                    conflicts(t, organisations), t.interests(), organisations);
        }

        /** A role key of the topic catalogue as a person of this system. */
        private String presenter(String key) {
            return switch (key) {
                case "committee-chair" -> board ? "chair" : committee.chair();
                case "place-lead" -> committee != null && committee.place() != null
                        ? plan.places().stream().filter(p -> p.id().equals(committee.place())).findFirst().orElseThrow().lead()
                        : plan.places().get(random.nextInt(plan.places().size())).lead();
                default -> key;
            };
        }

        /** The executive who sponsors the paper: its presenter when an executive, else the one for its section. */
        private String sponsor(String presenter, Topics.Topic t) {
            boolean executive = plan.seatOf(presenter).map(s -> s.role().isExecutive()).orElse(false);
            if (executive) {
                return presenter;
            }
            return switch (t.section()) {
                case Topics.FINANCE -> "dof";
                case Topics.QUALITY -> "cno";
                case Topics.PEOPLE -> "ceo";
                default -> t.interests().contains("primary care") || t.interests().contains("general practice") ? "cmo" : "ceo";
            };
        }

        private List<String> organisations(Topics.Scope scope) {
            List<String> ids = switch (scope) {
                case NONE -> List.of();
                case ACUTE -> ids(plan.trustsRunning(ServiceType.ACUTE));
                case MENTAL_HEALTH -> ids(plan.trustsRunning(ServiceType.MENTAL_HEALTH));
                case COMMUNITY -> ids(plan.trustsRunning(ServiceType.COMMUNITY));
                case AMBULANCE -> {
                    List<String> list = new ArrayList<>(ids(plan.trustsRunning(ServiceType.AMBULANCE)));
                    list.addAll(ids(plan.trustsRunning(ServiceType.ACUTE)));
                    yield list;
                }
                case COUNCILS -> committee != null && committee.place() != null
                        ? plan.places().stream().filter(p -> p.id().equals(committee.place())).findFirst().orElseThrow().areas()
                        : ids(plan.localAuthorities());
                case TRUSTS -> ids(plan.trusts());
            };
            return List.copyOf(ids);
        }

        private List<String> ids(List<Org> orgs) {
            return orgs.stream().map(Org::id).toList();
        }

        /** The declared interests of the people expected at the meeting that touch the item, for the cover sheet. */
        private String conflicts(Topics.Topic t, List<String> organisations) {
            List<String> who = new ArrayList<>();
            for (String person : expected()) {
                plan.declarationOf(person).ifPresent(d -> {
                    boolean touches = d.interests().stream().anyMatch(i -> (i.organisation() != null && organisations.contains(i.organisation()))
                            || i.topics().stream().anyMatch(t.interests()::contains));
                    if (touches) {
                        who.add(plan.person(person).displayName());
                    }
                });
            }
            if (who.isEmpty()) {
                return "None identified.";
            }
            return Text.inWords(who) + (who.size() == 1 ? " has a declared interest" : " have declared interests")
                    + " touching this item, managed as recorded in the register of interests.";
        }

        private List<String> expected() {
            if (board) {
                return plan.board().stream().map(Seat::person).toList();
            }
            return committee.members().stream().map(Member::person).toList();
        }

        private List<Section> number(List<Section> sections) {
            List<Section> numbered = new ArrayList<>();
            for (int s = 0; s < sections.size(); s++) {
                List<Item> items = new ArrayList<>();
                List<Item> from = sections.get(s).items();
                for (int i = 0; i < from.size(); i++) {
                    Item x = from.get(i);
                    items.add(new Item((s + 1) + "." + (i + 1), x.title(), x.kind(), x.purpose(), x.presenter(), x.start(), x.minutes(),
                            x.paperFile(), x.paperDate(), x.topic(), x.author(), x.sponsor(), x.summary(), x.recommendation(), x.objectives(),
                            x.risks(), x.conflicts(), x.topics(), x.organisations()));
                }
                numbered.add(new Section(sections.get(s).title(), List.copyOf(items)));
            }
            return List.copyOf(numbered);
        }

        // Attendance and actions ------------------------------------------------------------------

        /**
         * MTG-003: everyone is present but for at most two apologies (one at a committee), never from
         * the members the quorum relies on, so every meeting held is quorate.
         */
        private List<Attendance> attendance(List<Section> agenda) {
            List<Attendance> list = new ArrayList<>();
            Set<String> apologies = new HashSet<>();
            Set<String> presenters = new HashSet<>();
            agenda.forEach(s -> s.items().forEach(i -> presenters.add(i.presenter())));
            if (board) {
                List<String> optional = plan.board().stream().map(Seat::person)
                        .filter(p -> !plan.boardCore().contains(p) && !presenters.contains(p)).toList();
                int count = random.nextInt(3);
                long voting = plan.board().stream().filter(s -> s.role() != BoardRole.PARTICIPANT).count();
                for (int i = 0; i < count && !optional.isEmpty() && voting - apologies.size() > plan.boardQuorum(); i++) {
                    apologies.add(optional.get(random.nextInt(optional.size())));
                }
                for (Seat s : plan.board()) {
                    list.add(new Attendance(s.person(), apologies.contains(s.person()) ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT, null));
                }
            } else {
                List<Member> optional = committee.members().stream()
                        .filter(m -> !committee.core().contains(m.person()) && !presenters.contains(m.person())).toList();
                long voting = committee.members().stream().filter(Member::voting).count();
                if (!optional.isEmpty() && random.nextInt(3) == 0) {
                    Member m = optional.get(random.nextInt(optional.size()));
                    if (!m.voting() || voting - 1 >= committee.quorum()) {
                        apologies.add(m.person());
                    }
                }
                for (Member m : committee.members()) {
                    list.add(new Attendance(m.person(), apologies.contains(m.person()) ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT, null));
                }
            }
            Set<String> listed = new HashSet<>(list.stream().map(Attendance::person).toList());
            list.add(new Attendance("dir-governance", AttendanceStatus.IN_ATTENDANCE, board ? "Board Secretary" : "Committee Secretary"));
            listed.add("dir-governance");
            for (Section s : agenda) {
                for (Item item : s.items()) {
                    if (listed.add(item.presenter())) {
                        list.add(new Attendance(item.presenter(), AttendanceStatus.IN_ATTENDANCE, "For item " + item.number()));
                    }
                }
            }
            return List.copyOf(list);
        }

        private List<Action> actions(List<Section> agenda) {
            List<Item> papers = agenda.stream().flatMap(s -> s.items().stream())
                    .filter(i -> i.isPaper() && !i.topic().slug().startsWith("action-log") && !i.topic().slug().startsWith("chairs-report")).toList();
            int count = 1 + random.nextInt(3);
            List<Action> actions = new ArrayList<>();
            for (int i = 0; i < count && i < papers.size(); i++) {
                Item item = papers.get(random.nextInt(papers.size()));
                LocalDate due = date.plusDays(28L + 7L * random.nextInt(10));
                boolean done = !due.isAfter(options.asOf());
                ActionStatus status = done ? ActionStatus.COMPLETE : random.nextBoolean() ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN;
                String update = switch (status) {
                    case COMPLETE -> "Reported to the " + (board ? "board" : "committee") + " on " + Text.longDate(due) + ".";
                    case IN_PROGRESS -> "Work under way; on track for the due date.";
                    case OPEN -> null;
                };
                actions.add(new Action("A" + (i + 1), "Bring a further report on " + item.topic().focus() + " with the next quarter's data.",
                        item.presenter(), due, status, update));
            }
            return List.copyOf(actions);
        }

    }

    /** Hands out agenda times in order. */
    private static final class Clock {
        private LocalTime next;

        Clock(LocalTime start) {
            this.next = start;
        }

        LocalTime take(int minutes) {
            LocalTime at = next;
            next = next.plusMinutes(minutes);
            return at;
        }
    }
}
