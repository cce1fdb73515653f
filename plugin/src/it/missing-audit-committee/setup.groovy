evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
ItSupport.copyExample(repoRoot, basedir)
assert new File(basedir, "src/main/ics/committees/audit.yaml").delete()
