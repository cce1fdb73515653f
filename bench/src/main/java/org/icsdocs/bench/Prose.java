package org.icsdocs.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sentences for governance papers, with slots filled from the system's real places, trusts and
 * councils and from the paper's subject. Plausible, varied, and always of the same register; no
 * sentence states a fact about a real organisation beyond its name.
 */
final class Prose {

    /** What the slots are filled from. */
    record Context(String system, String icb, String focus, String noun, List<String> places, List<String> trusts,
                   List<String> councils, List<String> committees, String month, String nextMonth, int year, int pcns) {
    }

    static final List<String> BACKGROUND = List.of(
            "The {noun} last considered {focus} in {month}, when it asked for a fuller account of progress in each place.",
            "Partners across {system} agreed in the joint forward plan that {focus} would be one of the system's priorities for the year.",
            "National planning guidance for the year sets expectations for {focus} that every integrated care board is asked to meet.",
            "The work described here builds on the arrangements the predecessor clinical commissioning groups put in place before {icb} was established.",
            "Responsibility for {focus} is shared between the ICB, the {trusts} and the councils, so progress depends on how well partners work together.",
            "The integrated care partnership identified {focus} as an area where joined-up action would make the biggest difference to local people.",
            "Since the last report, the programme board for {focus} has met monthly and has reviewed each of the actions agreed in the spring.",
            "Clinical and care professional leads from primary care, community services and the councils helped to shape the approach set out below.",
            "The {committee} has received more detailed reports and asked for this summary to come to the {noun}.",
            "Local people told us through Healthwatch {council} that they want services that are easier to reach and that join up around them.",
            "The approach reflects the four purposes of an integrated care system, and in particular the aim of tackling unequal outcomes and access.",
            "Each place partnership has set out how it will contribute, reflecting the different needs of its communities.",
            "The work is overseen by a senior responsible officer from the ICB, supported by leads from {trust} and {council}.",
            "This is the {ordinal} report on {focus} to the {noun} this year.");

    static final List<String> PROGRESS = List.of(
            "Work on {focus} has continued in all {places-count} places since the last report, with {place} reporting the most progress.",
            "In {place}, partners have agreed a shared set of measures so that progress on {focus} can be compared across the system.",
            "{trust} has agreed a recovery trajectory with the ICB and reports against it each month.",
            "The primary care networks in {place} have begun to offer extended appointments linked to {focus}.",
            "A joint team from the ICB and {council} now reviews the most complex cases each week, which has shortened decision times.",
            "The number of people supported at home rather than in hospital rose by {pct}% over the quarter.",
            "Partners in {place} have opened a single point of access, which handled {num} referrals in its first month.",
            "The position at the end of {month} shows an improvement of {pct}% against the baseline agreed in the operational plan.",
            "Two of the {places-count} places are ahead of plan; the others expect to reach the agreed level by the end of the year.",
            "The voluntary and community sector has taken on a larger part in this work, with {num} volunteers trained since the spring.",
            "{trust-pair} have agreed to share staff and capacity so that people do not wait longer because of where they live.",
            "A test of change in {place} has been evaluated and will be extended to the rest of the system from {next-month}.",
            "The {pcns} primary care networks have each named a clinical lead for {focus}, and they meet as a network every six weeks.",
            "Feedback from staff shows that the new arrangements are easier to work with, although some teams remain stretched.",
            "Waiting lists have reduced by {num} since the last report, though the longest waits remain a concern in {place}.",
            "Clinicians in {place} have redesigned the pathway with patients, removing two steps that added delay without adding value.",
            "{council} has extended its reablement service to seven days a week, which has helped people leave hospital sooner.",
            "The ICB has agreed a shared outcomes framework with partners, so that everyone measures success in the same way.",
            "Community pharmacies in {place} are now part of the approach, offering advice and referral without an appointment.",
            "A peer review led by another system found strong partnership working and recommended clearer reporting of outcomes.",
            "Uptake has been lowest among younger adults and in areas of high deprivation, and targeted outreach began in {month}.",
            "The digital front door has been used {num} times a week on average, freeing telephone lines for people who need them.",
            "Providers have reported fewer delayed transfers, although the position in {place} remains variable from week to week.");

    static final List<String> DATA = List.of(
            "Data quality has improved, although {pct}% of records still lack ethnicity coding, which limits the analysis of inequalities.",
            "The figures are drawn from the system's shared data platform and have been validated with each provider.",
            "Performance varies between places: {place} is above the system average, while {place} remains below it.",
            "People living in the most deprived fifth of neighbourhoods are {pct}% less likely to benefit, and the actions below target that gap.",
            "The trend over the last six months is improving, but the rate of improvement has slowed since {month}.",
            "Activity is {pct}% above the same period last year, driven mainly by demand from older people with several long-term conditions.",
            "Benchmarking against similar systems suggests there is scope to improve further, particularly in how quickly people are discharged.",
            "The population health management platform now links primary care, hospital and council data for {num} thousand residents.",
            "Comparing {month} with the same month last year, the rate per 100,000 population has fallen by {pct}%.",
            "Variation between primary care networks is wide, with the highest rate more than twice the lowest.",
            "The table shows the latest validated position; provisional figures for the most recent weeks point the same way.",
            "Outcomes for people from minority ethnic communities lag the system average by {pct} percentage points.");

    static final List<String> MONEY = List.of(
            "Spending on {focus} is forecast to be {money} for the year, in line with the financial plan.",
            "The ICB has set aside {money} of non-recurrent funding to support this work, allocated to places on the basis of need.",
            "Efficiency savings of {money} are expected from the changes, of which {money} has been delivered so far.",
            "There is no additional cost to the ICB; the work is funded from existing budgets held by partners.",
            "The Better Care Fund contributes {money} to the schemes described, under the section 75 agreements with the councils.");

    static final List<String> RISK = List.of(
            "The main risk to delivery is workforce availability, particularly registered nurses and therapists in community services.",
            "Demand over the winter months may slow progress, and the plan includes contingency for a surge in respiratory illness.",
            "Delays in digital integration between providers could limit the benefit of the changes; the digital programme is addressing this.",
            "Financial pressures across the system may limit investment, so the schemes have been prioritised by the benefit they bring.",
            "Industrial action could disrupt planned care, and providers have agreed how they will protect urgent and cancer services.",
            "Some partners are not yet reporting on the agreed measures, which makes it harder to judge progress across the whole system.");

    static final List<String> NEXT = List.of(
            "A further update will come to the {noun} in {next-month}, when the first full quarter of data is available.",
            "The next steps are to agree the plan for each place and to confirm funding for the remainder of the year.",
            "The programme board will review the measures in {next-month} and recommend any changes to the {noun}.",
            "Partners will report progress through the place partnerships, and exceptions will come to the {noun}.",
            "The {committee} will keep the detail under review between reports to the {noun}.",
            "An evaluation by the ICB's analytics team will be completed by {next-month} and shared with all partners.");

    static final List<String> BULLETS = List.of(
            "progress in {place} is ahead of the agreed trajectory",
            "{trust} has asked for support to recover its position",
            "the gap between the most and least deprived neighbourhoods has narrowed by {pct}%",
            "the shared care record is now used by {num} clinicians each week",
            "councils and the ICB have agreed a joint approach to hospital discharge",
            "a new clinical pathway has been agreed with the primary care networks",
            "staff vacancies have fallen to {pct}% across the system",
            "the voluntary sector has received {money} to support people at home",
            "waiting times have improved for {num} people since the spring",
            "Healthwatch {council} has shared feedback from {num} residents",
            "the plan for winter has been agreed by every partner",
            "the risks are recorded on the board assurance framework");

    private Prose() {
    }

    /**
     * Sentences for one paper. Each kind of sentence is dealt from a shuffled deck, so a paper
     * uses every sentence of a kind once before it repeats any.
     */
    static final class Writer {
        private final Context context;
        private final SplittableRandom random;
        private final Map<List<String>, Deque<String>> decks = new IdentityHashMap<>();

        Writer(Context context, SplittableRandom random) {
            this.context = context;
            this.random = random;
        }

        Context context() {
            return context;
        }

        String sentence(List<String> kind) {
            Deque<String> deck = decks.computeIfAbsent(kind, k -> new ArrayDeque<>());
            if (deck.isEmpty()) {
                List<String> shuffled = new ArrayList<>(kind);
                for (int i = shuffled.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    String t = shuffled.get(i);
                    shuffled.set(i, shuffled.get(j));
                    shuffled.set(j, t);
                }
                deck.addAll(shuffled);
            }
            return fill(deck.poll(), context, random);
        }

        /** A sentence of one of the kinds, the kind chosen at random. */
        String anyOf(List<List<String>> kinds) {
            return sentence(kinds.get(random.nextInt(kinds.size())));
        }

        /** A paragraph of 3 to 5 sentences of one kind. */
        String paragraph(List<String> kind) {
            int sentences = 3 + random.nextInt(3);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(sentence(kind));
            }
            return out.toString();
        }
    }

    static String fill(String template, Context c, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(slot(template.substring(open + 1, close), c, random));
            i = close + 1;
        }
        String s = out.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slot(String name, Context c, SplittableRandom random) {
        return switch (name) {
            case "system" -> c.system();
            case "icb" -> c.icb();
            case "focus" -> c.focus();
            case "noun" -> c.noun();
            case "place" -> any(c.places(), random);
            case "places-count" -> String.valueOf(c.places().size());
            case "trust" -> any(c.trusts(), random);
            case "trusts" -> c.trusts().size() == 1 ? "trust" : c.trusts().size() + " trusts";
            case "council" -> any(c.councils(), random);
            case "committee" -> any(c.committees(), random);
            case "month" -> c.month();
            case "next-month" -> c.nextMonth();
            case "trust-pair" -> {
                if (c.trusts().size() < 2) {
                    yield c.trusts().get(0) + " and its partners";
                }
                int first = random.nextInt(c.trusts().size());
                int second = (first + 1 + random.nextInt(c.trusts().size() - 1)) % c.trusts().size();
                yield c.trusts().get(first) + " and " + c.trusts().get(second);
            }
            case "pcns" -> String.valueOf(c.pcns());
            case "ordinal" -> List.of("second", "third", "fourth").get(random.nextInt(3));
            case "pct" -> String.valueOf(2 + random.nextInt(28));
            case "num" -> String.valueOf(40 + random.nextInt(960));
            case "money" -> "£" + (1 + random.nextInt(40)) + "." + random.nextInt(10) + "m";
            default -> throw new IllegalArgumentException("no slot {" + name + "}");
        };
    }

    private static String any(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** Words as a reader counts them: tokens with a letter or digit in them (table rules and list marks are not words). */
    static int words(String markdown) {
        int n = 0;
        for (String token : markdown.split("\\s+")) {
            for (int i = 0; i < token.length(); i++) {
                if (Character.isLetterOrDigit(token.charAt(i))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
