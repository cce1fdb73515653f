def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
def errors = (log =~ /(?m)^\[ERROR\] (src\/main\/ics\/[^:]+):(\d+):(\d+): error ([A-Z]{3}-\d{3}): (.*)$/).collect { it }
assert errors.size() == 1 : "expected one error, got: " + errors*.get(0)
assert errors[0][1] == "src/main/ics/board.yaml"
assert errors[0][4] == "CTE-001"
assert errors[0][5].contains("has no audit committee")
assert log.contains("BUILD FAILURE")
assert log.contains("ics.failOn")
support.assertNoStackTrace(log)
