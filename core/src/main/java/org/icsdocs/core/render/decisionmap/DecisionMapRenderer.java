package org.icsdocs.core.render.decisionmap;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The structure chart as an {@code <svg>} element, for a page. */
    String svg(RenderContext context) {
        StructureChart chart = chart(context);
        TextMeasure measure = measure(context);
        ChartLayout.Result layout = new ChartLayout(measure).layout(chart);
        return new SvgWriter(measure, ID_PREFIX).write(layout, ChartText.title(icbName(context)), ChartText.description(chart));
    }

    static StructureChart chart(RenderContext context) {
        return StructureChart.of(context.definition(), context.index());
    }

    /** Text widths from the fonts the templates ship (or a project overrides), so wrapping matches what is printed. */
    static TextMeasure measure(RenderContext context) {
        return TextMeasure.of(context.templates().findAsset("fonts/LiberationSans-Regular.ttf"),
                context.templates().findAsset("fonts/LiberationSans-Bold.ttf"));
    }

    private static String icbName(RenderContext context) {
        return context.index().icb().map(Organisation::name)
                .orElse(context.definition().ics() != null && context.definition().ics().name() != null ? context.definition().ics().name() : "the ICB");
    }
}
