import java.nio.file.Files
import java.nio.file.Path

def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log.contains("BUILD SUCCESS")
assert log.contains("Using the MultiThreadedBuilder") || log.contains("multi-threaded") || log.contains("-T 4") : "the reactor ran in parallel"
support.assertNoStackTrace(log)

def tree = { String m ->
    Path root = new File(basedir, "ics-" + m + "/target/ics/site").toPath()
    def files = [:] as TreeMap
    Files.walk(root).filter { Files.isRegularFile(it) }.forEach { p -> files[root.relativize(p).toString()] = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)).encodeHex().toString() }
    files
}
def a = tree("a")
assert a.containsKey("index.html")
assert a.containsKey("documents/constitution.pdf")
assert a.containsKey("documents/meetings/board-2026-09.pdf")
for (m in ["b", "c", "d"]) {
    assert tree(m) == a : "ics-" + m + " differs from ics-a"
}
