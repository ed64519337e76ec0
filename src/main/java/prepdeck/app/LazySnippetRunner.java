package prepdeck.app;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import prepdeck.snippets.CheckResult;
import prepdeck.snippets.SnippetChecker;
import prepdeck.snippets.SnippetTask;

/**
 * The real checker, made on first use: finding python3 and probing the sandbox start processes,
 * which a command that runs no snippet should not pay for.
 */
public final class LazySnippetRunner implements SnippetRunner {
    private final Supplier<SnippetChecker> make;
    private SnippetChecker checker;

    public LazySnippetRunner(Supplier<SnippetChecker> make) {
        this.make = Objects.requireNonNull(make);
    }

    private synchronized SnippetChecker checker() {
        if (checker == null) checker = Objects.requireNonNull(make.get());
        return checker;
    }

    @Override
    public List<CheckResult> checkAll(List<SnippetTask> tasks, int parallelism) {
        return checker().checkAll(tasks, parallelism);
    }

    @Override
    public CheckResult check(SnippetTask task) {
        return checker().check(task);
    }

    @Override
    public prepdeck.snippets.Isolation isolation() {
        return checker().isolation();
    }
}
