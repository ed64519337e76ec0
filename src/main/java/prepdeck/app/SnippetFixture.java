package prepdeck.app;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file attached to a card for its snippets to read: a plain file name and its text. */
public record SnippetFixture(String name, String content) {
    public SnippetFixture {
        Objects.requireNonNull(name);
        Objects.requireNonNull(content);
    }

    public long bytes() {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }
}
