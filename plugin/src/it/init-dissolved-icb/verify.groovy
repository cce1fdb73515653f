def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
def log = new File(basedir, "build.log").text
assert log.contains("<icb> (ics.icb) NHS Surrey Heartlands Integrated Care Board (QXU) was dissolved on 31 March 2026")
assert log.contains("use -Dics.icb=S9B9J")
assert !new File(basedir, "pom.xml").exists()
assert !new File(basedir, "src").exists()
assert !new File(basedir, ".github").exists() && !new File(basedir, ".gitlab-ci.yml").exists() && !new File(basedir, "ics-definition.schema.json").exists()
support.assertNoStackTrace(log)
