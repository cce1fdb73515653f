package org.icsdocs.core.render.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.generate.ReviewPublisher;
import org.icsdocs.core.render.DocumentFormats;
import org.icsdocs.core.render.DocumentFrame;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.RenderedDocument;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public reads the constitution in force: Kent and Medway's v1.6 awaits approval, so the site's
 * documents carry v1.5 from its snapshot and v1.6 goes to the review edition only; a draft with no
 * approved version behind it is published marked as a draft on every page.
 */
class PublicConstitutionTest {

    private static final DocumentFrame FRAME = new DocumentFrame("NHS Kent and Medway", "en-GB", null,
            Instant.parse("2026-11-01T00:00:00Z"), "constitution.pdf");

    @TempDir
    Path temp;

    private static RenderContext context(DefinitionFixture fixture) {
        Outcome outcome = fixture.validate();
        return RenderContext.of(outcome.load().definition().orElseThrow(), outcome.report(), DefinitionFixture.AS_OF, TemplateEngine.builtIn(),
                fixture.root());
    }

    private DefinitionFixture kentAndMedway() {
        return DefinitionFixture.copyOf(Path.of("../example-site/src/main/ics"), temp.resolve("km"));
    }

    @Test
    void theExamplesPublicConstitutionIsTheDraftMarkedAsSuchNamingTheVersionInForce() {
        RenderedDocument published = new InForceConstitution().render(context(kentAndMedway()));
        String text = Jsoup.parseBodyFragment(published.bodyHtml()).text();

        assertThat(published.subtitle()).startsWith(InForceConstitution.DRAFT_MARK);
        assertThat(text).contains(InForceConstitution.DRAFT_MARK)
                .contains("The version in force is version 1.5, approved by NHS England on 20 March 2025.");
        // the draft's wording, v1.6, not the approved v1.5's
        assertThat(text).contains("supports NHS England's regional director").doesNotContain("leads the board's annual appraisal of the chair");
        assertThat(published.stylesheets()).contains(InForceConstitution.DRAFT_STYLESHEET);
    }

    @Test
    void theReviewEditionCarriesVersionOneSixAndIsSwappedInWhole() throws Exception {
        DefinitionFixture fixture = kentAndMedway();
        Outcome outcome = fixture.validate();
        Path site = temp.resolve("out/site");
        Path review = ReviewPublisher.folder(site);
        Files.createDirectories(review);
        Files.writeString(review.resolve("left-from-an-earlier-build.html"), "old");

        new ReviewPublisher(BuildLog.silent()).publish(outcome.load().definition().orElseThrow(), outcome.report(),
                Instant.parse("2026-11-01T00:00:00Z"), fixture.root(), java.util.List.of(), site);

        String draft = Files.readString(review.resolve("constitution-draft.html"), StandardCharsets.UTF_8);
        assertThat(draft).contains("supports NHS England's regional director").contains("version 1.6");
        assertThat(review.resolve("constitution-redline.docx")).exists();
        assertThat(review.resolve("left-from-an-earlier-build.html")).doesNotExist();
        try (Stream<Path> beside = Files.list(review.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("review");
        }
    }

    @Test
    void aDraftWithNoApprovedVersionIsMarkedOnItsPageAndEveryPdfPage() throws Exception {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp).set("constitution.status", "draft").remove("constitution.approved-on");
        RenderedDocument published = new InForceConstitution().render(context(fixture));

        assertThat(Jsoup.parseBodyFragment(published.bodyHtml()).selectFirst(".draft-mark").text()).startsWith(InForceConstitution.DRAFT_MARK);
        TemplateEngine templates = TemplateEngine.builtIn();
        byte[] pdf = new DocumentFormats(templates, DocumentFormats.pdfEngine(templates)).pdf(published, FRAME);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page %d", page).contains(InForceConstitution.DRAFT_MARK);
            }
        }
    }
}
