def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log =~ /(?m)^\[ERROR\] src\/main\/ics: error DEF-005: The definition folder does not exist/
support.assertNoStackTrace(log)
