package org.icsdocs.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * @param validate          what to validate, and where the reports go
 * @param templateOverrides project folders whose templates and assets replace built-in ones of the same name
 * @param siteFolder        the generated site's root (documents under {@code documents/})
 * @param duplex            start each paper of a board pack on a right-hand page, for printing on both sides
 * @param incremental       reuse the outputs of the last build whose inputs have not changed; false renders everything
 * @param pdf               lay out the PDFs; false writes the website and HTML documents only, a quick look while drafting
 */
public record GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder, boolean duplex, boolean incremental,
                              boolean pdf) {

    public GenerateRequest {
        templateOverrides = List.copyOf(templateOverrides);
    }

    /** A build with PDFs. */
    public GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder, boolean duplex, boolean incremental) {
        this(validate, templateOverrides, siteFolder, duplex, incremental, true);
    }

    /** An incremental build with PDFs. */
    public GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder, boolean duplex) {
        this(validate, templateOverrides, siteFolder, duplex, true, true);
    }

    /** An incremental build of packs for printing on one side of the paper. */
    public GenerateRequest(ValidateRequest validate, List<Path> templateOverrides, Path siteFolder) {
        this(validate, templateOverrides, siteFolder, false, true, true);
    }
}
