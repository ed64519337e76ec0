package prepdeck.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import prepdeck.app.CardView;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;

/**
 * Times search on a synthetic deck: a full reindex of {@code cards} cards, then {@code queries} queries
 * (after a warm-up of the same mix). Cards and queries are made from the seed notes' own words (Russian,
 * Ukrainian, English; common words more often, as in real notes) with a fixed seed, so runs compare.
 * A tenth of the queries carry a typo; each asks for 20 hits with highlights. Figures: {@code reindex_seconds}
 * (wall) and {@code reindex_cpu_seconds} (whole process), {@code query_p50_ms}, {@code query_p95_ms},
 * {@code query_p99_ms}, {@code query_mean_ms} (wall), {@code query_cpu_p50_ms}, {@code query_cpu_p95_ms}
 * (the searching thread's CPU time, steady on a shared machine), {@code hits_per_query}, {@code cards},
 * {@code queries}.
 */
public final class SearchBenchmark {
    public static final int DEFAULT_CARDS = 100_000, DEFAULT_QUERIES = 1_000;
    public static final long DEFAULT_SEED = 20240601L;

    private final Map<Language, Vocabulary> words = new EnumMap<>(Language.class);
    private final Random random;

    private SearchBenchmark(long seed) {
        this.random = new Random(seed);
        for (Language l : Language.values()) words.put(l, new Vocabulary(load("bench-words-" + l.code() + ".txt")));
    }

    public static void main(String[] args) {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CARDS;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_QUERIES;
        boolean slowest = Arrays.asList(args).contains("--slowest");
        run(cards, queries, DEFAULT_SEED, slowest ? System.out::println : line -> {})
                .forEach((name, value) -> System.out.printf("%-20s %10.3f%n", name, value));
    }

    /** Builds the deck, indexes it in memory, runs the queries; returns the figures by name. */
    /** The benchmark's query mix (the three languages, one in ten with a typo), for timing search another way (over HTTP). */
    public static List<String> queryMix(int count, long seed) {
        return new SearchBenchmark(seed).queries(count);
    }

    public static Map<String, Double> run(int cards, int queries, long seed) {
        return run(cards, queries, seed, line -> {});
    }

    /** As {@link #run(int, int, long)}, telling {@code slowest} the ten slowest queries. */
    public static Map<String, Double> run(int cards, int queries, long seed, java.util.function.Consumer<String> slowest) {
        var bench = new SearchBenchmark(seed);
        List<CardView> deck = bench.deck(cards);
        List<String> mix = bench.queries(queries);
        List<String> warmUp = bench.queries(Math.max(200, queries / 2));
        var figures = new LinkedHashMap<String, Double>();
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            long start = System.nanoTime(), startCpu = processCpuNanos();
            index.replaceAll(deck);
            figures.put("reindex_seconds", (System.nanoTime() - start) / 1e9);
            figures.put("reindex_cpu_seconds", (processCpuNanos() - startCpu) / 1e9);
            figures.put("segments", (double) index.segments());
            for (String q : warmUp) index.search(q, 20);
            double[] millis = new double[mix.size()], cpuMillis = new double[mix.size()];
            var threads = ManagementFactory.getThreadMXBean();
            long hits = 0;
            for (int i = 0; i < mix.size(); i++) {
                long t = System.nanoTime(), cpu = threads.getCurrentThreadCpuTime();
                hits += index.search(mix.get(i), 20).size();
                millis[i] = (System.nanoTime() - t) / 1e6;
                cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            Integer[] order = new Integer[mix.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Double.compare(cpuMillis[b], cpuMillis[a]));
            for (int i = 0; i < Math.min(10, order.length); i++) {
                slowest.accept("%8.3f ms cpu  %s".formatted(cpuMillis[order[i]], mix.get(order[i])));
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            figures.put("query_p50_ms", percentile(millis, 0.50));
            figures.put("query_p95_ms", percentile(millis, 0.95));
            figures.put("query_p99_ms", percentile(millis, 0.99));
            figures.put("query_mean_ms", Arrays.stream(millis).average().orElse(0));
            // on a busy machine wall time includes waiting for a core; CPU time is what the search itself costs
            figures.put("query_cpu_p50_ms", percentile(cpuMillis, 0.50));
            figures.put("query_cpu_p95_ms", percentile(cpuMillis, 0.95));
            figures.put("hits_per_query", (double) hits / Math.max(1, mix.size()));
        }
        figures.put("cards", (double) cards);
        figures.put("queries", (double) queries);
        return figures;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private List<CardView> deck(int size) {
        var topics = new ArrayList<String>();
        for (int i = 0; i < 400; i++) {
            Language l = language();
            String root = capitalised(words.get(l).pick(random, 300));
            topics.add(random.nextInt(3) == 0 ? root : root + " / " + capitalised(phrase(l, 1 + random.nextInt(2), 600)));
        }
        var cards = new ArrayList<CardView>(size);
        CardKind[] kinds = CardKind.values();
        for (int i = 0; i < size; i++) {
            Language l = language();
            boolean gap = random.nextInt(10) == 0;
            String prompt = capitalised(phrase(l, 3 + random.nextInt(8), Integer.MAX_VALUE)) + "?";
            String answer = gap ? "" : text(l, 15 + random.nextInt(70));
            cards.add(new CardView(i + 1, prompt, answer, kinds[random.nextInt(kinds.length)], topics.get(random.nextInt(topics.size())),
                    "bench/" + (i / 200) + ".md", 1 + (i % 200) * 3, l, gap ? CardStatus.GAP : CardStatus.ANSWERED,
                    Optional.empty(), List.of(), List.of(), List.of()));
        }
        return cards;
    }

    private List<String> queries(int count) {
        var out = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            Language l = language();
            var query = new ArrayList<String>();
            int length = 1 + random.nextInt(3);
            for (int w = 0; w < length; w++) query.add(words.get(l).pick(random, Integer.MAX_VALUE));
            if (i % 10 == 0) {
                int at = random.nextInt(query.size());
                query.set(at, typo(query.get(at)));
            }
            out.add(String.join(" ", query));
        }
        return out;
    }

    /** One slip of the finger after the first letter: a letter dropped, doubled, swapped or replaced. */
    private String typo(String word) {
        if (word.length() < 4) return word;
        int at = 1 + random.nextInt(word.length() - 2);
        var b = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, word.charAt(at));
            case 2 -> {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
            default -> b.setCharAt(at, word.charAt(random.nextInt(word.length())));
        }
        return b.toString();
    }

    private Language language() {
        int r = random.nextInt(100);
        return r < 45 ? Language.RU : r < 80 ? Language.UK : Language.EN;
    }

    private String text(Language l, int length) {
        var out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) out.append(i % 12 == 0 ? ".\n" : " ");
            // notes in Russian and Ukrainian carry English terms
            Language from = l != Language.EN && random.nextInt(10) == 0 ? Language.EN : l;
            out.append(words.get(from).pick(random, Integer.MAX_VALUE));
        }
        return out.toString();
    }

    private String phrase(Language l, int length, int within) {
        var out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) out.append(' ');
            out.append(words.get(l).pick(random, within));
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> load(String name) {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("benchmark word list missing: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /** Words by how common they are in the notes; picked with Zipf's law (the k-th word about 1/k as often). */
    private record Vocabulary(List<String> byFrequency, double[] cumulative) {
        Vocabulary(List<String> byFrequency) {
            this(byFrequency, cumulative(byFrequency.size()));
        }

        private static double[] cumulative(int n) {
            double[] c = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) c[k] = sum += 1.0 / (k + 1);
            return c;
        }

        /** A word among the {@code within} commonest. */
        String pick(Random random, int within) {
            int n = Math.min(within, byFrequency.size());
            double r = random.nextDouble() * cumulative[n - 1];
            int i = Arrays.binarySearch(cumulative, 0, n, r);
            return byFrequency.get(i >= 0 ? i : Math.min(n - 1, -i - 1));
        }
    }
}
