package prepdeck.app;

import java.util.List;
import prepdeck.snippets.CheckResult;
import prepdeck.snippets.SnippetTask;

/**
 * Runs snippets in a sandbox and judges them; {@link LazySnippetRunner} puts the real
 * {@link prepdeck.snippets.SnippetChecker} behind it, tests may put anything.
 */
public interface SnippetRunner {
    /** Results in task order, at most {@code parallelism} runs at a time. */
    List<CheckResult> checkAll(List<SnippetTask> tasks, int parallelism);

    CheckResult check(SnippetTask task);

    /** Whether runs are isolated by the kernel (namespaces) or only by the driver's Python-level guards. */
    default boolean kernelIsolation() {
        return isolation().kernel();
    }

    /** How runs are isolated: a filesystem of their own (bubblewrap), namespaces only, or Python-level guards. */
    prepdeck.snippets.Isolation isolation();
}
