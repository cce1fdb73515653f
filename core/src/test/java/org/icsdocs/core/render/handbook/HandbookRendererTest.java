package org.icsdocs.core.render.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the handbook fits other documents under its parts' headings without breaking their structure. */
class HandbookRendererTest {

    @Test
    void anAuthorsHeadingsStartBelowThePartWithoutSkippingALevel() {
        String html = HandbookRenderer.topHeadingsAt("<h2>Purpose</h2><p>x</p><h4>Detail</h4><h2>Budgets</h2>", 3);
        assertThat(html).isEqualTo("<h3>Purpose</h3><p>x</p><h5>Detail</h5><h3>Budgets</h3>");
    }

    @Test
    void prefixedIdsKeepTheirLinksAndLabels() {
        String html = HandbookRenderer.withPrefixedIds(
                "<section id=\"introduction\" aria-labelledby=\"h\"><h2 id=\"h\">Introduction</h2><a href=\"#introduction\">see</a><a href=\"https://x.org/#a\">out</a></section>", "c-");
        assertThat(html).contains("id=\"c-introduction\"", "aria-labelledby=\"c-h\"", "id=\"c-h\"", "href=\"#c-introduction\"", "href=\"https://x.org/#a\"");
    }
}
