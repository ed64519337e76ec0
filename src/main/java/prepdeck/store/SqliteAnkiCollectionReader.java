package prepdeck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import prepdeck.app.AnkiCollectionReader;
import prepdeck.app.InvalidInputException;
import prepdeck.exchange.AnkiContent;

/**
 * Reads an Anki collection read-only: schema 11 ({@code collection.anki2}/{@code .anki21}, decks as JSON in
 * {@code col}) or schema 18 (the inflated {@code collection.anki21b}, with a {@code decks} table). Only the
 * columns and JSON keys we use are read, so what a newer Anki adds is ignored. A note becomes one card:
 * its first card (lowest template ordinal), with the note's first field as front and second as back.
 */
public final class SqliteAnkiCollectionReader implements AnkiCollectionReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    @Override
    public AnkiContent read(Path collection, String shownAs) {
        checkHeader(collection, shownAs);
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = config.createConnection("jdbc:sqlite:" + collection.toAbsolutePath())) {
            // schema 18 (Anki 2.1.50+) declares its name columns COLLATE unicase; any case-blind order will do for reading
            org.sqlite.Collation.create(db, "unicase", new org.sqlite.Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            Map<Long, String> decks = new HashMap<>();
            if (hasTable(db, "decks")) { // schema 18: a decks table, names separated by \x1f
                try (var st = db.createStatement(); var rs = st.executeQuery("select id, name from decks")) {
                    while (rs.next()) decks.put(rs.getLong("id"), rs.getString("name").replace("\u001f", "::"));
                }
            } else try (var st = db.createStatement(); var rs = st.executeQuery("select decks from col")) {
                if (!rs.next()) throw new InvalidInputException(shownAs + ": the collection has no col row; not an Anki collection");
                JsonNode json = JSON.readTree(rs.getString("decks"));
                json.properties().forEach(e -> decks.put(e.getValue().path("id").asLong(Long.parseLong(e.getKey())),
                        e.getValue().path("name").asText("Default")));
            }
            var cards = new ArrayList<AnkiContent.Card>();
            Set<Long> kept = new HashSet<>();
            Set<Long> notesSeen = new HashSet<>();
            String sql = "select c.id, c.nid, c.did, c.odid, n.guid, n.flds, n.tags from cards c join notes n on n.id = c.nid order by c.nid, c.ord, c.id";
            try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    if (!notesSeen.add(rs.getLong("nid"))) continue;
                    long deck = rs.getLong("odid") != 0 ? rs.getLong("odid") : rs.getLong("did");
                    String[] fields = rs.getString("flds").split("\u001f", -1);
                    List<String> tags = Arrays.stream(rs.getString("tags").strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
                    cards.add(new AnkiContent.Card(rs.getLong("id"), java.util.Objects.requireNonNullElse(rs.getString("guid"), ""), fields[0],
                            fields.length > 1 ? fields[1] : "", decks.getOrDefault(deck, "Default"), tags, Arrays.asList(fields)));
                    kept.add(rs.getLong("id"));
                }
            }
            var reviews = new ArrayList<AnkiContent.Review>();
            try (var st = db.createStatement(); var rs = st.executeQuery("select id, cid, ease, time, type from revlog order by id")) {
                while (rs.next()) {
                    if (!kept.contains(rs.getLong("cid"))) continue;
                    reviews.add(new AnkiContent.Review(rs.getLong("id"), rs.getLong("cid"), Instant.ofEpochMilli(rs.getLong("id")),
                            rs.getInt("ease"), Math.max(0, rs.getLong("time")), rs.getInt("type")));
                }
            }
            return new AnkiContent(cards, reviews);
        } catch (SQLException e) {
            throw new InvalidInputException(shownAs + ": not an Anki collection we can read (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i) throw i;
            throw new InvalidInputException(shownAs + ": the collection's settings cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasTable(Connection db, String name) throws SQLException {
        try (var st = db.prepareStatement("select 1 from sqlite_master where type = 'table' and name = ?")) {
            st.setString(1, name);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void checkHeader(Path file, String shownAs) {
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                throw new InvalidInputException(shownAs + ": the collection inside is not a SQLite database (corrupt package?)");
            }
        } catch (IOException e) {
            throw new InvalidInputException(shownAs + ": cannot read the collection: " + e.getMessage(), e);
        }
    }
}
