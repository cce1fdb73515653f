// Four ICS projects with the same definition, built concurrently: any cross-talk between builds shows as a difference.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path src = new File(repoRoot.toString(), "core/src/test/resources/fixtures/northshire").toPath()
for (m in ["a", "b", "c", "d"]) {
    Path dst = new File(basedir.toString(), "ics-" + m + "/src/main/ics").toPath()
    Files.walk(src).forEach { p ->
        Path t = dst.resolve(src.relativize(p).toString())
        if (Files.isDirectory(p)) Files.createDirectories(t) else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
    }
}
true // the invoker runs the build only when setup returns true
