evaluate(new File(basedir, "../../../src/it/ItSupport.groovy"))
ItSupport.copyExample(repoRoot, basedir)
