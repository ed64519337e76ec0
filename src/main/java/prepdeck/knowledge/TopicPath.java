package prepdeck.knowledge;

import java.util.List;
import java.util.Objects;

/** A topic's titles from the root down; shown joined by {@value #SEPARATOR}. */
public record TopicPath(List<String> titles) {
    public static final String SEPARATOR = " / ";
    public static final TopicPath ROOT = new TopicPath(List.of());

    public TopicPath {
        titles = List.copyOf(titles);
        for (String t : titles) {
            if (t.isBlank()) throw new IllegalArgumentException("blank topic title in " + titles);
        }
    }

    public static TopicPath of(String... titles) {
        return new TopicPath(List.of(titles));
    }

    /** Parses a path written with {@value #SEPARATOR} (or a bare "/"). */
    public static TopicPath parse(String text) {
        if (text == null || text.isBlank()) return ROOT;
        return new TopicPath(java.util.Arrays.stream(text.split("\\s*/\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public boolean isRoot() {
        return titles.isEmpty();
    }

    public TopicPath child(String title) {
        var next = new java.util.ArrayList<>(titles);
        next.add(Objects.requireNonNull(title));
        return new TopicPath(next);
    }

    public TopicPath parent() {
        if (isRoot()) throw new IllegalStateException("the root topic has no parent");
        return new TopicPath(titles.subList(0, titles.size() - 1));
    }

    public String title() {
        return isRoot() ? "" : titles.getLast();
    }

    public int depth() {
        return titles.size();
    }

    /** True when this path is {@code other} or lies under it. */
    public boolean startsWith(TopicPath other) {
        return titles.size() >= other.titles.size() && titles.subList(0, other.titles.size()).equals(other.titles);
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, titles);
    }
}
