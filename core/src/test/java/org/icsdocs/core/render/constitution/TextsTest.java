package org.icsdocs.core.render.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.icsdocs.core.model.Money;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts texts = new Texts();

    @Test
    void datesAndTermsReadAsInEnglishDocuments() {
        assertThat(texts.date(LocalDate.of(2022, 7, 1))).isEqualTo("1 July 2022");
        assertThat(texts.term(LocalDate.of(2024, 2, 1), LocalDate.of(2028, 1, 31))).isEqualTo("1 February 2024 to 31 January 2028");
        assertThat(texts.term(LocalDate.of(2022, 7, 1), null)).isEqualTo("From 1 July 2022");
        assertThat(texts.years(LocalDate.of(2024, 2, 1), LocalDate.of(2028, 1, 31))).isEqualTo(4);
    }

    @Test
    void listsCountsAndAmounts() {
        assertThat(texts.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(texts.either(List.of("A", "B"))).isEqualTo("A or B");
        assertThat(texts.count(2, "partner member", "partner members")).isEqualTo("two partner members");
        assertThat(texts.count(1, "partner member", "partner members")).isEqualTo("one partner member");
        assertThat(texts.count(42)).isEqualTo("42");
        assertThat(texts.money(Money.parse("£4.75bn"))).isEqualTo("£4.75bn");
        assertThat(texts.population(1_900_000L)).isEqualTo("1.9 million");
        assertThat(texts.population(720_000L)).isEqualTo("720,000");
    }

    @Test
    void lowersALabelButNotAnInitialism() {
        assertThat(texts.lower("Director of finance")).isEqualTo("director of finance");
        assertThat(texts.lower("GMS contracts")).isEqualTo("GMS contracts");
    }
}
