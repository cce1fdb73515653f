package org.icsdocs.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Core's packages form layers: a package can be read without climbing back to the ones that use
 * it. {@code api} is the top, the one entry point build tools call; below it the build engine,
 * the generators that declare jobs to it (documents, packs, the website), rendering, validation,
 * loading and the model.
 */
class PackageDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.icsdocs.core");

    /**
     * The reports write an {@code api.ValidationOutcome} out as JSON and SARIF: the one dependency
     * back up to {@code api} left, frozen here until the reports take the findings themselves.
     */
    private static final String FROZEN_ORIGIN = "org.icsdocs.core.report";
    private static final String FROZEN_TARGET = "org.icsdocs.core.api.ValidationOutcome";

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.icsdocs.core.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(FROZEN_ORIGIN), name(FROZEN_TARGET))
                .check(CORE);
    }

    @Test
    void nothingBelowTheEntryPointsDependsOnTheApi() {
        // init and preview are entry points beside api: ics:init writes a new project, ics:serve rebuilds through api
        noClasses().that().resideOutsideOfPackages("org.icsdocs.core.api..", "org.icsdocs.core.init..", "org.icsdocs.core.preview..",
                        FROZEN_ORIGIN)
                .should().dependOnClassesThat().resideInAPackage("org.icsdocs.core.api..")
                .check(CORE);
        noClasses().that().resideInAPackage(FROZEN_ORIGIN)
                .should().dependOnClassesThat(resideInAPackage("org.icsdocs.core.api..").and(not(name(FROZEN_TARGET))))
                .check(CORE);
    }
}
