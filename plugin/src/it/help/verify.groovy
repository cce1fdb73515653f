def log = new File(basedir, "build.log").text
assert log.contains("ics:validate")
assert log.contains("failOn")
assert log.contains("definitionDirectory")
