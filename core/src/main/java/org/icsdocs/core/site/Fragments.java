package org.icsdocs.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.icsdocs.core.output.OutputTree;

/** Reads back what the documents and packs wrote into this generation of the site, for the pages to embed or link. */
final class Fragments {

    private final OutputTree tree;

    Fragments(OutputTree tree) {
        this.tree = tree;
    }

    /** The path, if that file was generated. */
    Optional<String> find(String relative) {
        return Files.isRegularFile(tree.resolve(relative)) ? Optional.of(relative) : Optional.empty();
    }

    Optional<String> read(String relative) {
        Path file = tree.resolve(relative);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
