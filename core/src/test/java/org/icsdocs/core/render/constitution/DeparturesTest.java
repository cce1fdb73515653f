package org.icsdocs.core.render.constitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.icsdocs.core.diagnostic.Diagnostic;
import org.icsdocs.core.diagnostic.Location;
import org.icsdocs.core.diagnostic.Rule;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.model.Justification;
import org.icsdocs.core.model.Span;
import org.icsdocs.core.render.RenderContext;
import org.icsdocs.core.render.TemplateEngine;
import org.icsdocs.core.testing.DefinitionFixture;
import org.icsdocs.core.testing.Outcome;
import org.icsdocs.core.validate.JustifiedFinding;
import org.icsdocs.core.validate.ValidationReport;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every departure the validator can justify is stated once, in the part of the constitution it concerns. */
class DeparturesTest {

    @TempDir
    Path temp;

    /**
     * Justifiable rules about governance; those about the definition's files (DEF, STR), a bill not in force (HBL) and the
     * day-to-day record and registers (REC, GHS, POL) are not the constitution's business.
     */
    private static final List<Rule> JUSTIFIABLE = Arrays.stream(Rule.values()).filter(r -> r.severity() != Severity.ERROR)
            .filter(r -> !List.of("DEF", "STR", "INI", "HBL", "REC", "GHS", "POL").contains(r.family())).toList();

    @Test
    void aDepartureFromTheRecordOrTheRegistersIsNotStatedInTheConstitution() {
        assertThat(List.of(Rule.REC_005, Rule.GHS_001, Rule.POL_001)).extracting(Departures::placeOf).containsOnly(Departures.NOT_STATED);
    }

    @Test
    void aDepartureAboutTheDefinitionsFilesIsNotStatedInTheConstitution(@TempDir Path km) {
        Document html = Rendering.parse(Rendering.render(DefinitionFixture.copyOf(Rendering.KENT_AND_MEDWAY, km.resolve("km"))));
        assertThat(Departures.placeOf(Rule.STR_004)).isEqualTo(Departures.NOT_STATED);
        assertThat(html.select(".departure").eachText()).noneMatch(t -> t.contains("STR-004"));
    }

    @Test
    void everyJustifiableRuleIsStatedOnceInsideTheSectionItBelongsTo() {
        DefinitionFixture fixture = DefinitionFixture.northshire(temp);
        Outcome outcome = fixture.validate();
        List<JustifiedFinding> all = JUSTIFIABLE.stream().map(r -> new JustifiedFinding(
                new Diagnostic(r, Location.ofFile("ics.yaml"), "finding", "", null),
                new Justification(r.id(), null, "Reason for " + r.id() + ".", Span.NONE))).toList();
        RenderContext context = RenderContext.of(outcome.load().definition().orElseThrow(), new ValidationReport(List.of(), all),
                DefinitionFixture.AS_OF, TemplateEngine.builtIn(), fixture.root());

        Document html = Rendering.parse(new ConstitutionRenderer().render(context));

        for (Rule rule : JUSTIFIABLE) {
            List<Element> notes = html.select(".departure").stream().filter(e -> e.text().contains("Reason for " + rule.id() + ".")).toList();
            assertThat(notes).as(rule.id()).hasSize(1);
            assertThat(notes.get(0).parents()).as(rule.id() + " inside #" + Departures.placeOf(rule))
                    .anySatisfy(p -> assertThat(p.id()).isEqualTo(Departures.placeOf(rule)));
            assertThat(notes.get(0).text()).contains("Reason for " + rule.id() + ".", (rule.nationalGuidance() ? "The guidance: " : "The recommendation: ") + rule.summary());
        }
    }

    @Test
    void everyPlaceADepartureCanBeStatedInExists() {
        assertThat(JUSTIFIABLE).extracting(Departures::placeOf).allSatisfy(place -> assertThat(Departures.PLACES).contains(place));
    }

    @Test
    void aDepartureAboutOnePlaceIsStatedUnderThatPlace(@TempDir Path km) {
        Document html = Rendering.parse(Rendering.render(DefinitionFixture.copyOf(Rendering.KENT_AND_MEDWAY, km.resolve("km"))));

        Element eastKent = html.getElementById("place-east-kent");
        assertThat(eastKent.select(".departure").text()).startsWith("Departure from a published recommendation (East Kent Health and Care Partnership):");
        assertThat(html.getElementById("place-west-kent").select(".departure")).isEmpty();
        assertThat(html.getElementById("local-authorities").select(".departure").text())
                .startsWith("Departure from national guidance (Better Care Fund pooled budget with Kent County Council (F15)):");
        assertThat(html.getElementById("composition").select(".departure").text()).contains("Non-executives").doesNotContain("BRD-011");
        assertThat(html.select(".departure")).hasSize(3);
    }
}
