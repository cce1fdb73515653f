// Shared by the integration tests' setup and verify scripts.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

class ItSupport {
    /** Copies the Kent and Medway example definition into the test project. */
    static void copyExample(File repoRoot, File basedir) {
        Path src = new File(repoRoot, "example-site/src/main/ics").toPath()
        Path dst = new File(basedir, "src/main/ics").toPath()
        Files.walk(src).forEach { p ->
            Path t = dst.resolve(src.relativize(p).toString())
            if (Files.isDirectory(p)) Files.createDirectories(t) else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
        }
    }

    /** A build log never shows a Java stack trace to the user. */
    static void assertNoStackTrace(String log) {
        assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : "stack trace in build log"
        assert !log.contains("Exception:") : "exception class name in build log"
    }
}
