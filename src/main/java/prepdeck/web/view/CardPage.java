package prepdeck.web.view;

import java.util.List;
import java.util.Optional;
import prepdeck.app.CardView;
import prepdeck.app.TopicView;
import prepdeck.web.markdown.SafeHtml;

/**
 * One card with its answer rendered and its neighbours resolved to links; {@code runRefused} says why its snippets
 * have no Run button (their deck's code does not run on this server), when they have none; {@code editorHref} opens
 * the card's note at its line in the user's editor, when they configured one; {@code stem} is what the question is
 * about (its code and options), rendered and sanitized like the answer, shown on the front under the prompt.
 */
public record CardPage(CardView card, SafeHtml answer, Optional<TopicView> topic, Optional<CardLink> parent,
                       List<CardLink> followUps, List<Snippet> snippets, List<ReferenceLine> references,
                       Optional<String> runRefused, List<CardLink> coveredBy, Optional<Practice> practice,
                       Optional<String> editorHref, SafeHtml stem) {
    /**
     * The card's practice: its history, drawn recall chart (SVG, escaped by the drawer), today's day (for "in 3 days")
     * and each snippet's last check ({@code snippetStatus}, by snippet index; absent when never checked).
     */
    public record Practice(prepdeck.app.CardHistory history, String recallChart, java.time.LocalDate today,
                           java.util.Map<Integer, prepdeck.app.SnippetCheck> snippetStatus) {
        public Practice {
            snippetStatus = java.util.Map.copyOf(snippetStatus);
        }

        /** The most answers the history table lists: the newest, so a card answered for years keeps a short page. */
        public static final int HISTORY_ROWS = 200;

        /** The answers the table lists, oldest first: the newest {@link #HISTORY_ROWS}. */
        public java.util.List<prepdeck.app.CardHistory.Entry> shownReviews() {
            var all = history.reviews();
            return all.subList(Math.max(0, all.size() - HISTORY_ROWS), all.size());
        }

        /** How many earlier answers the table leaves out. */
        public int earlierReviews() {
            return Math.max(0, history.reviews().size() - HISTORY_ROWS);
        }

        public String due() {
            return history.due().map(d -> {
                var day = d.atZone(java.time.ZoneOffset.UTC).toLocalDate();
                long in = java.time.temporal.ChronoUnit.DAYS.between(today, day);
                return ReadinessPage.day(day) + (in < 0 ? " (overdue)" : in == 0 ? " (today)" : in == 1 ? " (tomorrow)" : " (in " + in + " days)");
            }).orElse("not yet: a new card");
        }

        public static String when(java.time.Instant at) {
            return WHEN.format(at.atZone(java.time.ZoneOffset.UTC));
        }

        public static String grade(int rating) {
            return switch (rating) {
                case 1 -> "Again";
                case 2 -> "Hard";
                case 3 -> "Good";
                default -> "Easy";
            };
        }

        public static String interval(java.time.Duration d) {
            return prepdeck.review.IntervalLabel.of(d);
        }

        private static final java.time.format.DateTimeFormatter WHEN =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);
    }

    public CardPage {
        java.util.Objects.requireNonNull(practice);
        java.util.Objects.requireNonNull(editorHref);
        coveredBy = List.copyOf(coveredBy);
        followUps = List.copyOf(followUps);
        snippets = List.copyOf(snippets);
        references = List.copyOf(references);
        java.util.Objects.requireNonNull(runRefused);
        java.util.Objects.requireNonNull(stem);
    }

    /** A card whose snippets may be run (or that has none). */
    public CardPage(CardView card, SafeHtml answer, Optional<TopicView> topic, Optional<CardLink> parent,
                    List<CardLink> followUps, List<Snippet> snippets, List<ReferenceLine> references) {
        this(card, answer, topic, parent, followUps, snippets, references, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), SafeHtml.NONE);
    }

    /**
     * For a gap: a Markdown stub to paste into its file at its line, the gap's title as a heading with the start of an
     * answer under it (from the first card that covers it, when one does).
     */
    public String markdownStub() {
        String title = card.prompt();
        String topic = card.topic();
        if (!topic.isEmpty()) {
            String last = topic.substring(topic.lastIndexOf(" / ") < 0 ? 0 : topic.lastIndexOf(" / ") + 3);
            if (title.startsWith(last + ": ")) title = title.substring(last.length() + 2);
        }
        var stub = new StringBuilder("## ").append(title).append("\n\n");
        if (!coveredBy.isEmpty()) stub.append("<!-- see also: ").append(coveredBy.getFirst().prompt()).append(" -->\n");
        return stub.append("TODO: answer in your own words\n").toString();
    }

    /**
     * Code from the card, ready for highlight.js.
     *
     * @param languageClass a {@code language-*} class, or empty when the language is unknown
     */
    public record Snippet(String languageClass, String language, String code, Optional<String> expectedOutput,
                          int line) {}
}
