package org.icsdocs.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derived values kept in the .incremental folder for the next build, by the key of their inputs and code. */
class KeptValuesTest {

    @TempDir
    Path temp;

    private final AtomicInteger derived = new AtomicInteger();

    private String derive(String value) {
        derived.incrementAndGet();
        return value;
    }

    @Test
    void aLaterBuildReusesTheValueKeptUnderTheSameKeyWithoutDerivingIt() {
        Path site = temp.resolve("ics/site");
        KeptValues.beside(site, "code-1", true).value("chart.svg", "key-1", () -> derive("<svg/>"));

        String again = KeptValues.beside(site, "code-1", true).value("chart.svg", "key-1", () -> derive("<svg>other</svg>"));

        assertThat(again).isEqualTo("<svg/>");
        assertThat(derived).hasValue(1);
        assertThat(temp.resolve("ics/.incremental/chart.svg")).exists();
    }

    @Test
    void anotherKeyOrAnotherCodeDerivesAfreshAndReplacesTheKeptValue() {
        Path site = temp.resolve("ics/site");
        KeptValues.beside(site, "code-1", true).value("chart.svg", "key-1", () -> derive("one"));

        String newKey = KeptValues.beside(site, "code-1", true).value("chart.svg", "key-2", () -> derive("two"));
        String newCode = KeptValues.beside(site, "code-2", true).value("chart.svg", "key-2", () -> derive("three"));
        String kept = KeptValues.beside(site, "code-2", true).value("chart.svg", "key-2", () -> derive("four"));

        assertThat(newKey).isEqualTo("two");
        assertThat(newCode).isEqualTo("three");
        assertThat(kept).isEqualTo("three");
        assertThat(derived).hasValue(3);
    }

    @Test
    void aCleanBuildDerivesEverythingAndKeepsItForTheNext() {
        Path site = temp.resolve("ics/site");
        KeptValues.beside(site, "code-1", true).value("chart.svg", "key-1", () -> derive("old"));

        String clean = KeptValues.beside(site, "code-1", false).value("chart.svg", "key-1", () -> derive("new"));
        String next = KeptValues.beside(site, "code-1", true).value("chart.svg", "key-1", () -> derive("newer"));

        assertThat(clean).isEqualTo("new");
        assertThat(next).isEqualTo("new");
    }

    @Test
    void aKeptFileThatCannotBeReadIsDerivedAgainNotAnError() throws Exception {
        Path site = temp.resolve("ics/site");
        Files.createDirectories(temp.resolve("ics/.incremental/chart.svg")); // a folder where the file should be

        String value = KeptValues.beside(site, "code-1", true).value("chart.svg", "key-1", () -> derive("fresh"));

        assertThat(value).isEqualTo("fresh");
        assertThat(KeptValues.none().value("chart.svg", "key-1", () -> derive("unkept"))).isEqualTo("unkept");
        assertThat(derived).hasValue(2);
    }
}
