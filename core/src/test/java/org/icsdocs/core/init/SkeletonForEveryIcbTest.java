package org.icsdocs.core.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.icsdocs.core.build.BuildLog;
import org.icsdocs.core.api.IcsDocs;
import org.icsdocs.core.api.ValidateRequest;
import org.icsdocs.core.api.ValidationOutcome;
import org.icsdocs.core.diagnostic.Severity;
import org.icsdocs.core.reference.IcbMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new project for every ICB of the current map is valid from the start, and true about the ICB's organisations. */
class SkeletonForEveryIcbTest {

    @Test
    void everyIcbOfTheMapInForceGetsASkeletonThatValidatesWithNoErrors(@TempDir Path temp) {
        List<IcbMap.Icb> icbs = Skeletons.MAP.inForce(Skeletons.AS_AT);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, Boolean> listsTheChair = new LinkedHashMap<>();
        Map<String, Integer> warningsAndAdviceByRule = new TreeMap<>();
        long started = System.nanoTime();
        for (IcbMap.Icb icb : icbs) {
            Path project = temp.resolve(icb.key());
            Skeletons.init(project, icb.key());
            ValidationOutcome outcome = Skeletons.validate(project);
            errors.put(icb.key(), Skeletons.lines(outcome, Severity.ERROR));
            outcome.diagnostics().stream().filter(d -> d.severity() != Severity.ERROR)
                    .forEach(d -> warningsAndAdviceByRule.merge(d.severity().label() + " " + d.rule().id(), 1, Integer::sum));
            listsTheChair.put(icb.key(), outcome.diagnostics().stream()
                    .anyMatch(d -> d.rule().id().equals("INI-001") && d.message().equals("complete: the name of the chair")));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("ics:init skeletons: " + icbs.size() + " ICBs written and validated in " + millis + " ms; other findings: "
                + warningsAndAdviceByRule);

        assertThat(icbs).hasSize(36);
        assertThat(errors).allSatisfy((key, lines) -> assertThat(lines).as("%s:%n%s", key, String.join("\n", lines)).isEmpty());
        assertThat(listsTheChair).as("the to-do list names the chair").allSatisfy((key, listed) -> assertThat(listed).as(key).isTrue());
    }

    @Test
    void theIcbsDissolvedIn2026GetValidSkeletonsAsAtTheirLastDay(@TempDir Path temp) {
        LocalDate lastDay = LocalDate.of(2026, 3, 31);
        List<IcbMap.Icb> dissolved = Skeletons.MAP.all().stream().filter(i -> i.dissolvedOn().filter(lastDay::equals).isPresent()).toList();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (IcbMap.Icb icb : dissolved) {
            Path project = temp.resolve(icb.key());
            new ProjectInit(Skeletons.MAP).run(new InitRequest(project, icb.key(), lastDay, "0.1.0-SNAPSHOT"));
            ValidationOutcome outcome = new IcsDocs(BuildLog.silent()).validate(
                    new ValidateRequest(project, project.resolve("src/main/ics"), null, Skeletons.BUILD_DATE)
                            .asAt(lastDay, Optional.empty()));
            errors.put(icb.key(), Skeletons.lines(outcome, Severity.ERROR));
        }

        assertThat(dissolved).hasSize(12);
        assertThat(errors).allSatisfy((key, lines) -> assertThat(lines).as("%s:%n%s", key, String.join("\n", lines)).isEmpty());
    }

    @Test
    void theSkeletonNamesTheIcbItsCouncilsAndItsTrustsWithTheirOdsCodes(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");

        String organisations = Files.readString(project.resolve("src/main/ics/organisations.yaml"));
        assertThat(organisations).contains("name: NHS Kent and Medway Integrated Care Board", "ods-code: QKS",
                "name: Kent County Council", "ods-code: \"820\"", "name: Medway Council", "ods-code: \"821\"",
                "name: Dartford and Gravesham NHS Trust", "ods-code: RN7", "kind: nhs-trust",
                "name: Kent Community Health NHS Foundation Trust", "ods-code: RYY", "kind: foundation-trust");
        assertThat(Files.readString(project.resolve("src/main/ics/icp.yaml")))
                .contains("established-by: [kent-and-medway-icb, kent-county-council, medway-council]");
        assertThat(project.resolve("src/main/ics/places/kent.yaml")).exists();
        assertThat(project.resolve("src/main/ics/places/medway.yaml")).exists();
        assertThat(project.resolve("src/main/ics/committees/audit.yaml")).exists();
        assertThat(project.resolve("src/main/ics/committees/remuneration.yaml")).exists();
        assertThat(project.resolve("src/main/ics/committees/quality.yaml")).exists();
    }

    @Test
    void anIcbEstablishedIn2026RecordsItsOdsCodeAndThePredecessorsMergedIntoIt(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QXU-QNX-QNQ"); // the key used before the code was known still names it

        String organisations = Files.readString(project.resolve("src/main/ics/organisations.yaml"));
        assertThat(organisations).contains("name: NHS Surrey and Sussex Integrated Care Board", "ods-code: S9B9J", "established-on: 2026-04-01",
                "ods-code: QXU", "ods-code: QNX", "dissolved-on: 2026-03-31", "successor: surrey-and-sussex-icb")
                .doesNotContain("QXU-QNX-QNQ");
        ValidationOutcome outcome = Skeletons.validate(project);
        assertThat(Skeletons.lines(outcome, Severity.ERROR)).isEmpty();
        assertThat(outcome.diagnostics()).as("the ICB's code has the shape of the 2026 codes")
                .noneMatch(d -> d.rule().id().equals("STR-004") && "surrey-and-sussex-icb".equals(d.subject()));
        assertThat(everyYaml(project)).doesNotContain("its ODS code is not in ics-docs' reference data");
    }

    @Test
    void theToDoListNamesThePlansTheOfficersAndTheEqualityDutyAtTheirLinesInDutiesYaml(@TempDir Path project) throws IOException {
        Skeletons.init(project, "QKS");
        List<String> duties = Files.readAllLines(project.resolve("src/main/ics/duties.yaml"));
        List<String> people = Files.readAllLines(project.resolve("src/main/ics/people.yaml"));

        List<String> advice = Skeletons.lines(Skeletons.validate(project), Severity.ADVICE);

        int plan = lineOf(duties, "title:", "the title of the joint forward plan for");
        int dpo = lineOf(people, "name:", "the name of the Data Protection Officer");
        int equality = lineOf(duties, "arrangements:", "how the ICB's decisions have due regard");
        assertThat(advice).anyMatch(l -> l.startsWith("src/main/ics/duties.yaml:" + plan + ":") && l.contains("INI-001")
                        && l.contains("complete: the title of the joint forward plan for 2026/27"))
                .anyMatch(l -> l.startsWith("src/main/ics/people.yaml:" + dpo + ":") && l.contains("complete: the name of the Data Protection Officer"))
                .anyMatch(l -> l.startsWith("src/main/ics/duties.yaml:" + equality + ":") && l.contains("INI-001"));
    }

    /** The line of the key whose value holds the text: a long value is folded onto the lines after its key. */
    private static int lineOf(List<String> lines, String key, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                for (int k = i; k >= 0; k--) {
                    if (lines.get(k).contains(key)) {
                        return k + 1;
                    }
                }
            }
        }
        throw new AssertionError("no value of '" + key + "' contains '" + text + "'");
    }

    @Test
    void theSameIcbAndDateGiveTheSameBytes(@TempDir Path temp) throws IOException {
        Skeletons.init(temp.resolve("one"), "QMF");
        Skeletons.init(temp.resolve("two"), "QMF");

        assertThat(contents(temp.resolve("one"))).isEqualTo(contents(temp.resolve("two")));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** Every YAML file the skeleton wrote, one after another. */
    private static String everyYaml(Path project) throws IOException {
        try (var files = Files.walk(project.resolve("src/main/ics"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }
}
