def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log.contains("<failOn> (ics.failOn) 'sometimes' is not a severity; use error, warning or advice")
support.assertNoStackTrace(log)
