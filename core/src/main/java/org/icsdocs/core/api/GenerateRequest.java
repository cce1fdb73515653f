package org.icsdocs.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * @param validate          what to validate, and where the reports go
 * @param templateOverrides project folders whose templates and assets replace built-in ones of the same name
 * @param siteFolder        the generated site's root (documents under {@code documents/})
 * @param duplex            start each paper of a board pack on a right-hand page, for printing on both sides
 */
public record GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder, boolean duplex) {

    public GenerateRequest {
        templateOverrides = List.copyOf(templateOverrides);
    }

    /** Packs for printing on one side of the paper. */
    public GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder) {
        this(validate, templateOverrides, siteFolder, false);
    }
}
