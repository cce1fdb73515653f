package org.icsdocs.core.init;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdocs.core.reference.ReferenceNames;
import org.icsdocs.core.validate.PlaceholderRules;

/** The skeleton's texts that are not YAML: the project's pom.xml and the Markdown prose with headings to fill. */
final class SkeletonTexts {

    private static final String TODO = PlaceholderRules.MARKER;

    private SkeletonTexts() {
    }

    /** A pom.xml that binds ics:validate and ics:generate, dated by the project's creation. */
    static String pom(String shortName, String icbName, LocalDate asAt, String pluginVersion) {
        String artifact = ReferenceNames.slug(shortName) + "-ics";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.icsdocs.systems</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <name>%s Integrated Care System</name>
                  <description>The governance documents and website of %s, built with ics-docs.</description>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <!-- The build date: validation judges the law and organisations as at this day, and
                         every generated document is dated by it. Move it on when you publish. -->
                    <project.build.outputTimestamp>%sT00:00:00Z</project.build.outputTimestamp>
                  </properties>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.icsdocs</groupId>
                        <artifactId>ics-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <id>validate-definition</id>
                            <goals><goal>validate</goal></goals>
                          </execution>
                          <execution>
                            <id>generate-documents</id>
                            <goals><goal>generate</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(artifact, xml(shortName), xml(icbName), asAt, pluginVersion);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The prose files, by path relative to the definition folder.
     *
     * @param trustNamesAndCodes each trust as [name, ODS code]
     */
    static Map<String, String> prose(String shortName, String icbName, LocalDate establishedOn, List<String> councilNames,
                                     List<List<String>> trustNamesAndCodes) {
        Map<String, String> texts = new LinkedHashMap<>();
        StringBuilder about = new StringBuilder("# About " + shortName + " Integrated Care System\n\n");
        about.append(TODO).append("who the system serves and what it is for.\n\n## Who we are\n\n");
        about.append("- **").append(icbName).append("** plans and arranges NHS services for the area.\n");
        about.append("- **").append(shortName).append(" Integrated Care Partnership** brings the NHS, ").append(Skeleton.inWords(councilNames))
                .append(" and their partners together.\n\n");
        about.append("## NHS trusts\n\n| Trust | ODS code |\n| --- | --- |\n");
        for (List<String> t : trustNamesAndCodes) {
            about.append("| ").append(t.get(0)).append(" | ").append(t.get(1)).append(" |\n");
        }
        about.append("\n## Our priorities\n\n").append(TODO).append("the system's priorities.\n");
        texts.put("prose/about.md", about.toString());
        texts.put("prose/constitution-introduction.md", icbName + " (the ICB) was established on " + Skeleton.longDate(establishedOn)
                + " under the National Health Service Act 2006.\n\n" + TODO + "how this constitution came about and what it covers.\n");
        texts.put("prose/public-involvement.md", TODO + "how the ICB involves the public in planning and commissioning.\n\n"
                + "- " + TODO + "one channel per item\n");
        texts.put("prose/engagement-framework.md", "# " + shortName + " Framework for Working with People and Communities\n\n"
                + "## Our commitments\n\n" + TODO + "the framework's commitments.\n\n## How we involve people\n\n" + TODO
                + "the ways people are involved.\n\n## How we report back\n\n" + TODO + "how partners report what changed.\n");
        texts.put("prose/clinical-leadership.md", "# Clinical and Care Professional Leadership Framework\n\n## System\n\n" + TODO
                + "system-level leadership.\n\n## Place\n\n" + TODO + "leadership in each place.\n\n## Neighbourhood\n\n" + TODO
                + "leadership in primary care networks and neighbourhoods.\n");
        return texts;
    }
}
