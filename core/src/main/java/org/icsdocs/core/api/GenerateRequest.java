package org.icsdocs.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * @param validate          what to validate, and where the reports go
 * @param templateOverrides project folders whose templates and assets replace built-in ones of the same name
 * @param siteFolder        the generated site's root (documents under {@code documents/})
 */
public record GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder) {

    public GenerateRequest {
        templateOverrides = List.copyOf(templateOverrides);
    }
}
