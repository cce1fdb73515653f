def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log =~ /(?m)^\[WARNING\] src\/main\/ics\/organisations\.yaml:\d+:\d+: warning STR-004: ODS code 'XN7'/
assert log.contains("findings of severity 'warning' or worse fail the build")
support.assertNoStackTrace(log)
