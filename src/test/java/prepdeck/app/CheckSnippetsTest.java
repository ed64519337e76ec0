package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of fixtures that need no interpreter: what a fixture may be called. */
class CheckSnippetsTest {
    @Test
    void aFixtureNameIsAPlainFileName() {
        for (String ok : List.of("file.txt", "data.csv", ".env", "notes 2024.md", "файл.txt")) {
            CheckSnippets.checkFixtureName(ok);
        }
        for (String bad : List.of("", " ", "../file.txt", "a/b", "a\\b", ".", "..", "/etc/passwd", "x\u0000y", "tab\tname", " lead.txt",
                "x".repeat(256))) {
            assertThatThrownBy(() -> CheckSnippets.checkFixtureName(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("plain file name");
        }
    }

    @Test
    void theMessageNeverEchoesControlCharacters() {
        assertThatThrownBy(() -> CheckSnippets.checkFixtureName("a\u001b[31m/b"))
                .hasMessageNotContaining("\u001b").hasMessageContaining("a?[31m/b");
    }
}
