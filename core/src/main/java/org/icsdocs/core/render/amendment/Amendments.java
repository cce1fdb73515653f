package org.icsdocs.core.render.amendment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdocs.core.model.Amendment;
import org.icsdocs.core.model.Constitution;
import org.icsdocs.core.model.ConstitutionChange;
import org.icsdocs.core.model.ConstitutionStatus;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderException;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.constitution.Versions;

/**
 * Snapshots and redlines of the constitution, from a render context and the constitution as
 * rendered: what the ics:snapshot goal writes and what a build compares with it.
 */
public final class Amendments {

    /**
     * The snapshot of the constitution as rendered now; only an approved version is kept as the baseline of the next.
     *
     * @param toolVersion the ics-docs version that wrote it, recorded in the snapshot
     */
    public ConstitutionSnapshot snapshot(RenderContext context, RenderedDocument constitution, String toolVersion) {
        Definition d = context.definition();
        Constitution c = d.constitution();
        if (c == null) {
            throw new RenderException(org.icsdocs.core.diagnostic.Location.ofFile("ics.yaml"), "the definition has no constitution to snapshot", null);
        }
        if (c.status() != ConstitutionStatus.APPROVED) {
            throw new RenderException(c.at().of("status"), "only an approved version of the constitution is kept as a snapshot; version "
                    + c.version() + " is " + c.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ". Record NHS England's approval (status: approved, approved-on) first", null);
        }
        String icb = context.index().icb().map(o -> o.name()).orElse(d.ics().name());
        return new ConstitutionSnapshot(ConstitutionSnapshot.FORMAT, ConstitutionSnapshot.FORMAT_VERSION, toolVersion, d.ics().id(), icb,
                c.version(), c.approvedOn() == null ? null : c.approvedOn().toString(), new ClauseExtractor().extract(constitution.bodyHtml()));
    }

    /** The redline against the approved snapshot the definition names, if it names one. */
    public Optional<Redline.Result> redline(RenderContext context, RenderedDocument constitution) {
        Constitution c = context.definition().constitution();
        if (c == null || c.approvedSnapshot() == null) {
            return Optional.empty();
        }
        String file = c.approvedSnapshot().declared();
        ConstitutionSnapshot approved = approvedSnapshot(context, c);
        if (Versions.compare(approved.version(), c.version()) >= 0 && c.status() != ConstitutionStatus.APPROVED) {
            throw new RenderException(c.at().of("version"), "version " + c.version() + " in progress does not come after the approved version "
                    + approved.version() + " in " + file + "; a version number never goes backwards", null);
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ConstitutionChange change : c.changes()) {
            reasons.put(change.section(), change.reason());
        }
        String fallback = "Changes of version " + c.version() + ".";
        String when = c.amendments().stream().filter(a -> a.version().equals(approved.version())).map(Amendment::date)
                .map(date -> new org.icsdocs.core.render.constitution.Texts().date(date)).findFirst()
                .orElse(approved.approvedOn() == null ? "" : new org.icsdocs.core.render.constitution.Texts().date(java.time.LocalDate.parse(approved.approvedOn())));
        List<ClauseEntry> current = new ClauseExtractor().extract(constitution.bodyHtml());
        return Optional.of(new Redline().render(approved, current, constitution.title(), c.version(), when, reasons, fallback));
    }

    /** The committed snapshot of the approved version the definition names; a located error if it cannot be read. */
    static ConstitutionSnapshot approvedSnapshot(RenderContext context, Constitution c) {
        String file = c.approvedSnapshot().declared();
        byte[] bytes;
        try {
            bytes = context.read(c.approvedSnapshot().resolved());
        } catch (java.io.UncheckedIOException e) {
            throw new RenderException(c.at().of("approvedSnapshot"), "cannot read the approved constitution snapshot " + file, e.getCause());
        }
        return new SnapshotFiles().read(file, bytes, context.definition().ics().id());
    }
}
