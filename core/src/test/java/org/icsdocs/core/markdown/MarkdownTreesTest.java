package org.icsdocs.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.icsdocs.core.load.LoadResult;
import org.icsdocs.core.render.Markdown;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.validate.ValidationContext;
import org.icsdocs.core.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One parse of each Markdown text per build, shared by validation's checks and the renderer. */
class MarkdownTreesTest {

    private static final String PAPER = "meetings/papers/finance-report.md";
    private static final String NOTES = "# Finance\n\nThe plan is on track[^1] and so is the forecast[^2].\n\n"
            + "See [the annex](annex.md).\n\n[^1]: Month 6 report.\n[^2]: Forecast of 1 October.\n";

    @TempDir
    Path temp;

    @Test
    void rendersAPaperValidationCheckedFromTheSameTreeWithoutParsingItAgain() throws Exception {
        DefinitionFixture f = DefinitionFixture.northshire(temp).write(PAPER, NOTES);
        LoadResult loaded = f.load();
        MarkdownTrees trees = new MarkdownTrees();
        Validator.standard().validate(loaded.definition().orElseThrow(),
                new ValidationContext(DefinitionFixture.AS_OF, f.root(), Optional.empty(), trees));
        int parsedByValidation = trees.size();
        String text = Files.readString(f.root().resolve(PAPER));
        trees.parse(text);
        assertThat(trees.size()).as("the paper was parsed by validation").isEqualTo(parsedByValidation);

        String html = new Markdown(trees).toHtml(text, 1);

        assertThat(parsedByValidation).isPositive();
        assertThat(trees.size()).as("texts parsed after rendering").isEqualTo(parsedByValidation);
        assertThat(trees.parse(text)).isSameAs(trees.parse(text));
        assertThat(html).isEqualTo(new Markdown().toHtml(text, 1)).contains("<h2>Finance</h2>");
    }

    @Test
    void numbersFootnotesTheSameEachTimeASharedTreeIsRendered() {
        MarkdownTrees trees = new MarkdownTrees();
        Markdown markdown = new Markdown(trees);

        String first = markdown.toHtml(NOTES, 0);
        String again = markdown.toHtml(NOTES, 0);
        String shifted = markdown.toHtml(NOTES, 2);

        assertThat(trees.size()).isEqualTo(1);
        assertThat(first).isEqualTo(again).isEqualTo(new Markdown().toHtml(NOTES, 0)).contains("Forecast of 1 October");
        assertThat(first.indexOf("Month 6 report")).isLessThan(first.indexOf("Forecast of 1 October"));
        assertThat(shifted).contains("<h3>Finance</h3>").isEqualTo(new Markdown().toHtml(NOTES, 2));
    }

    @Test
    void keysTreesByTheTextSoAnEditedTextIsParsedAfresh() {
        MarkdownTrees trees = new MarkdownTrees();
        String before = new Markdown(trees).toHtml("# Finance\n\nOn track.\n", 0);
        String after = new Markdown(trees).toHtml("# Finance\n\nBehind plan.\n", 0);

        assertThat(trees.size()).isEqualTo(2);
        assertThat(before).contains("On track");
        assertThat(after).contains("Behind plan").doesNotContain("On track");
    }

    @Test
    void noTextRendersAsAnEmptyDocumentAsFlexmarkAlwaysDid() {
        MarkdownTrees trees = new MarkdownTrees();

        assertThat(new Markdown(trees).toHtml(null, 0)).isEqualTo(new Markdown(trees).toHtml("", 0)).isEmpty();
        assertThat(trees.size()).isEqualTo(1);
    }
}
