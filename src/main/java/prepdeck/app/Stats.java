package prepdeck.app;

/** Counts over the whole deck: cards are answered, live cards; gaps and retired cards are counted apart. */
public record Stats(long sources, long topics, long cards, long gaps, long snippets, long reviews, long retired) {}
