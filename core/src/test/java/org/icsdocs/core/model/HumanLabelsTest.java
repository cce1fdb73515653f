package org.icsdocs.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every fixed choice of the definition has words of its own in labels.properties; none is printed as its enum name. */
class HumanLabelsTest {

    @Test
    void everyConstantOfEveryLabelledEnumHasAHumanLabel() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Class<?>> enums = labelledEnums();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                if (!HumanLabels.has((Labelled) constant)) {
                    missing.add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
            }
        }
        assertThat(enums).hasSizeGreaterThan(20);
        assertThat(missing).as("constants with no line in labels.properties").isEmpty();
    }

    @Test
    void labelsAreTheWordsOfTheFileNotTheEnumNames() {
        assertThat(InterestType.NON_FINANCIAL_PERSONAL.label()).isEqualTo("Non-financial personal");
        assertThat(PartnerSector.NHS_TRUSTS.label()).isEqualTo("NHS trusts and foundation trusts");
        assertThat(OrganisationKind.VCSE.label()).isEqualTo("Voluntary, community and social enterprise organisation");
    }

    private static List<Class<?>> labelledEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(Labelled.class.getResource("Labelled.class").toURI()).getParent();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(Labelled.class.getPackageName() + "." + name);
                if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
