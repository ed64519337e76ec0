package prepdeck.app;

import java.util.List;

/** One page of a longer list: the rows shown and how many there are in all. */
public record Slice<T>(List<T> items, int total) {
    public Slice {
        items = List.copyOf(items);
        if (total < items.size()) throw new IllegalArgumentException("a total of " + total + " cannot hold " + items.size() + " rows");
    }

    /** The rows {@code offset .. offset+limit} of a list already in memory. */
    public static <T> Slice<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(Math.max(0, offset), all.size());
        return new Slice<>(all.subList(from, Math.min(all.size(), from + Math.max(0, limit))), all.size());
    }
}
