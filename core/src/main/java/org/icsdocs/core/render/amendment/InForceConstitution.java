package org.icsdocs.core.render.amendment;

import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.ConstitutionStatus;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.constitution.Texts;

/**
 * The constitution the public reads. A version has effect only once NHS England approves it (NHS
 * Act 2006 Sch. 1B para 15), so while the definition's current version awaits approval it is
 * published marked "Draft: not yet approved" at its head and in the header of every PDF page, with
 * the version in force and its approval date named from the committed snapshot; the approved
 * text itself is in the review edition's redline, beside the draft.
 *
 * <p>Why the draft and not the approved text from its snapshot: a snapshot keeps the clauses' words,
 * not their lists, links and tables, so a page printed from it reads worse than the approved
 * document did; and the example's snapshot of version 1.5 keeps words an approved constitution
 * would not carry (its members' names, which version 1.6 removes).
 */
public final class InForceConstitution implements DocumentRenderer {

    public static final String DRAFT_MARK = "Draft: not yet approved";
    public static final String DRAFT_STYLESHEET = "constitution/draft.css";

    @Override
    public String templateFamily() {
        return new ConstitutionRenderer().templateFamily();
    }

    @Override
    public RenderedDocument render(RenderContext context) {
        RenderedDocument current = new ConstitutionRenderer().render(context);
        Constitution c = context.definition().constitution();
        if (c == null || c.status() == ConstitutionStatus.APPROVED) {
            return current;
        }
        if (c.approvedSnapshot() == null) {
            return markedDraft(current, "");
        }
        ConstitutionSnapshot approved = Amendments.approvedSnapshot(context, c);
        String approver = context.index().organisation(c.approvedBy()).map(Organisation::name).orElse("NHS England");
        String inForce = " The version in force is version " + approved.version() + ", approved by " + approver
                + (approved.approvedOn() == null ? "" : " on " + new Texts().date(java.time.LocalDate.parse(approved.approvedOn()))) + ".";
        return markedDraft(current, inForce);
    }

    private static RenderedDocument markedDraft(RenderedDocument draft, String inForce) {
        String banner = "<div class=\"draft-mark\" role=\"note\"><p><strong>" + DRAFT_MARK + ".</strong> This version of the constitution "
                + "has no effect until NHS England approves it." + inForce + "</p></div>\n";
        List<String> stylesheets = new ArrayList<>(draft.stylesheets());
        stylesheets.add(DRAFT_STYLESHEET);
        return new RenderedDocument(draft.slug(), draft.title(), DRAFT_MARK + ". " + draft.subtitle(), banner + draft.bodyHtml(), draft.contents(),
                stylesheets, draft.attachments());
    }
}
