package org.icsdocs.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.OptionalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STR-005: whatever the tool would drop or change in a paper is reported at the Markdown file's line and column. */
class ContentRulesTest {

    private static final String PAPER = "meetings/papers/finance-report.md";

    @TempDir
    Path temp;

    private static String at(Diagnostic d) {
        return d.location().file() + ":" + d.location().line() + ":" + d.location().column();
    }

    @Test
    void quietOnPapersThatPrintAsWritten() {
        OptionalTools.requireCjkFont(); // 王小明 is drawn by the CJK face alone
        DefinitionFixture f = DefinitionFixture.northshire(temp).write(PAPER, "# Finance\n\nThe plan: £2.1m – on track. Ελένη, 王小明, مريم.\n");
        assertThat(f.validate().findings("STR-005")).isEmpty();
    }

    @Test
    void reportsARemoteImageAtItsLineAndColumn() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write(PAPER, "# Finance\n\nSee ![chart](https://example.org/chart.png) below.\n");
        assertThat(f.validate().findings("STR-005")).singleElement().satisfies(d -> {
            assertThat(at(d)).endsWith(PAPER + ":3:5");
            assertThat(d.message()).contains("https://example.org/chart.png", "never fetched");
        });
    }

    @Test
    void reportsRawHtmlBlocksAndInlineTagsAsPrintedAsText() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write(PAPER, "# Finance\n\n<div class=\"x\">boxed</div>\n\nA <b>bold</b> claim.\n");
        List<Diagnostic> found = f.validate().findings("STR-005");
        assertThat(found).extracting(ContentRulesTest::at).containsExactly(PAPER + ":3:1", PAPER + ":5:3");
        assertThat(found).allSatisfy(d -> assertThat(d.message()).contains("printed as text"));
    }

    @Test
    void reportsImagesAndLinksToMissingFilesAndFilesOutsideTheDefinition() {
        DefinitionFixture f = DefinitionFixture.northshire(temp)
                .write(PAPER, "![a](missing.png)\n\n[the annex](annex.pdf) and [secrets](../../../../outside.txt)\n");
        List<Diagnostic> found = f.validate().findings("STR-005");
        assertThat(found).extracting(ContentRulesTest::at).containsExactly(PAPER + ":1:1", PAPER + ":3:1", PAPER + ":3:28");
        assertThat(found.get(0).message()).contains("missing.png", "does not exist");
        assertThat(found.get(2).message()).contains("outside the definition folder");
    }

    @Test
    void reportsAnImageTooLargeToPrint() throws IOException {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write(PAPER, "# Finance\n\n![wide](wide.png)\n");
        ImageIO.write(new BufferedImage(ContentRules.MAX_IMAGE_SIDE + 1, 2, BufferedImage.TYPE_BYTE_BINARY), "png",
                f.root().resolve("meetings/papers/wide.png").toFile());
        assertThat(f.validate().findings("STR-005")).singleElement().satisfies(d -> {
            assertThat(at(d)).endsWith(":3:1");
            assertThat(d.message()).contains("8001 × 2 pixels", "too large to print");
        });
    }

    @Test
    void reportsACharacterNoEmbeddedFontDraws() {
        String hieroglyph = new String(Character.toChars(0x13000));
        DefinitionFixture f = DefinitionFixture.northshire(temp).write(PAPER, "# Finance\n\nSigned: " + hieroglyph + "\n");
        assertThat(f.validate().findings("STR-005")).singleElement().satisfies(d -> {
            assertThat(at(d)).endsWith(PAPER + ":3:9");
            assertThat(d.message()).contains("U+13000", "no embedded font");
        });
    }

    @Test
    void reportsACharacterNoFontDrawsInANameInTheYaml() {
        DefinitionFixture f = DefinitionFixture.northshire(temp).set("people[id=cfo].name", "Sam " + new String(Character.toChars(0x13000)));
        assertThat(f.validate().findings("STR-005")).singleElement().satisfies(d -> assertThat(d.location().line()).isPositive());
    }
}
