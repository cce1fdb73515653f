def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
support.copyExample(repoRoot, basedir)
new File(basedir, "src/main/ics/broken.yaml").text = "people:\n  - id: x\n    name: [unclosed\n"
true // the invoker runs the build only when setup returns true
