def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
support.copyExample(repoRoot, basedir)
true // the invoker runs the build only when setup returns true
