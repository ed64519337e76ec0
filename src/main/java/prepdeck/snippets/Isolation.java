package prepdeck.snippets;

/** How far the kernel isolates a snippet run on this machine, strongest first; probed once per checker. */
public enum Isolation {
    /**
     * bubblewrap: a filesystem view of its own (the Python runtime read-only, its working folder, a private /tmp,
     * a minimal /dev, its own /proc), an unprivileged user id, no network, its own pid namespace.
     */
    FILESYSTEM("each run sees only the Python runtime (read-only), its own folder and fixtures, a private /tmp;"
            + " no network, an unprivileged user, limits on time, memory, processes and output"),
    /**
     * {@code unshare} only: no network, no writes outside the working folder, but the snippet reads every file the
     * user running prepdeck can read.
     */
    NAMESPACES("WEAKER ISOLATION: no bubblewrap (bwrap) here, so a run has no network and cannot write outside its"
            + " folder, but it CAN READ every file the user running prepdeck can read (the data folder included)"),
    /** No user namespaces: Python-level guards only, which code can get past. */
    GUARDS("NO KERNEL SANDBOX: this machine allows no user namespaces, so runs have Python-level guards only (which"
            + " code can get past) and CAN READ every file the user running prepdeck can read");

    private final String sentence;

    Isolation(String sentence) {
        this.sentence = sentence;
    }

    /** What a run can and cannot reach, in words, for the CLI and the pages. */
    public String describe() {
        return sentence;
    }

    /** Whether the kernel enforces anything (namespaces), as opposed to the driver's guards. */
    public boolean kernel() {
        return this != GUARDS;
    }
}
