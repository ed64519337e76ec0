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
 * PATH, LANG=C.UTF-8, HOME, PYTHONIOENCODING=utf-8, PYTHONHASHSEED=0 in its environment. The strongest of
 * three levels this machine allows is used ({@link prepdeck.snippets.Isolation}, probed once per checker):
 * <ul>
 *   <li><b>FILESYSTEM</b> (bubblewrap): a root of its own built per run: {@code /usr} and the interpreter's own
 *       prefix (pyenv, venv) read-only, the loader's cache and the time zone, a two-line passwd/group, {@code /work}
 *       (the run's folder), {@code /prepdeck} (driver and job read-only, the result folder), a private {@code /tmp}
 *       (tmpfs, 4 x the file cap), bubblewrap's minimal {@code /dev} and the run's own {@code /proc}; the root and
 *       {@code /dev} are then made read-only. No data folder, no home, no {@code /etc/shadow}, no other run's
 *       files. The snippet runs as uid/gid 65534 with no capabilities and no_new_privs, in its own user, pid, net,
 *       IPC, UTS and cgroup namespaces, in a new session; bubblewrap dies with its parent. Around it {@code unshare}
 *       makes an outer pid namespace whose pid_max a constant {@code sh -c} line caps: when prepdeck runs as root
 *       the sandbox user is root to the kernel, so RLIMIT_NPROC does not bind and it could raise its own pid
 *       namespace's pid_max, but not the outer one's.</li>
 *   <li><b>NAMESPACES</b> ({@code unshare --user --map-root-user --net --pid --fork --kill-child --mount
 *       --mount-proc}): no network; every mount but {@code work/} and {@code out/} bind-remounted read-only, then all
 *       capabilities dropped; but reads are not restricted: the snippet reads every file the user can read. Said
 *       loudly ("WEAKER ISOLATION").</li>
 *   <li><b>GUARDS</b> (no user namespaces): Python-level guards only: socket creation, writes through open/os
 *       functions outside {@code work/}, and os.fork raise PermissionError. Advisory: code using ctypes,
 *       subprocess or {@code _posixsubprocess} can get past them.</li>
 * </ul>
 * <p>At every level: RLIMIT_AS (memory, default 512 MB), RLIMIT_CPU (time limit + 1 s), RLIMIT_FSIZE (16 MB),
 * RLIMIT_NPROC, RLIMIT_NOFILE, no core files; and by the JVM the wall-clock limit (default 5 s) and the output
 * cap (64 KB each for stdout and stderr), both of which stop the whole run.
 * {@link prepdeck.snippets.SnippetChecker#onlyWithOwnFilesystem()} is a server's policy: no code runs below
 * FILESYSTEM (checks are skipped, saying why).
 * <p>Not enforced: CPU share among parallel runs, and disk use inside {@code work/} beyond the per-file cap; the
 * snippet can write its own result file (it can only lie about its own verdict).
 */
package prepdeck.snippets;
