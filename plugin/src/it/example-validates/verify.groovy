def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log =~ /ics: 0 errors, 0 warnings, \d+ advice \(\d+ justified\) in \d+ files/
assert new File(basedir, "target/ics/validation.json").isFile()
assert new File(basedir, "target/ics/validation.sarif").text.contains('"version" : "2.1.0"')
assert log.contains("BUILD SUCCESS")
