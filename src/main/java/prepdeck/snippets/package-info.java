/**
 * Runs the Python found in the notes and says which examples still do what the notes claim.
 *
 * <h2>What is compared</h2>
 * A notebook cell's recorded output (what it printed, then the repr of a final bare expression,
 * as the notebook showed it; a last line like {@code ZeroDivisionError: division by zero} means the
 * cell is expected to raise that), and trailing comments on top-level statements: a comment with a
 * marker ("Выведет:", "Виведе:", "Output:", "Prints:", "=>", "->") or that looks like a value
 * ("100", "True", "&lt;class 'type'&gt;") is a claim about what the statement printed (for a print)
 * or the repr of its value (for a bare expression); commentary after " - " is ignored. Other
 * comments are prose and count only if they happen to equal the output. Object addresses
 * ({@code at 0x...}), line endings, trailing blanks and surrounding blank lines do not count.
 * Snippets of one card run after the card's earlier snippets in the same interpreter, as notebook
 * cells do; those earlier cells' failures are ignored, but a file they could not open makes the
 * verdict needs-fixture.
 *
 * <h2>Nondeterminism</h2>
 * Each run seeds {@code random} (run 1 with 1); when the first run differs from the notes, a second
 * run with seed 2 follows, and if the two runs disagree the verdict is nondeterministic rather than
 * differs. A snippet that matches by luck on the first run is ok. PYTHONHASHSEED is fixed at 0.
 *
 * <h2>The sandbox</h2>
 * Each run gets a fresh temporary directory (deleted afterwards) holding the driver script, the job,
 * {@code work/} (the snippet's working directory and HOME, with its fixtures) and {@code out/} (the
 * driver's result). The interpreter is started with an argument list, never a shell, with only
 * PATH, LANG=C.UTF-8, HOME, PYTHONIOENCODING=utf-8, PYTHONHASHSEED=0 in its environment.
 * <p>Enforced by the kernel when {@code unshare --user --map-root-user --net --pid --fork
 * --kill-child --mount --mount-proc} works (probed once per checker):
 * <ul>
 *   <li>no network: a new network namespace has only a downed loopback, so even 127.0.0.1 is unreachable;</li>
 *   <li>no writes outside {@code work/} and {@code out/}: every other mount is bind-remounted read-only
 *       before the snippet runs, then all capabilities are dropped (bounding set, capset,
 *       no_new_privs) so the snippet cannot remount; reads are not restricted;</li>
 *   <li>processes: RLIMIT_NPROC, and the pid namespace's own pid_max (Linux 6.14+) because
 *       RLIMIT_NPROC does not bind when the real user outside is root; stopping a run kills
 *       unshare, whose --kill-child takes the namespace's init and so every process of the run;</li>
 *   <li>RLIMIT_AS (memory, default 512 MB), RLIMIT_CPU (time limit + 1 s), RLIMIT_FSIZE (16 MB),
 *       RLIMIT_NOFILE, no core files;</li>
 *   <li>by the JVM: the wall-clock limit (default 5 s) and the output cap (64 KB each for stdout and
 *       stderr), both of which stop the whole run.</li>
 * </ul>
 * <p>Without working user namespaces (e.g. distributions that restrict them) the driver falls back to
 * Python-level guards: socket creation, writes through open/os functions outside {@code work/}, and
 * os.fork raise PermissionError. Those guards are advisory: code using ctypes, subprocess or
 * {@code _posixsubprocess} can get past them; the rlimits, time and output caps still hold.
 * {@link prepdeck.snippets.SnippetChecker#kernelIsolation()} says which mode is in effect.
 * <p>Not enforced in either mode: reading files the user can read (the snippet runs as the user), CPU
 * share among parallel runs, and disk use inside {@code work/} beyond the per-file cap.
 */
package prepdeck.snippets;
