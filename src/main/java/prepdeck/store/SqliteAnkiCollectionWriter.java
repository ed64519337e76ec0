package prepdeck.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import prepdeck.app.AnkiCollectionWriter;
import prepdeck.exchange.AnkiCollection;

/**
 * Writes {@link AnkiCollection} as the SQLite file of Anki's schema 11: the tables of
 * {@code anki/schema11.sql}, one {@code col} row whose JSON columns hold the note type, the decks and
 * the deck options (id 1, which current Anki requires), then the notes, cards and revlog rows.
 */
public final class SqliteAnkiCollectionWriter implements AnkiCollectionWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char FIELD_SEPARATOR = '\u001f';

    @Override
    public void write(AnkiCollection c, Path file) {
        if (Files.exists(file)) throw new IllegalArgumentException(file + " exists");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            db.setAutoCommit(false);
            try (var st = db.createStatement()) {
                String schema = schema().lines().filter(l -> !l.strip().startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
                for (String statement : schema.split(";")) {
                    if (!statement.isBlank()) st.execute(statement);
                }
            }
            long modSeconds = c.modMillis() / 1000;
            try (var col = db.prepareStatement("insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                col.setLong(1, c.crtSeconds());
                col.setLong(2, c.modMillis());
                col.setLong(3, c.modMillis());
                col.setString(4, conf(c).toString());
                col.setString(5, models(c, modSeconds).toString());
                col.setString(6, decks(c, modSeconds).toString());
                col.setString(7, dconf().toString());
                col.executeUpdate();
            }
            try (var notes = db.prepareStatement("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")) {
                for (var n : c.notes()) {
                    notes.setLong(1, n.id());
                    notes.setString(2, n.guid());
                    notes.setLong(3, c.noteTypeId());
                    notes.setLong(4, n.mod());
                    notes.setString(5, n.tags());
                    notes.setString(6, String.join(String.valueOf(FIELD_SEPARATOR), n.fields()));
                    notes.setString(7, n.sortField());
                    notes.setLong(8, n.checksum());
                    notes.addBatch();
                }
                notes.executeBatch();
            }
            try (var cards = db.prepareStatement("insert into cards values (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")) {
                for (var k : c.cards()) {
                    cards.setLong(1, k.id());
                    cards.setLong(2, k.noteId());
                    cards.setLong(3, k.deckId());
                    cards.setLong(4, k.mod());
                    cards.setInt(5, k.type());
                    cards.setInt(6, k.queue());
                    cards.setLong(7, k.due());
                    cards.setInt(8, k.interval());
                    cards.setInt(9, k.factor());
                    cards.setInt(10, k.reps());
                    cards.setInt(11, k.lapses());
                    cards.setInt(12, k.left());
                    cards.setString(13, k.data());
                    cards.addBatch();
                }
                cards.executeBatch();
            }
            try (var revlog = db.prepareStatement("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)")) {
                for (var r : c.revlog()) {
                    revlog.setLong(1, r.id());
                    revlog.setLong(2, r.cardId());
                    revlog.setInt(3, r.ease());
                    revlog.setInt(4, r.interval());
                    revlog.setInt(5, r.lastInterval());
                    revlog.setInt(6, r.factor());
                    revlog.setInt(7, r.timeMs());
                    revlog.setInt(8, r.type());
                    revlog.addBatch();
                }
                revlog.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the Anki collection " + file + ": " + e.getMessage(), e);
        }
    }

    private static String schema() {
        try (InputStream in = SqliteAnkiCollectionWriter.class.getResourceAsStream("/anki/schema11.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode conf(AnkiCollection c) {
        var conf = JSON.createObjectNode();
        conf.put("nextPos", c.cards().size() + 1).put("curDeck", 1).put("schedVer", 2).put("sortType", "noteFld")
                .put("sortBackwards", false).put("addToCur", true).put("curModel", c.noteTypeId()).put("newSpread", 0)
                .put("dueCounts", true).put("collapseTime", 1200).put("estTimes", true).put("timeLim", 0);
        conf.putArray("activeDecks").add(1);
        return conf;
    }

    private static ObjectNode models(AnkiCollection c, long mod) {
        var model = JSON.createObjectNode();
        model.put("id", c.noteTypeId()).put("name", c.noteTypeName()).put("type", 0).put("mod", mod).put("usn", -1)
                .put("sortf", 0).put("did", c.decks().isEmpty() ? 1 : c.decks().get(0).id())
                .put("css", ".card { font-family: sans-serif; font-size: 18px; text-align: left; }\n.topic { color: #777; font-size: 14px; }")
                .put("latexPre", "\\documentclass[12pt]{article}\n\\begin{document}\n").put("latexPost", "\\end{document}");
        var template = model.putArray("tmpls").addObject();
        template.put("name", "Card 1").put("ord", 0)
                .put("qfmt", "<div class=topic>{{Topic}}</div>\n{{Front}}")
                .put("afmt", "{{FrontSide}}\n<hr id=answer>\n{{Back}}\n<div class=topic>{{Source}}</div>")
                .put("bqfmt", "").put("bafmt", "").putNull("did");
        ArrayNode fields = model.putArray("flds");
        for (int i = 0; i < c.fieldNames().size(); i++) {
            fields.addObject().put("name", c.fieldNames().get(i)).put("ord", i).put("sticky", false).put("rtl", false)
                    .put("font", "Arial").put("size", 20).putArray("media");
        }
        var req = model.putArray("req").addArray();
        req.add(0).add("any").addArray().add(0);
        model.putArray("tags");
        model.putArray("vers");
        var models = JSON.createObjectNode();
        models.set(String.valueOf(c.noteTypeId()), model);
        return models;
    }

    private static ObjectNode decks(AnkiCollection c, long mod) {
        var decks = JSON.createObjectNode();
        decks.set("1", deck(1, "Default", mod));
        for (var d : c.decks()) decks.set(String.valueOf(d.id()), deck(d.id(), d.name(), mod));
        return decks;
    }

    private static ObjectNode deck(long id, String name, long mod) {
        var deck = JSON.createObjectNode();
        deck.put("id", id).put("name", name).put("mod", mod).put("usn", -1).put("collapsed", false).put("browserCollapsed", false)
                .put("desc", "").put("dyn", 0).put("conf", 1).put("extendNew", 0).put("extendRev", 0);
        for (String day : new String[] {"newToday", "revToday", "lrnToday", "timeToday"}) deck.putArray(day).add(0).add(0);
        return deck;
    }

    private static ObjectNode dconf() {
        var options = JSON.createObjectNode();
        options.put("id", 1).put("name", "Default").put("mod", 0).put("usn", 0).put("maxTaken", 60).put("autoplay", true)
                .put("timer", 0).put("replayq", true).put("dyn", false);
        var fresh = options.putObject("new");
        fresh.put("bury", false).put("initialFactor", 2500).put("order", 1).put("perDay", 20);
        fresh.putArray("delays").add(1.0).add(10.0);
        fresh.putArray("ints").add(1).add(4).add(0);
        var lapse = options.putObject("lapse");
        lapse.put("leechAction", 1).put("leechFails", 8).put("minInt", 1).put("mult", 0.0);
        lapse.putArray("delays").add(10.0);
        options.putObject("rev").put("bury", false).put("ease4", 1.3).put("ivlFct", 1.0).put("maxIvl", 36500).put("perDay", 200)
                .put("hardFactor", 1.2);
        var all = JSON.createObjectNode();
        all.set("1", options);
        return all;
    }
}
