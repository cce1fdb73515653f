package org.icsdocs.core.render.scheme;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.model.SchemeOfDelegation;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.Numbering;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;

/**
 * The scheme of reservation and delegation (SoRD): the matters reserved to the board, then each
 * delegated decision with who may take it, up to which limit and on which conditions, the roles
 * it delegates to and the functions of the map each decision serves. Published, like the map,
 * beside the constitution (model constitution, clause 1.6).
 */
public final class SchemeRenderer implements DocumentRenderer {

    public static final String SLUG = "scheme-of-delegation";
    public static final String TITLE = "Scheme of reservation and delegation";
    static final String TEMPLATE = "scheme/scheme.ftlh";
    static final String STYLESHEET = "scheme/scheme.css";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public String templateFamily() {
        return "scheme";
    }

    @Override
    public boolean publishes(Definition definition) {
        return definition.scheme() != null;
    }

    @Override
    public RenderedDocument render(RenderContext context) {
        Definition d = context.definition();
        SchemeOfDelegation scheme = d.scheme();
        SchemeView view = new SchemeView(d, context.index());
        Map<String, Object> model = new LinkedHashMap<>();
        String icb = icbName(context);
        model.put("icbName", icb);
        model.put("boardName", d.board() == null ? "the board" : context.index().bodyName(d.board().id()));
        model.put("version", scheme.version());
        model.put("approvedOn", scheme.approvedOn() == null ? null : DATE.format(scheme.approvedOn()));
        model.put("reviewDue", scheme.reviewDue() == null ? null : DATE.format(scheme.reviewDue()));
        model.put("illustrative", Boolean.TRUE.equals(scheme.illustrative()));
        model.put("reserved", view.reserved());
        model.put("themes", view.delegatedByTheme());
        model.put("roles", view.roles());
        model.put("functions", view.functions());
        Numbering.Result numbered = new Numbering().apply(context.templates().render(TEMPLATE, model));
        StringBuilder subtitle = new StringBuilder(icb);
        if (scheme.version() != null) {
            subtitle.append(", version ").append(scheme.version());
        }
        if (scheme.approvedOn() != null) {
            subtitle.append(", approved by the board on ").append(DATE.format(scheme.approvedOn()));
        }
        return new RenderedDocument(SLUG, TITLE, subtitle.toString(), numbered.html(), numbered.contents(), List.of(STYLESHEET));
    }

    private static String icbName(RenderContext context) {
        return context.index().icb().map(Organisation::name)
                .orElse(context.definition().ics() != null && context.definition().ics().name() != null ? context.definition().ics().name() : "the ICB");
    }
}
