def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log =~ /(?m)^\[ERROR\] src\/main\/ics\/broken\.yaml:\d+:\d+: error DEF-001: The file is not valid YAML/
assert log.contains("rule checks did not run")
assert log.contains("BUILD FAILURE")
support.assertNoStackTrace(log)
