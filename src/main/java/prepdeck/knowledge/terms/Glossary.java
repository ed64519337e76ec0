package prepdeck.knowledge.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field's terms across English, Russian and Ukrainian, shared by search (a query in one language finds cards in
 * another) and the answer checker (an answer in another language covers a point). Immutable; {@link #standard()}
 * reads the glossary that ships with prepdeck, {@link #with} adds concepts found in a user's notes.
 *
 * <p>Only exact folded phrases are looked up here; word forms («генераторы», "generators") are the client's
 * business, since search and the checker each have their own analysis of words.
 */
public final class Glossary {
    private static final String FOLDER = "/prepdeck/knowledge/terms/";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ`‘]");

    private final List<Concept> concepts;
    private final Map<String, List<Concept>> byTerm;

    private Glossary(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        var index = new HashMap<String, List<Concept>>();
        for (Concept c : this.concepts) {
            for (String term : c.allTerms()) index.computeIfAbsent(term, t -> new ArrayList<>(1)).add(c);
        }
        index.replaceAll((t, list) -> List.copyOf(list));
        this.byTerm = Map.copyOf(index);
    }

    /** The glossary that ships with prepdeck: every file named in the folder's {@code index.txt}. */
    public static Glossary standard() {
        String index = resource("index.txt");
        var concepts = new ArrayList<Concept>();
        for (String name : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            concepts.addAll(parse(name, resource(name), concepts.size()));
        }
        return new Glossary(concepts);
    }

    /** A glossary of the given concepts only (tests, or a user's own term list). */
    public static Glossary of(Collection<Concept> concepts) {
        return new Glossary(List.copyOf(concepts));
    }

    /** This glossary and more concepts (found in the notes); ids continue after this glossary's. */
    public Glossary with(Collection<Concept> more) {
        var all = new ArrayList<>(concepts);
        for (Concept c : more) all.add(new Concept(all.size(), c.source(), c.en(), c.ru(), c.uk()));
        return new Glossary(all);
    }

    /**
     * Reads glossary text: one concept a line, columns en, ru, uk separated by tabs, variants by " | "; blank lines
     * and lines starting with '#' are skipped. A malformed line fails with its file and line named.
     */
    public static List<Concept> parse(String name, String text, int firstId) {
        var out = new ArrayList<Concept>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] cols = l.split("\t", -1);
            if (cols.length != 3) {
                throw new IllegalArgumentException("%s line %d: expected 3 tab-separated columns (en, ru, uk), found %d"
                        .formatted(name, lineNo, cols.length));
            }
            var en = variants(cols[0]);
            var ru = variants(cols[1]);
            var uk = variants(cols[2]);
            if (en.isEmpty() && ru.isEmpty() && uk.isEmpty()) {
                throw new IllegalArgumentException("%s line %d: names no term".formatted(name, lineNo));
            }
            out.add(new Concept(firstId + out.size(), name + ":" + lineNo, en, ru, uk));
        }
        return out;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** The concepts one of whose terms is exactly this phrase, folded; empty when none. */
    public List<Concept> conceptsOf(String phrase) {
        return byTerm.getOrDefault(fold(phrase), List.of());
    }

    /** Every term of every concept, folded (for building a client's own index of word forms). */
    public Collection<String> terms() {
        return byTerm.keySet();
    }

    /** Lower case, ё as е, ’ and ʼ as ', runs of white space as one space, trimmed. */
    public static String fold(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        t = APOSTROPHES.matcher(t).replaceAll("'");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static List<String> variants(String column) {
        var out = new ArrayList<String>();
        for (String v : column.split("\\|")) {
            String f = fold(v);
            if (!f.isEmpty() && !out.contains(f)) out.add(f);
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Glossary.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("the glossary file " + FOLDER + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary file " + FOLDER + name, e);
        }
    }
}
