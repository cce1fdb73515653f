def support = evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
support.copyExample(repoRoot, basedir)
def f = new File(basedir, "src/main/ics/organisations.yaml")
f.text = f.text.replace("ods-code: RN7", "ods-code: XN7")
true // the invoker runs the build only when setup returns true
