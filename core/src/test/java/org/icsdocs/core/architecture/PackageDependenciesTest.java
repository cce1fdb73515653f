package org.icsdocs.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Core's packages form layers, so that each can be read without climbing back to the ones that
 * use it: {@code api} on top, the one entry point build tools call; below it the generators
 * (documents and packs in {@code generate}, the website in {@code site}), which declare jobs to
 * the build engine ({@code build}), which keys, reuses and records them ({@code incremental}) and
 * writes the folder ({@code output}); then rendering, validation, loading and the model.
 */
class PackageDependenciesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.icsdocs.core");

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.icsdocs.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void nothingBelowTheEntryPointsDependsOnTheApi() {
        // init and preview are entry points beside api: ics:init writes a new project, ics:serve rebuilds through api
        noClasses().that().resideOutsideOfPackages("org.icsdocs.core.api..", "org.icsdocs.core.init..", "org.icsdocs.core.preview..")
                .should().dependOnClassesThat().resideInAPackage("org.icsdocs.core.api..")
                .check(CORE);
    }

    @Test
    void theBuildEngineKnowsNoGenerator() {
        noClasses().that().resideInAnyPackage("org.icsdocs.core.build..", "org.icsdocs.core.incremental..", "org.icsdocs.core.output..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsdocs.core.generate..", "org.icsdocs.core.site..")
                .check(CORE);
    }
}
