package org.icsdocs.core.render.decisionmap;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icsdocs.core.incremental.Digest;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;

/**
 * The functions-and-decision map: "a high-level structural chart that sets out which key
 * decisions are delegated and taken by which part or parts of the system". Its two faces are a
 * structure chart (SVG laid out by ELK) and a table of every function and decision, which is
 * also the chart's text alternative.
 */
public final class DecisionMapRenderer implements DocumentRenderer {

    public static final String SLUG = "decision-map";
    public static final String TITLE = "Functions and decision map";
    static final String TEMPLATE = "decision-map/decision-map.ftlh";
    static final String STYLESHEET = "decision-map/decision-map.css";
    /** Prefix of every id inside the SVG, so it can sit in a page beside other documents' ids. */
    static final String ID_PREFIX = "decision-map-";

    private static final String REGULAR_FONT = "fonts/LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = "fonts/LiberationSans-Bold.ttf";
    /** The name the laid-out chart is kept under between builds. */
    static final String KEPT_AS = "decision-map-chart.svg";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public String templateFamily() {
        return "decision-map";
    }

    @Override
    public RenderedDocument render(RenderContext context) {
        Definition d = context.definition();
        FunctionTable table = new FunctionTable(d, context.index(), context.validation());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("icbName", icbName(context));
        model.put("systemName", d.ics() == null || d.ics().name() == null ? icbName(context) : d.ics().name());
        model.put("boardName", d.board() == null ? "the board" : context.index().bodyName(d.board().id()));
        String svg = svg(context);
        model.put("diagram", svg);
        model.put("groups", table.groups());
        model.put("otherDepartures", table.otherDepartures());
        model.put("asAt", DATE.format(context.buildDate()));
        // The board's make-up and quorum in the constitution's words, from the one source the constitution and site use.
        model.put("facts", d.board() == null ? null : new org.icsdocs.core.render.constitution.BoardFacts(
                new org.icsdocs.core.render.constitution.BoardView(d.board(), context.index()), d.constitution()));
        model.put("hasScheme", d.scheme() != null);
        Numbering.Result numbered = new Numbering().apply(context.templates().render(TEMPLATE, model));
        java.util.SortedMap<String, byte[]> attachments = new java.util.TreeMap<>();
        attachments.put(SLUG + ".svg", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new RenderedDocument(SLUG, TITLE, icbName(context) + ", as at " + DATE.format(context.buildDate()),
                numbered.html(), numbered.contents(), List.of(STYLESHEET), attachments);
    }

    /** The structure chart on its own, as written to {@code decision-map.svg}: an SVG document with its XML declaration. */
    public String standaloneSvg(RenderContext context) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(context);
    }

    /**
     * The structure chart as an {@code <svg>} element, for a page. Laying it out is most of the
     * map's time (ELK, several layouts tried), so the drawing is kept between builds under the key
     * of everything it is made from, the chart's bodies and lines, its title and the fonts that
     * measure its text: a build whose chart has not changed reuses it without running ELK.
     */
    String svg(RenderContext context) {
        StructureChart chart = chart(context);
        String title = ChartText.title(icbName(context));
        String description = ChartText.description(chart);
        Optional<byte[]> regular = context.templates().findAsset(REGULAR_FONT);
        Optional<byte[]> bold = context.templates().findAsset(BOLD_FONT);
        Digest key = chart.fingerprint(new Digest()).add("title", title).add("description", description)
                .add("regular", regular.map(Digest::of).orElse(Digest.ABSENT)).add("bold", bold.map(Digest::of).orElse(Digest.ABSENT));
        return context.kept().value(KEPT_AS, key.hex(), () -> {
            TextMeasure measure = TextMeasure.of(regular, bold);
            return new SvgWriter(measure, ID_PREFIX).write(new ChartLayout(measure).layout(chart), title, description);
        });
    }

    static StructureChart chart(RenderContext context) {
        return StructureChart.of(context.definition(), context.index());
    }

    /** Text widths from the fonts the templates ship (or a project overrides), so wrapping matches what is printed. */
    static TextMeasure measure(RenderContext context) {
        return TextMeasure.of(context.templates().findAsset(REGULAR_FONT), context.templates().findAsset(BOLD_FONT));
    }

    private static String icbName(RenderContext context) {
        return context.index().icb().map(Organisation::name)
                .orElse(context.definition().ics() != null && context.definition().ics().name() != null ? context.definition().ics().name() : "the ICB");
    }
}
