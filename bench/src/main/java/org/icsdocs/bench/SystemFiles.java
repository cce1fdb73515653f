package org.icsdocs.bench;

import org.icsdocs.core.init.YamlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The definition folder of one system: writes files below it and keeps count of what was written.
 * YAML files get the yaml-language-server line the example starts with, pointing at the copy of the
 * schema the generator puts at the top of the output folder.
 */
final class SystemFiles {

    /** Folders between the output folder and a system's definition folder: {@code <ods>/src/main/ics}. */
    static final int DEPTH_BELOW_OUTPUT = 4;

    private final Path root;
    private int files;
    private int papers;
    private long paperWords;
    private long bytes;

    SystemFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    void yaml(String relative, List<String> comment, YamlWriter.Node content) {
        List<String> header = new ArrayList<>();
        int depth = DEPTH_BELOW_OUTPUT + (int) relative.chars().filter(c -> c == '/').count();
        header.add("yaml-language-server: $schema=" + "../".repeat(depth) + WorkloadGenerator.SCHEMA_FILE);
        header.add("");
        header.addAll(comment);
        write(relative, YamlWriter.document(header, content));
    }

    void paper(String relative, String markdown) {
        papers++;
        paperWords += Prose.words(markdown);
        write(relative, markdown);
    }

    void write(String relative, String content) {
        Path file = root.resolve(relative);
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        files++;
        bytes += data.length;
    }

    int files() {
        return files;
    }

    int papers() {
        return papers;
    }

    long paperWords() {
        return paperWords;
    }

    long bytes() {
        return bytes;
    }
}
