package org.icsdocs.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;



import org.junit.jupiter.api.Test;

/** Every page of the example site, not a sample: valid HTML by the W3C Nu checker, and no broken internal link. */
class SiteValidityTest {

    private static SimpleDocumentValidator checker(NuErrors errors) throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, true); // no log4j set-up: quiet
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        return validator;
    }

    @Test
    void theCheckerReportsAnInvalidPage(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path bad = temp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><table><caption>c</caption><li>no</li></table><p id=a></p><p id=a></p></body></html>");
        NuErrors errors = new NuErrors();
        errors.page = "bad.html";
        checker(errors).checkHtmlFile(bad.toFile(), true);
        assertThat(errors.found).isNotEmpty();
    }

    @Test
    void everyPagePassesTheNuHtmlCheckerWithNoErrors() throws Exception {
        NuErrors errors = new NuErrors();
        SimpleDocumentValidator validator = checker(errors);
        List<String> pages = ExampleSite.pages();
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(ExampleSite.folder().resolve(page).toFile(), true);
        }
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(errors.found).isEmpty();
    }

    @Test
    void everyInternalLinkResolvesToAGeneratedFileAndFragment() throws IOException {
        Path site = ExampleSite.folder();
        InternalLinks links = InternalLinks.of(site, ExampleSite.pages());
        assertThat(links.checked()).isGreaterThan(1000);
        assertThat(links.broken()).isEmpty();
    }
}
