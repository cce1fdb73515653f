package org.icsdocs.core.generate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.icsdocs.core.api.BuildLog;
import org.icsdocs.core.model.Meeting;
import org.icsdocs.core.output.OutputTree;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.boardpack.BoardPack;
import org.icsdocs.core.render.boardpack.BoardPackRenderer;

/**
 * Publishes a board pack for every meeting held in public that has an agenda (a private
 * meeting's papers are never written into the site folder, which is published as it is): the PDF at
 * {@code documents/meetings/<id>.pdf}, the files its papers link to under
 * {@code documents/meetings/<id>/}, and the agenda and each paper as fragments under
 * {@code fragments/meetings/<id>/}.
 */
final class PackPublisher {

    private final BoardPackRenderer renderer;
    private final BuildLog log;

    PackPublisher(BoardPackRenderer renderer, BuildLog log) {
        this.renderer = renderer;
        this.log = log;
    }

    /** One job per meeting, to run beside the documents. */
    List<Callable<List<GeneratedFile>>> jobs(RenderContext context, DocumentFrame frame, OutputTree tree) {
        List<Callable<List<GeneratedFile>>> jobs = new ArrayList<>();
        for (Meeting meeting : context.definition().meetings()) {
            if (meeting.isPublic() && !meeting.agenda().isEmpty()) {
                jobs.add(() -> publish(context, meeting, frame, tree));
            }
        }
        return jobs;
    }

    private List<GeneratedFile> publish(RenderContext context, Meeting meeting, DocumentFrame frame, OutputTree tree) {
        long started = System.nanoTime();
        BoardPack pack = renderer.render(context, meeting, frame.created(), frame.language());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String documents = BoardPackRenderer.folder(meeting);
        String fragments = "fragments/meetings/" + meeting.id();
        List<GeneratedFile> files = new ArrayList<>();
        write(tree, files, documents + ".pdf", pack.pdf(), pack.pages(), took);
        write(tree, files, fragments + "/agenda.html", pack.agenda().getBytes(StandardCharsets.UTF_8), 0, took);
        pack.papers().forEach((name, html) -> write(tree, files, fragments + "/" + name, html.getBytes(StandardCharsets.UTF_8), 0, took));
        pack.files().forEach((name, bytes) -> write(tree, files, documents + "/" + name, bytes, 0, took));
        log.info("ics: board pack " + meeting.id() + ": " + pack.pages() + " pages, rendered in " + took.toMillis() + " ms"
                + (pack.tagged() ? "" : " (attached PDFs: not tagged PDF/UA)"));
        return files;
    }

    private static void write(OutputTree tree, List<GeneratedFile> files, String path, byte[] bytes, int pages, Duration took) {
        tree.write(path, bytes);
        files.add(new GeneratedFile(path, bytes.length, pages, took));
    }
}
