package org.icsdocs.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/** The checking tools' releases, written into the jar by the build from pom.xml (testing-tools.properties). */
final class TestingTools {

    static final Map<String, String> VERSIONS = load();

    private TestingTools() {
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = TestingTools.class.getResourceAsStream("testing-tools.properties")) {
            if (in == null) {
                throw new IllegalStateException("testing-tools.properties is missing from the ics-core jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("axe-core", p.getProperty("axe-core"), "nu-validator", p.getProperty("nu-validator"), "verapdf", p.getProperty("verapdf"));
    }
}
