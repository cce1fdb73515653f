assert new File(basedir, "build.log").text.contains("ics: skipped")
