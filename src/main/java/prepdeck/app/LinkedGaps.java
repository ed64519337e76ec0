package prepdeck.app;

import java.util.List;
import java.util.Set;

/**
 * Gaps with their covering cards as far as they are known now: {@code pending} names the gaps whose links are still
 * to be looked for (their {@link GapView#related()} is empty for that reason, not because nothing covers them).
 */
public record LinkedGaps(List<GapView> gaps, Set<Long> pending) {
    public LinkedGaps {
        gaps = List.copyOf(gaps);
        pending = Set.copyOf(pending);
    }

    public boolean isPending(long gapId) {
        return pending.contains(gapId);
    }
}
