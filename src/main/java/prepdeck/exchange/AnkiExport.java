package prepdeck.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps our cards onto an Anki collection: one note (fields Front, Back, Topic, Source) and one card per
 * card, a deck per topic under {@value #ROOT_DECK}, the answers as revlog rows and the FSRS state as
 * Anki's scheduling fields. A note's modification time is when the card last changed (its text, or an
 * answer), so Anki updates what changed since an earlier export and leaves the rest. Everything that identifies a row is derived from our card id, so exporting
 * again gives the same GUIDs and ids and Anki updates the notes instead of adding them twice.
 */
public final class AnkiExport {
    /** Around a card's stem on the front of its note, so that an import of the note finds it again. */
    public static final String STEM_OPEN = "<div class=\"prepdeck-stem\">";
    public static final String STEM_CLOSE = "</div>";

    /** Every exported deck sits under this one. */
    public static final String ROOT_DECK = "prepdeck";
    /** The note type's id; the same in every export, so Anki recognises the notes as the same kind. */
    public static final long NOTE_TYPE_ID = 1_700_000_777_001L;
    public static final String NOTE_TYPE_NAME = "prepdeck card";
    public static final List<String> FIELDS = List.of("Front", "Back", "Topic", "Source");
    /** Note and card ids are this plus our card id: fixed, and clear of Anki's own (creation times in ms). */
    static final long ID_BASE = 1_000_000_000_000L;
    static final long MAX_ANSWER_MS = 60_000;

    private AnkiExport() {}

    /** The collection for these cards, exported at {@code now}. */
    public static AnkiCollection collection(List<ExportedCard> cards, Instant now) {
        Instant crtDay = now.truncatedTo(ChronoUnit.DAYS);
        for (var card : cards) {
            for (var answer : card.answers()) {
                Instant day = answer.at().truncatedTo(ChronoUnit.DAYS);
                if (day.isBefore(crtDay)) crtDay = day;
            }
        }
        long crt = crtDay.getEpochSecond();
        long today = Duration.between(crtDay, now).toDays();
        long nowSeconds = now.getEpochSecond();

        Map<String, Long> decks = new LinkedHashMap<>();
        decks.put(ROOT_DECK, deckId(ROOT_DECK));
        var notes = new ArrayList<AnkiCollection.Note>();
        var ankiCards = new ArrayList<AnkiCollection.Card>();
        var revlog = new ArrayList<AnkiCollection.Revlog>();
        var usedRevlogIds = new TreeSet<Long>();
        int newPosition = 0;
        for (var card : cards) {
            String deck = deckName(card.topic());
            for (int at = deck.indexOf("::"); at >= 0; at = deck.indexOf("::", at + 2)) {
                decks.putIfAbsent(deck.substring(0, at), deckId(deck.substring(0, at))); // parents first
            }
            decks.putIfAbsent(deck, deckId(deck));
            long noteId = ID_BASE + card.id();
            long cardId = ID_BASE + card.id();
            String sort = plainText(card.frontHtml());
            notes.add(new AnkiCollection.Note(noteId, guid(card.id()), card.changed().getEpochSecond(), tags(card),
                    List.of(card.frontHtml(), card.backHtml(), String.join(" / ", card.topic()), card.source()), sort, checksum(sort)));
            var history = history(card, cardId, usedRevlogIds);
            revlog.addAll(history.rows());
            ankiCards.add(schedule(card, cardId, noteId, decks.get(deck), nowSeconds, today, ++newPosition, history.lapses()));
        }
        var deckRows = decks.entrySet().stream().map(e -> new AnkiCollection.Deck(e.getValue(), e.getKey())).toList();
        return new AnkiCollection(crt, now.toEpochMilli(), NOTE_TYPE_ID, NOTE_TYPE_NAME, FIELDS, deckRows, notes, ankiCards, revlog);
    }

    private static final java.util.regex.Pattern OUR_GUID = java.util.regex.Pattern.compile("prepdeck-card-(\\d{1,18})");

    /** A stable GUID for our card: Anki matches notes across imports by it. */
    public static String guid(long cardId) {
        return "prepdeck-card-" + cardId;
    }

    /** The card id a GUID of ours ({@link #guid}) names; empty for any other GUID. */
    public static java.util.OptionalLong cardOfGuid(String guid) {
        var m = OUR_GUID.matcher(guid);
        return m.matches() ? java.util.OptionalLong.of(Long.parseLong(m.group(1))) : java.util.OptionalLong.empty();
    }

    /** The index of the Source field ({@code file:line}) among {@link #FIELDS}. */
    public static final int SOURCE_FIELD = 3;

    /** {@code A / B} becomes {@code prepdeck::A::B}; "::" inside a topic's title would nest, so it is softened. */
    static String deckName(List<String> topic) {
        var name = new StringBuilder(ROOT_DECK);
        for (String segment : topic) name.append("::").append(segment.replace("::", ":").strip());
        return name.toString();
    }

    /** A deck id from its name, the same in every export. */
    static long deckId(String name) {
        long hash = 1125899906842597L;
        for (char c : name.toCharArray()) hash = 31 * hash + c;
        return 1_400_000_000_000L + Math.floorMod(hash, 100_000_000_000L);
    }

    /** Ours (deck, kind, language), then the card's own (an Anki tag holds no space: one inside becomes {@code _}). */
    static String tags(ExportedCard card) {
        var out = new StringBuilder(" prepdeck kind::" + card.kind().toLowerCase() + " lang::" + card.language().toLowerCase() + " ");
        for (String tag : card.tags()) {
            String t = tag.strip().replaceAll("\\s+", "_");
            if (!t.isEmpty() && !isOurTag(t)) out.append(t).append(' ');
        }
        return out.toString();
    }

    /** A tag every export writes (deck, kind, language): not the card's own, so not taken back on import. */
    public static boolean isOurTag(String tag) {
        return tag.equals(ROOT_DECK) || tag.startsWith("kind::") || tag.startsWith("lang::");
    }

    /**
     * Anki's ease factor (permille) from FSRS difficulty: difficulty 1 (easiest) gives 3000, 10 (hardest)
     * gives 1300, linearly between, so SM-2 in an Anki without FSRS spaces easy cards further apart.
     */
    static int factor(double difficulty) {
        double d = Math.max(1, Math.min(10, difficulty));
        return (int) Math.round(3000 - (d - 1) / 9 * 1700);
    }

    private record History(List<AnkiCollection.Revlog> rows, int lapses) {}

    /**
     * The answers as revlog rows. We keep no Anki-style interval per answer, so each row's interval is the
     * time until the next answer (seconds, negative, when under a day, as Anki writes learning steps) and
     * the last one's is the card's current interval; a lapse is an Again after the card had reached review.
     */
    private static History history(ExportedCard card, long cardId, TreeSet<Long> used) {
        var rows = new ArrayList<AnkiCollection.Revlog>();
        var answers = card.answers();
        boolean reviewing = false;
        int lapses = 0;
        int lastInterval = 0;
        int factor = card.memory().map(m -> factor(m.difficulty())).orElse(2500);
        for (int i = 0; i < answers.size(); i++) {
            var answer = answers.get(i);
            Instant next = i + 1 < answers.size() ? answers.get(i + 1).at()
                    : card.memory().map(ExportedCard.Memory::due).orElse(answer.at());
            int interval = interval(Duration.between(answer.at(), next));
            int type = !reviewing ? 0 : answer.rating() == 1 ? 2 : 1;
            if (reviewing && answer.rating() == 1) lapses++;
            if (answer.rating() >= 2 && interval > 0) reviewing = true;
            else if (answer.rating() == 1) reviewing = false;
            long id = answer.at().toEpochMilli();
            while (!used.add(id)) id++;
            // Anki caps the time of an answer at a minute (its "maxTaken")
            int timeMs = (int) Math.min(MAX_ANSWER_MS, Math.max(0, answer.durationMs()));
            rows.add(new AnkiCollection.Revlog(id, cardId, answer.rating(), interval, lastInterval, type == 0 ? 0 : factor, timeMs, type));
            lastInterval = interval;
        }
        return new History(rows, lapses);
    }

    /** Days when a day or more, else negative seconds. */
    private static int interval(Duration gap) {
        if (gap.toHours() >= 24) return (int) Math.min(Integer.MAX_VALUE, Math.round(gap.toHours() / 24.0));
        return (int) -Math.max(1, gap.toSeconds());
    }

    private static AnkiCollection.Card schedule(ExportedCard card, long cardId, long noteId, long deckId, long nowSeconds, long today,
                                                int position, int lapses) {
        int reps = card.answers().size();
        if (card.memory().isEmpty()) {
            return new AnkiCollection.Card(cardId, noteId, deckId, nowSeconds, 0, 0, position, 0, 0, reps, lapses, 0, "");
        }
        var m = card.memory().get();
        int factor = factor(m.difficulty());
        String data = String.format(java.util.Locale.ROOT, "{\"s\":%.4f,\"d\":%.4f}", m.stability(), m.difficulty());
        int interval = (int) Math.max(1, Math.round(Duration.between(m.lastReview(), m.due()).toHours() / 24.0));
        if (m.state().equalsIgnoreCase("Review")) {
            long dueDay = today + Duration.between(Instant.ofEpochSecond(nowSeconds).truncatedTo(ChronoUnit.DAYS),
                    m.due().truncatedTo(ChronoUnit.DAYS)).toDays();
            return new AnkiCollection.Card(cardId, noteId, deckId, nowSeconds, 2, 2, dueDay, interval, factor, reps, lapses, 0, data);
        }
        int type = m.state().equalsIgnoreCase("Relearning") ? 3 : 1;
        return new AnkiCollection.Card(cardId, noteId, deckId, nowSeconds, type, 1, m.due().getEpochSecond(),
                type == 3 ? interval : 0, factor, reps, lapses, 1001, data);
    }

    /** A field's text without markup or entities, as Anki sorts and checksums it. */
    static String plainText(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /** The first 8 hex digits of the SHA-1 of the sort field, as Anki's duplicate check reads them. */
    static long checksum(String sortField) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(sortField.getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(HexFormat.of().formatHex(sha, 0, 4), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
