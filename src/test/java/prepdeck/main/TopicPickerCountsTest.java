package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's "M2 (0)": a topic whose cards all sit in its subtopic counted none in the pickers while the tree said 4.
 * On the demo's notes, both pickers count the cards within a topic, subtopics included.
 */
class TopicPickerCountsTest {
    @TempDir static Path data;
    static SeedServer server;

    @BeforeAll
    static void start() {
        server = SeedServer.startWithOnly(data, Path.of("examples/notes"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void theReviewAndInterviewPickersCountASubtopicsCards() throws Exception {
        for (String page : new String[] {"/review", "/interview"}) {
            String html = server.get(page).body();
            assertThat(html).as(page).containsPattern(">\\s*M2 \\(4\\)</option>").containsPattern(">[\\s\\u00a0]*Шпаргалка по pip \\(4\\)</option>")
                    .doesNotContain("M2 (0)");
        }
    }
}
