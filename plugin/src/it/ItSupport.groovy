// Shared by the integration tests' setup and verify scripts: evaluate it and call what it returns.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

[
    // Copies the Kent and Medway example definition into the test project.
    copyExample: { repoRoot, basedir ->
        Path src = new File(repoRoot.toString(), "example-site/src/main/ics").toPath()
        Path dst = new File(basedir.toString(), "src/main/ics").toPath()
        Files.walk(src).forEach { p ->
            Path t = dst.resolve(src.relativize(p).toString())
            if (Files.isDirectory(p)) Files.createDirectories(t) else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
        }
    },
    // A build log never shows the user a Java stack trace.
    assertNoStackTrace: { String log ->
        assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : "stack trace in build log"
        assert !log.contains("Exception:") : "exception class name in build log"
    }
]
