def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
def pom = new File(basedir, "pom.xml").text
assert pom.contains("<artifactId>ics-maven-plugin</artifactId>")
assert pom =~ /<version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/version>/
assert new File(basedir, "src/main/ics/organisations.yaml").text.contains("name: NHS Kent and Medway Integrated Care Board")
assert new File(basedir, "src/main/ics/meetings").isDirectory()
assert !basedir.list().any { it.startsWith(".ics-init-") }
assert log =~ /(?m)src\/main\/ics\/people\.yaml:\d+:\d+: advice INI-001: complete: the name of the chair/
assert log =~ /ics: 0 errors, /
support.assertNoStackTrace(log)
