package prepdeck.snippets;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import prepdeck.knowledge.Snippet;

/**
 * What a filesystem of its own costs per run: the same snippet run alternately with bubblewrap
 * ({@link Isolation#FILESYSTEM}) and with unshare only ({@link Isolation#NAMESPACES}, the sandbox before bubblewrap),
 * one run at a time, in one JVM. Tagged long: run it by name with {@code -DexcludedGroups= -Dtest=SandboxCostBench}.
 */
@Tag("long")
class SandboxCostBench {
    private static final int ROUNDS = 30;

    @Test
    void perRunCostWithAndWithoutAFilesystemOfItsOwn() {
        var python = SnippetChecker.findPython();
        var unshare = SnippetChecker.findUnshare();
        var bwrap = SnippetChecker.findBwrap();
        assumeThat(python.isPresent() && unshare.isPresent() && bwrap.isPresent()).as("python3, unshare and bwrap").isTrue();
        var fresh = new SnippetChecker(python.get(), Limits.defaults(), Clock.systemUTC(), unshare.get(), bwrap.get());
        var shared = new SnippetChecker(python.get(), Limits.defaults(), Clock.systemUTC(), unshare.get(), null);
        assumeThat(fresh.isolation()).isEqualTo(Isolation.FILESYSTEM);
        assumeThat(shared.isolation()).isEqualTo(Isolation.NAMESPACES);
        var snippet = new Snippet("python", "import json, collections\nprint(json.dumps(collections.Counter('abca')))  # {\"a\": 2, \"b\": 1, \"c\": 1}",
                Optional.empty(), 1);
        var a = new ArrayList<Long>();
        var b = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            fresh.check(snippet, Map.of());
            shared.check(snippet, Map.of());
        }
        for (int i = 0; i < ROUNDS; i++) {
            a.add(time(() -> fresh.check(snippet, Map.of())));
            b.add(time(() -> shared.check(snippet, Map.of())));
        }
        System.out.printf("per snippet run, median of %d (min): bubblewrap %.1f ms (%.1f), unshare only %.1f ms (%.1f)%n", ROUNDS,
                median(a), min(a), median(b), min(b));
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static double median(List<Long> ns) {
        var s = ns.stream().mapToLong(Long::longValue).sorted().toArray();
        return s[s.length / 2] / 1e6;
    }

    private static double min(List<Long> ns) {
        return Arrays.stream(ns.stream().mapToLong(Long::longValue).toArray()).min().orElse(0) / 1e6;
    }
}
