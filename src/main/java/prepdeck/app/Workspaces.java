package prepdeck.app;

/**
 * The use cases of one principal: a user's view of one deck. Single-user mode has exactly one; server mode
 * opens one per (user, deck) on demand and may keep them. Implementations are built by the composition
 * root, so the web and the CLI never learn how a store is opened.
 */
@FunctionalInterface
public interface Workspaces {
    UseCases of(Principal principal);

    /** Always the same use cases, whoever asks: single-user mode. */
    static Workspaces single(UseCases useCases) {
        return principal -> useCases;
    }
}
