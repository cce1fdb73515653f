package org.icsdocs.core.model;

import java.nio.file.Path;

/**
 * A file named in the definition, as written ({@code declared}) and resolved against the folder
 * of the YAML file that names it. Whether it exists and stays inside the definition folder is
 * checked by STR-002, not here, so one bad path never hides the rest of the definition.
 */
public record FileRef(String declared, Path resolved) {

    public String extension() {
        String name = resolved.getFileName() == null ? "" : resolved.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return declared;
    }
}
