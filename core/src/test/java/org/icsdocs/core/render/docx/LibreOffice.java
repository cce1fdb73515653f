package org.icsdocs.core.render.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icsdocs.core.testing.OptionalTools;

/**
 * Converts a Word document to PDF with LibreOffice headless, as a reviewer's copy of Word would
 * open it. CI installs it (Debian package {@code libreoffice-writer-nogui}); where it is not on the
 * PATH the calling test is skipped, saying so. Each conversion uses
 * its own user profile so parallel builds do not share one.
 */
public final class LibreOffice {

    /** What the conversion produced: its exit code, what it printed, and the PDF if one was written. */
    public record Conversion(int exitCode, String output, Path pdf) {
        public boolean succeeded() {
            return exitCode == 0 && pdf != null && Files.isRegularFile(pdf);
        }
    }

    private LibreOffice() {
    }

    public static Conversion toPdf(Path docx, Path workDir) throws IOException, InterruptedException {
        return toPdf(List.of(docx), workDir).get(0);
    }

    /** Several documents in one start of LibreOffice (a start with a new profile takes most of the time). */
    public static List<Conversion> toPdf(List<Path> docxs, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("lo-profile"));
        Path out = Files.createDirectories(workDir.resolve("lo-out"));
        Path log = workDir.resolve("lo.log");
        List<String> command = new java.util.ArrayList<>(List.of(OptionalTools.require(OptionalTools.Tool.SOFFICE).toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString()));
        docxs.forEach(d -> command.add(d.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return docxs.stream().map(d -> new Conversion(-1, "timed out after 300 s", null)).toList();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return docxs.stream().map(docx -> {
            Path pdf = out.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
            return new Conversion(p.exitValue(), output, Files.exists(pdf) ? pdf : null);
        }).toList();
    }
}
