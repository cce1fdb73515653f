evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
ItSupport.copyExample(repoRoot, basedir)
new File(basedir, "src/main/ics/broken.yaml").text = "people:\n  - id: x\n    name: [unclosed\n"
