def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
support.copyExample(repoRoot, basedir)
assert new File(basedir, "src/main/ics/committees/audit").deleteDir()
true // the invoker runs the build only when setup returns true
