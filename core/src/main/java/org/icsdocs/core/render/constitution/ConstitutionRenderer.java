package org.icsdocs.core.render.constitution;

import org.icsdocs.core.validate.EligibleNominators;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Disqualification;
import org.icsdocs.core.model.InterestType;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.RenderedDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The ICB's constitution, in the sections of NHS England's model constitution. The data (board,
 * committees, places, delegations, quorum, version history) comes from the definition; standard
 * wording from one overridable template per section under {@code constitution/}; the ICB's own
 * wording from the Markdown files named in {@code constitution.prose}.
 *
 * <p>It renders twice: the definitions appendix lists only the terms the rest of the text uses,
 * and the marker legend appears only if something illustrative was marked, and both are known
 * only once the text exists.
 */
public final class ConstitutionRenderer implements DocumentRenderer {

    public static final String SLUG = "constitution";
    public static final String TEMPLATE = "constitution/constitution.ftlh";
    public static final String STYLESHEET = "constitution/constitution.css";

    private static final String MISSING_REFERENCE = "[missing reference: ";

    @Override
    public String templateFamily() {
        return "constitution";
    }

    @Override
    public RenderedDocument render(RenderContext context) {
        Versions.check(context.definition().constitution());
        Map<String, Object> model = model(context);
        String draft = context.templates().render(TEMPLATE, model);

        Document text = Jsoup.parseBodyFragment(draft);
        Element glossary = text.getElementById("definitions");
        if (glossary != null) {
            glossary.remove();
        }
        model.put("terms", Terms.load(context.templates(), placeholders(context)).usedIn(text.body().text()));
        model.put("illustrativeMarked", !text.select(".illustrative").isEmpty());
        Numbering.Result numbered = new Numbering().apply(context.templates().render(TEMPLATE, model));

        int missing = numbered.html().indexOf(MISSING_REFERENCE);
        if (missing >= 0) {
            String target = numbered.html().substring(missing + MISSING_REFERENCE.length(), numbered.html().indexOf(']', missing));
            throw new RenderException(Location.ofFile(context.templates().origin(TEMPLATE)),
                    "the constitution refers to '#" + target + "', which is not a numbered section or clause of it", null);
        }
        return new RenderedDocument(SLUG, title(context), subtitle(context), numbered.html(), numbered.contents(), List.of(STYLESHEET));
    }

    private Map<String, Object> model(RenderContext context) {
        Definition d = context.definition();
        Map<String, Object> model = new HashMap<>();
        model.put("definition", d);
        model.put("ics", d.ics());
        model.put("icb", context.index().icb().orElse(null));
        model.put("icbName", icbName(context));
        model.put("constitution", d.constitution());
        BoardView board = new BoardView(d.board(), context.index());
        model.put("board", board);
        model.put("facts", new BoardFacts(board, d.constitution()));
        model.put("arrangements", new ArrangementsView(d, context.index()));
        model.put("departures", new Departures(context.validation(), context.index()));
        model.put("prose", LocalProseSections.render(d.constitution(), context));
        model.put("lookup", new Lookup(context.index(), d.board()));
        // Sch. 1B para 8(2): the one derivation BRD-017 judges nominations by, as at the build date.
        model.put("nominators", EligibleNominators.of(d, context.buildDate()));
        model.put("texts", new Texts());
        model.put("disqualifications", List.of(Disqualification.values()));
        model.put("interestTypes", List.of(InterestType.values()));
        model.put("buildDate", context.buildDate());
        model.put("terms", List.of());
        model.put("illustrativeMarked", false);
        return model;
    }

    /** Values for the glossary's placeholders, such as {icb}. */
    private static Map<String, String> placeholders(RenderContext context) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("icb", icbName(context));
        values.put("icp", context.definition().icp() == null ? "the integrated care partnership" : context.definition().icp().name());
        values.put("board", context.definition().board() == null || context.definition().board().name() == null
                ? "the board of the ICB" : context.definition().board().name());
        return values;
    }

    private static String icbName(RenderContext context) {
        return context.index().icb().map(Organisation::name)
                .orElse(context.definition().ics() == null ? "the integrated care board" : context.definition().ics().name());
    }

    private static String title(RenderContext context) {
        return "Constitution of " + icbName(context);
    }

    /** "Version 1.5, approved by NHS England on 20 March 2025", as the page and the PDF show under the title. */
    private static String subtitle(RenderContext context) {
        Constitution c = context.definition().constitution();
        if (c == null) {
            return "";
        }
        Texts texts = new Texts();
        String approver = context.index().organisation(c.approvedBy()).map(Organisation::name).orElse("NHS England");
        return "Version " + c.version() + ", " + switch (c.status()) {
            case DRAFT -> "draft, not yet submitted to " + approver;
            case SUBMITTED -> "submitted to " + approver + " for approval";
            case APPROVED -> "approved by " + approver + (c.approvedOn() == null ? "" : " on " + texts.date(c.approvedOn()));
        };
    }
}
