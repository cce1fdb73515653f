package org.icsdocs.core.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a new project gets beside its definition, so it can be edited and published from the
 * first day: the definition's JSON Schema and the editor settings that use it (VS Code with the
 * YAML extension; other editors read the schema line at the top of each YAML file), and CI
 * workflows for GitHub Actions and GitLab CI that build, report the findings on the pull or merge
 * request and publish the website with Pages.
 */
public final class ProjectFiles {

    /** The schema's place in a project, at its root: the files' schema lines and the editor settings point here. */
    public static final String SCHEMA = "ics-definition.schema.json";

    /** Where the schema of the ics-core this plugin version uses is, on the classpath. */
    static final String SCHEMA_RESOURCE = "/schema/ics-definition.schema.json";

    private static final String DIR = "/org/icsdocs/core/init/project/";

    private ProjectFiles() {
    }

    /** By path in the project: the schema, editor settings and CI workflows. */
    static Map<String, String> all() {
        Map<String, String> files = new TreeMap<>();
        files.put(SCHEMA, read(SCHEMA_RESOURCE));
        files.put(".vscode/settings.json", read(DIR + "vscode-settings.json"));
        files.put(".vscode/extensions.json", read(DIR + "vscode-extensions.json"));
        files.put(".github/workflows/ics.yml", read(DIR + "github-workflow.yml"));
        files.put(".gitlab-ci.yml", read(DIR + "gitlab-ci.yml"));
        files.put(".gitignore", "# the build's output: documents, website and reports, made again by every build\ntarget/\n");
        return files;
    }

    /** The YAML language server's schema line for a file at that path in the project, relative so the project can move. */
    public static String schemaLine(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "# yaml-language-server: $schema=" + "../".repeat((int) depth) + SCHEMA + "\n";
    }

    private static String read(String resource) {
        try (InputStream in = ProjectFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ics-core is missing its resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
