def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
def pom = new File(basedir, "pom.xml").text
assert pom.contains("<artifactId>ics-maven-plugin</artifactId>")
assert pom =~ /<version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/version>/
assert new File(basedir, "src/main/ics/organisations.yaml").text.contains("name: NHS Kent and Medway Integrated Care Board")
assert new File(basedir, "src/main/ics/meetings").isDirectory()
assert !basedir.list().any { it.startsWith(".ics-init-") }
// the editor's schema and settings, and the CI workflows that build and publish the site
assert new File(basedir, "ics-definition.schema.json").text.contains('"title" : "ICS definition (ics-docs)"')
assert new File(basedir, "src/main/ics/ics.yaml").readLines()[0] == '# yaml-language-server: $schema=../../../ics-definition.schema.json'
assert new File(basedir, ".vscode/settings.json").text.contains('"./ics-definition.schema.json"')
assert new File(basedir, ".github/workflows/ics.yml").text.contains("github/codeql-action/upload-sarif@")
assert new File(basedir, ".gitlab-ci.yml").text.contains("pages:")
assert log =~ /(?m)src\/main\/ics\/people\.yaml:\d+:\d+: advice INI-001: complete: the name of the chair/
assert log =~ /ics: 0 errors, /
support.assertNoStackTrace(log)
