package org.icsdocs.core.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.icsdocs.core.fonts.EmbeddedFonts;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need beyond JDK 17 and Maven, which is all the README asks a developer to have.
 * A test that needs one of these calls {@link #require} (or {@link #requireCjkFont}) first: where it
 * is missing the test is skipped, and the reason is printed and kept in Surefire's report, so a
 * developer's run stays green and says what it did not check. CI installs every one of them
 * ({@code .ci/run}), so there every test runs.
 */
public final class OptionalTools {

    /** A program looked for on the PATH, and the Debian package that brings it. */
    public enum Tool {
        SOFFICE("soffice", "LibreOffice", "libreoffice-writer-nogui"),
        CHROMIUM("chromium", "Chromium", "chromium"),
        CHROMEDRIVER("chromedriver", "ChromeDriver", "chromium-driver"),
        PDFTOTEXT("pdftotext", "poppler's pdftotext", "poppler-utils");

        final String command;
        final String title;
        final String debianPackage;

        Tool(String command, String title, String debianPackage) {
            this.command = command;
            this.title = title;
            this.debianPackage = debianPackage;
        }
    }

    private OptionalTools() {
    }

    /** The tool's executable on the PATH, if there is one. */
    public static Optional<Path> find(Tool tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, tool.command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The tool's executable; skips the calling test, saying why, when it is not on the PATH. */
    public static Path require(Tool tool) {
        Optional<Path> found = find(tool);
        skipUnless(found.isPresent(), tool.title + " (" + tool.command + ") is not on the PATH; install Debian's "
                + tool.debianPackage + " to run this test");
        return found.orElseThrow();
    }

    /**
     * Skips the calling test when this build of ics-templates has no Chinese, Japanese and Korean
     * face: the templates copy Droid Sans Fallback from Debian's fonts-droid-fallback when it is installed.
     */
    public static void requireCjkFont() {
        skipUnless(EmbeddedFonts.drawsCjk(), "the CJK fallback font is not in this build of ics-templates; install Debian's "
                + "fonts-droid-fallback and rebuild to run this test");
    }

    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            // Surefire's summary counts a skip but does not say why: the reason goes to the console as well.
            System.err.println("[SKIPPED] " + caller() + ": " + reason);
        }
        Assumptions.assumeTrue(condition, reason);
    }

    /** The test that asked, for the printed reason: the outermost frame of a test class (the method JUnit ran, not a helper of it). */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("org.icsdocs") && f.getClassName().endsWith("Test"))
                .reduce((inner, outer) -> outer).map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("a test"));
    }
}
