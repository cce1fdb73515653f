package org.icsdocs.core.generate;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.icsdocs.core.build.Job;
import org.icsdocs.core.build.JobGenerator;
import org.icsdocs.core.build.JobOutput;
import org.icsdocs.core.build.Stage;
import org.icsdocs.core.model.Definition;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.boardpack.BoardPack;
import org.icsdocs.core.render.boardpack.BoardPackRenderer;

/**
 * Writes the board pack of every meeting with an agenda: for a meeting held in public, into the
 * site folder (a private meeting's papers are never written there: it is published as it is, and
 * they go to the members' folder, see {@link Audience}): the PDF at
 * {@code documents/meetings/<id>.pdf}, the files its papers link to under
 * {@code documents/meetings/<id>/}, and the agenda and each paper as fragments under
 * {@code fragments/meetings/<id>/}.
 */
final class PackPublisher implements JobGenerator {

    static final List<String> TEMPLATE_FAMILIES = List.of("board-pack", "handbook", "documents", "fonts");

    private final Supplier<BoardPackRenderer> renderer;
    private final List<Meeting> meetings;
    private final DocumentFrame frame;
    private final boolean forTheSite;

    /** @param renderer made only when a pack is rendered: the PDF engine loads its fonts */
    PackPublisher(Supplier<BoardPackRenderer> renderer, Definition definition, Audience audience, DocumentFrame frame) {
        this.renderer = renderer;
        this.meetings = packed(definition, audience);
        this.frame = frame;
        this.forTheSite = audience == Audience.PUBLIC;
    }

    @Override
    public Map<String, List<String>> declared() {
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        meetings.forEach(m -> jobs.put(jobId(m), TEMPLATE_FAMILIES));
        return jobs;
    }

    @Override
    public List<Job> jobs(Stage stage, OutputTree tree, ExecutorService pool) {
        if (stage != Stage.SOURCES) {
            return List.of();
        }
        return meetings.stream().map(m -> Job.keyedById(jobId(m), TEMPLATE_FAMILIES, context -> publish(context, m))).toList();
    }

    /** The meetings with an agenda whose packs are for the audience: held in public for the site, in private for the members. */
    static List<Meeting> packed(Definition definition, Audience audience) {
        return definition.meetings().stream()
                .filter(m -> !m.agenda().isEmpty() && m.isPublic() == (audience == Audience.PUBLIC))
                .toList();
    }

    private static String jobId(Meeting meeting) {
        return "pack:" + meeting.id();
    }

    /** For the site, the agenda and papers are written as fragments for the website's pages too. */
    private JobOutput publish(RenderContext context, Meeting meeting) {
        BoardPack pack = renderer.get().render(context, meeting, frame.created(), frame.language());
        String documents = BoardPackRenderer.folder(meeting);
        String fragments = "fragments/meetings/" + meeting.id();
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (pack.pdf() != null) {
            files.put(documents + ".pdf", pack.pdf());
        }
        if (forTheSite) {
            files.put(fragments + "/agenda.html", pack.agenda().getBytes(StandardCharsets.UTF_8));
            pack.papers().forEach((name, html) -> files.put(fragments + "/" + name, html.getBytes(StandardCharsets.UTF_8)));
        }
        pack.files().forEach((name, bytes) -> files.put(documents + "/" + name, bytes));
        if (pack.pdf() == null) {
            return JobOutput.of(files, Map.of(), "board pack " + meeting.id() + ": agenda and papers as HTML only");
        }
        return JobOutput.of(files, Map.of(documents + ".pdf", pack.pages()),
                "board pack " + meeting.id() + ": " + pack.pages() + " pages" + (pack.tagged() ? "" : " (attached PDFs: not tagged PDF/UA)"));
    }
}
