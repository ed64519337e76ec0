package prepdeck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/ARCHITECTURE.md, checked: dependencies point inward, the core is plain Java,
 * and only the composition root knows the store. Tests are left out; they may wire anything.
 */
class ArchitectureTest {
    /** Libraries that do I/O or bind us to a runtime; the core stays free of them. */
    static final String[] FRAMEWORKS = {"io.javalin..", "org.jdbi..", "org.flywaydb..", "picocli..",
            "com.fasterxml.jackson..", "org.sqlite..", "java.sql..", "gg.jte..", "me.tongfei..", "org.eclipse.jetty.."};

    /** Where the core reads or writes JSON, and so may use a JSON parser (and nothing else of the list). */
    static final String[] JSON_SPEAKERS = {"prepdeck.ingest.ipynb..", "prepdeck.snippets.."};

    static JavaClasses prepdeck;

    @BeforeAll
    static void importClasses() {
        prepdeck = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("prepdeck");
    }

    @Test
    void theKnowledgeModelAndFsrsDependOnTheJdkAlone() {
        classes().that().resideInAPackage("prepdeck.knowledge..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "prepdeck.knowledge..")
                .allowEmptyShould(true).check(prepdeck);
        classes().that().resideInAPackage("prepdeck.review.fsrs..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "prepdeck.review.fsrs..")
                .allowEmptyShould(true).check(prepdeck);
    }

    /** Anki's formats are mapped in plain Java; the SQLite side belongs to the store. */
    @Test
    void theAnkiExchangeDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("prepdeck.exchange..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "prepdeck.exchange..")
                .check(prepdeck);
    }

    /** Account rules, the login throttle and secrets are plain Java; Argon2id comes from BouncyCastle, a library, not a framework. */
    @Test
    void accountsDependOnTheJdkAndBouncyCastleAlone() {
        classes().that().resideInAPackage("prepdeck.accounts..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "prepdeck.accounts..", "org.bouncycastle..")
                .check(prepdeck);
    }

    /** Answer checking is rules over words; the analysers (Lucene) come in through its TextAnalysis interface. */
    @Test
    void answerCheckingDependsOnTheKnowledgeModelAlone() {
        classes().that().resideInAPackage("prepdeck.review.interview..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "prepdeck.knowledge..", "prepdeck.review.interview..")
                .check(prepdeck);
    }

    /** Spoken answers: WAV reading, the voice-activity detector and the espeak-ng/recorder processes are plain Java. */
    @Test
    void speechDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("prepdeck.speech..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "prepdeck.speech..")
                .check(prepdeck);
    }

    @Test
    void theCoreUsesNoFrameworks() {
        noClasses().that().resideInAnyPackage("prepdeck.knowledge..", "prepdeck.ingest..", "prepdeck.review..", "prepdeck.search..",
                        "prepdeck.snippets..")
                .and().resideOutsideOfPackages(JSON_SPEAKERS)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(true).check(prepdeck);
        // .ipynb is JSON, and so is the snippet driver's report: their readers may use a JSON parser
        noClasses().that().resideInAnyPackage(JSON_SPEAKERS)
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(FRAMEWORKS)
                        .filter(f -> !f.startsWith("com.fasterxml.jackson")).toArray(String[]::new))
                .check(prepdeck);
    }

    @Test
    void theCoreKnowsNoUseCaseOrAdapter() {
        noClasses().that().resideInAnyPackage("prepdeck.knowledge..", "prepdeck.ingest..", "prepdeck.review..",
                        "prepdeck.snippets..", "prepdeck.exchange..", "prepdeck.speech..")
                .should().dependOnClassesThat().resideInAnyPackage("prepdeck.app..", "prepdeck.store..", "prepdeck.web..",
                        "prepdeck.cli..", "prepdeck.contract..", "prepdeck.main..")
                .allowEmptyShould(true).check(prepdeck);
    }

    /** Search implements an interface the use cases own (as the store does), and knows nothing outside them. */
    @Test
    void searchImplementsTheUseCasesInterfaceAndKnowsNoAdapter() {
        noClasses().that().resideInAPackage("prepdeck.search..")
                .should().dependOnClassesThat().resideInAnyPackage("prepdeck.store..", "prepdeck.web..", "prepdeck.cli..",
                        "prepdeck.contract..", "prepdeck.main..")
                .check(prepdeck);
        classes().that().resideInAPackage("prepdeck.search..").and().arePublic()
                .should().onlyHaveDependentClassesThat().resideInAnyPackage("prepdeck.search..", "prepdeck.main..", "prepdeck.cli..")
                .check(prepdeck);
    }

    @Test
    void useCasesDependOnNoAdapter() {
        noClasses().that().resideInAPackage("prepdeck.app..")
                .should().dependOnClassesThat().resideInAnyPackage("prepdeck.store..", "prepdeck.web..", "prepdeck.cli..",
                        "prepdeck.contract..", "prepdeck.main..")
                .check(prepdeck);
        noClasses().that().resideInAPackage("prepdeck.app..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(prepdeck);
    }

    @Test
    void webAndCliTalkToUseCasesNeverToTheStore() {
        noClasses().that().resideInAnyPackage("prepdeck.web..", "prepdeck.cli..", "prepdeck.contract..")
                .should().dependOnClassesThat().resideInAPackage("prepdeck.store..")
                .allowEmptyShould(true).check(prepdeck);
    }

    @Test
    void onlyTheCompositionRootKnowsTheStore() {
        classes().that().resideInAPackage("prepdeck.store..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage("prepdeck.store..", "prepdeck.main..")
                .check(prepdeck);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        classes().that().resideInAPackage("prepdeck.main..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("prepdeck.main..")
                .check(prepdeck);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("prepdeck.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..", "org.flywaydb..", "org.sqlite..")
                .check(prepdeck);
    }
}
