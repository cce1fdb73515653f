package org.icsdocs.core.render.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Converts a Word document to PDF with LibreOffice headless, as a reviewer's copy of Word would
 * open it. CI installs it (Debian package {@code libreoffice-writer-nogui}); each conversion uses
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
        Path profile = Files.createDirectories(workDir.resolve("lo-profile"));
        Path out = Files.createDirectories(workDir.resolve("lo-out"));
        Path log = workDir.resolve("lo.log");
        Process p = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Conversion(-1, "timed out after 180 s", null);
        }
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
        Path pdf = out.resolve(name);
        return new Conversion(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), Files.exists(pdf) ? pdf : null);
    }
}
