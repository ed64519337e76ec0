package prepdeck.snippets;

/** The verdict on one snippet; {@link #code()} is the contract's spelling. */
public enum Status {
    /** Ran, and printed what the notes claim (or the notes claim nothing). */
    OK("ok"),
    /** Ran, and printed something else than the notes claim, the same way twice. */
    DIFFERS("differs"),
    /** Did not run to the end: an exception, a syntax error, or a limit of the sandbox. */
    ERROR("error"),
    /** Printed something else than the notes claim, and something else again on a second run. */
    NONDETERMINISTIC("nondeterministic"),
    /** Needs a file the notes do not have; attach it as a fixture. */
    NEEDS_FIXTURE("needs-fixture"),
    /** Not Python, or no Python on this machine. */
    SKIPPED("skipped");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
