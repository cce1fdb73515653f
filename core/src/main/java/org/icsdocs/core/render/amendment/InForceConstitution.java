package org.icsdocs.core.render.amendment;

import java.util.ArrayList;
import java.util.List;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.ConstitutionStatus;
import org.icsdocs.core.model.Organisation;
import org.icsdocs.core.render.DocumentRenderer;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.constitution.ConstitutionRenderer;
import org.icsdocs.core.render.constitution.Texts;

/**
 * The constitution the public reads: the one in force. A version has effect only once NHS England
 * approves it (NHS Act 2006 Sch. 1B para 15), so while the definition's current version awaits
 * approval the website and the published documents carry the last approved version, printed from
 * its committed snapshot with its version number and approval date; the draft goes to the review
 * edition only. With no approved snapshot to fall back on, the draft is published, marked "Draft:
 * not yet approved" at its head and in the header of every PDF page.
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
            return markedDraft(current);
        }
        ConstitutionSnapshot approved = approvedSnapshot(context, c);
        SnapshotEdition.Body body = new SnapshotEdition().render(approved);
        String approver = context.index().organisation(c.approvedBy()).map(Organisation::name).orElse("NHS England");
        String subtitle = "Version " + approved.version() + ", approved by " + approver
                + (approved.approvedOn() == null ? "" : " on " + new Texts().date(java.time.LocalDate.parse(approved.approvedOn())))
                + "; the version in force";
        return new RenderedDocument(current.slug(), current.title(), subtitle, body.html(), body.contents(), current.stylesheets(),
                current.attachments());
    }

    private static ConstitutionSnapshot approvedSnapshot(RenderContext context, Constitution c) {
        String file = c.approvedSnapshot().declared();
        byte[] bytes;
        try {
            bytes = context.read(c.approvedSnapshot().resolved());
        } catch (java.io.UncheckedIOException e) {
            throw new RenderException(c.at().of("approvedSnapshot"), "cannot read the approved constitution snapshot " + file, e.getCause());
        }
        return new SnapshotFiles().read(file, bytes, context.definition().ics().id());
    }

    private static RenderedDocument markedDraft(RenderedDocument draft) {
        String banner = "<div class=\"draft-mark\" role=\"note\"><p><strong>" + DRAFT_MARK + ".</strong> This version of the constitution "
                + "has no effect until NHS England approves it.</p></div>\n";
        List<String> stylesheets = new ArrayList<>(draft.stylesheets());
        stylesheets.add(DRAFT_STYLESHEET);
        return new RenderedDocument(draft.slug(), draft.title(), DRAFT_MARK + ". " + draft.subtitle(), banner + draft.bodyHtml(), draft.contents(),
                stylesheets, draft.attachments());
    }
}
