package org.icsdocs.core.render.handbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.icsdocs.core.model.Authorities;
import org.icsdocs.core.model.Committee;
import org.icsdocs.core.model.ContractAward;
import org.icsdocs.core.model.FileRef;
import org.icsdocs.core.model.Gift;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.Policy;
import org.icsdocs.core.model.Sponsorship;
import org.icsdocs.core.render.RenderContext;

/**
 * What the registers' and the terms of reference's templates call (as {@code hv.…}), on the
 * website and in the governance handbook alike, so that both print each register from the same
 * template and the same records: names by id, dates and sums in words, entries newest first.
 */
public final class RegisterView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RenderContext context;

    public RegisterView(RenderContext context) {
        this.context = context;
    }

    public String personName(String id) {
        return blank(id) ? "" : context.index().personName(id);
    }

    /** A person's name with their job title, as a register prints who was offered something. */
    public String personWithTitle(String id) {
        if (blank(id)) {
            return "";
        }
        String title = context.index().person(id).map(p -> p.jobTitle()).orElse(null);
        return personName(id) + (blank(title) ? "" : ", " + title);
    }

    public String orgName(String id) {
        // a primary care network may be named where an organisation may (an interest held in one): it reads by its name too
        return blank(id) ? "" : context.index().organisation(id).map(Organisation::name)
                .or(() -> context.index().pcn(id).map(p -> p.name())).orElse(context.index().organisationName(id));
    }

    public String bodyName(String id) {
        return blank(id) ? "" : context.index().bodyName(id);
    }

    /** A date in words; empty for a date the definition leaves out (passed as {@code x!""}). */
    public String date(Object date) {
        return date instanceof LocalDate d ? DATE.format(d) : "";
    }

    /** What a committee is, in a phrase: "A committee of the board", "A joint committee". */
    public String constitutedAs(Committee c) {
        return constitutedAs(c, blank(c.reportsTo()) ? "" : bodyName(c.reportsTo()));
    }

    /** The phrase for a committee that reports to the body named (empty for none), for every view that names committees. */
    public static String constitutedAs(Committee c, String parent) {
        String of = parent.isEmpty() ? "" : " of " + (parent.startsWith("NHS ") || parent.startsWith("the ") ? parent : "the " + parent);
        return switch (c.effectiveType()) {
            case COMMITTEE -> "A committee" + of;
            case SUB_COMMITTEE -> "A sub-committee" + of;
            case JOINT_COMMITTEE -> "A joint committee";
        };
    }

    /** A Markdown file from the definition as safe HTML, its headings pushed below the page's. */
    public String markdown(FileRef file, int headingShift) {
        return file == null ? "" : context.markdownFile(file, headingShift);
    }

    public List<Gift> gifts() {
        return newestFirst(context.definition().gifts(), Gift::offeredOn);
    }

    public List<Sponsorship> sponsorships() {
        return newestFirst(context.definition().sponsorships(), Sponsorship::offeredOn);
    }

    public List<ContractAward> awards() {
        return context.definition().procurement() == null ? List.of()
                : newestFirst(context.definition().procurement().awards(), ContractAward::decidedOn);
    }

    public List<Policy> policies() {
        return context.definition().policies();
    }

    public boolean reviewOverdue(Policy p) {
        return p.reviewDue() != null && p.reviewDue().isBefore(context.buildDate());
    }

    /** Who gave it: the organisation's name or the name written. */
    public String donor(Gift g) {
        return blank(g.donor()) ? text(g.donorName()) : orgName(g.donor());
    }

    public String sponsor(Sponsorship s) {
        return blank(s.sponsor()) ? text(s.sponsorName()) : orgName(s.sponsor());
    }

    /**
     * The authority an award was decided under, in words: the scheme of reservation and
     * delegation's category and the limit of the holder that decided. Never an id: without a
     * scheme, or with a category it lacks, the register says only which body decided.
     */
    public String authority(ContractAward a) {
        Authorities scheme = Authorities.of(context.definition());
        if (blank(a.authority()) || scheme.category(a.authority()).isEmpty()) {
            return blank(a.decidedBy()) ? "" : "A decision for " + theBody(a.decidedBy());
        }
        String category = scheme.category(a.authority()).get().name();
        String limit = blank(a.decidedBy()) ? "" : scheme.authorityFor(a.authority(), a.value(), a.decidedBy())
                .map(x -> x.limit() == null ? ", without limit" : ", up to " + x.limit()).map(l -> "; held by " + theBody(a.decidedBy()) + l).orElse("");
        return "Scheme of reservation and delegation: " + category + limit;
    }

    private String theBody(String id) {
        String name = bodyName(id);
        return name.startsWith("NHS ") || name.startsWith("the ") || name.startsWith("The ") ? name : "the " + name;
    }

    /** Whether any entry is marked illustrative, for the notice above a register. */
    public boolean anyIllustrative(List<?> entries) {
        for (Object e : entries) {
            Boolean flag = e instanceof Gift g ? g.illustrative() : e instanceof Sponsorship s ? s.illustrative()
                    : e instanceof ContractAward a ? a.illustrative() : e instanceof Policy p ? p.illustrative() : null;
            if (Boolean.TRUE.equals(flag)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> newestFirst(List<T> entries, java.util.function.Function<T, LocalDate> date) {
        List<T> out = new ArrayList<>(entries);
        out.sort(Comparator.comparing(date, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
