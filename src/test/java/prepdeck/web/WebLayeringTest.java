package prepdeck.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web adapter talks to the application layer only, never to storage or the importer's insides. */
class WebLayeringTest {
    @Test
    void webDependsOnAppNotOnStoreIngestOrCli() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("prepdeck.web");
        noClasses().that().resideInAPackage("prepdeck.web..")
                .should().dependOnClassesThat().resideInAnyPackage("prepdeck.store..", "prepdeck.ingest..", "prepdeck.cli..",
                        "prepdeck.main..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
