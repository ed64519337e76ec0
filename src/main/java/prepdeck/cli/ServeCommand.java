package prepdeck.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck serve [--port N] [--host H] [--lan | --accounts]} */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the HTTP API until interrupted (Ctrl-C).",
                "Listens on 127.0.0.1 unless --host or --lan says otherwise: single-user mode has no login.",
                "Single-user mode watches the notes the deck was imported from and imports an edited note again as",
                "it is saved (cards keep their history). PREPDECK_EDITOR_URL (e.g. vscode://file{file}:{line}) adds",
                "\"Open in editor\" to card and gap pages."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 7878;

    @ParentCommand PrepdeckCommand root;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: 127.0.0.1; with --lan all of this computer's addresses).")
    String host;

    @Option(names = "--lan", description = {"Single-user mode for a phone on the local network: listens on it, prints a one-time pairing",
            "link and its QR code; only this computer and paired devices are served (revoke them on the settings page",
            "or with 'prepdeck devices revoke ID')."})
    boolean lan;

    @Option(names = "--accounts", description = {"Server mode: sign-in required, one account per learner (create the first with",
            "'prepdeck user add NAME --admin'; otherwise the first to sign up becomes the admin)."})
    boolean accounts;

    @Option(names = "--signup", paramLabel = "POLICY", description = "With --accounts: who may sign up on the web: open, invite (with a code from "
            + "'prepdeck user invite' or an owner's account page) or closed (default: ${DEFAULT-VALUE}).")
    String signup = "invite";

    @Option(names = "--behind-https-proxy", description = {"With --accounts: the server is reached through a reverse proxy that terminates HTTPS:",
            "cookies are marked Secure and the client's address is the proxy's last X-Forwarded-For hop."})
    boolean behindHttpsProxy;

    private final WebServing serving;
    private final ServerAccounts serverAccounts;
    private final LanServing lanServing;

    ServeCommand(WebServing serving, ServerAccounts serverAccounts, LanServing lanServing) {
        this.serving = serving;
        this.serverAccounts = serverAccounts;
        this.lanServing = lanServing;
    }

    @Override
    public Integer call() throws Exception {
        if (lan) return serveOnLan();
        String host = this.host == null ? "127.0.0.1" : this.host;
        if (!accounts) return serveUntilInterrupted(root, serving, host, port, "");
        prepdeck.accounts.SignupPolicy policy;
        try {
            policy = prepdeck.accounts.SignupPolicy.parse(signup);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--signup: " + e.getMessage());
        }
        var opened = serverAccounts.open(root.dataFolder(), root.database(), policy);
        String note = "server mode: sign-up " + policy.label() + (opened.noAccounts()
                ? "; no account yet: create the admin with 'prepdeck user add NAME --admin'"
                        + (policy == prepdeck.accounts.SignupPolicy.OPEN ? " (or the first to sign up becomes the admin)" : "")
                : "");
        WebServing withAccounts = (useCases, folder, h, p) -> serverAccounts.serve(opened, folder, root.database(), h, p, behindHttpsProxy);
        return serveUntilInterrupted(root, withAccounts, host, port, note);
    }

    private int serveOnLan() throws InterruptedException {
        var line = root.spec.commandLine();
        if (accounts) throw new picocli.CommandLine.ParameterException(line, "--lan is single-user mode; --accounts is server mode: choose one");
        String listenOn = host == null ? "0.0.0.0" : host;
        String lanAddress = LanAddress.forListening(listenOn).orElseThrow(() -> new picocli.CommandLine.ParameterException(line,
                "--lan: " + (LanAddress.isLoopback(listenOn) ? "--host " + listenOn + " is this computer only, which no phone can reach; "
                        + "leave --host out to listen on every address, or name this computer's network address"
                        : "this computer has no network address a phone could reach (connect to a network, or name the address with --host)")));
        var pairingLink = new java.util.concurrent.atomic.AtomicReference<URI>();
        WebServing onLan = (useCases, folder, h, p) -> {
            var served = lanServing.serve(useCases, folder, root.database(), h, lanAddress, p);
            pairingLink.set(served.pairingLink());
            return served.served();
        };
        boolean everyAddress = LanAddress.isWildcard(listenOn);
        return serveUntilInterrupted(root, onLan, listenOn, port, () -> {
            URI link = pairingLink.get();
            String settings = everyAddress
                    ? "this computer's settings page, http://127.0.0.1:" + link.getPort() + "/settings#devices, shows a new one and the paired devices"
                    : "listening on " + listenOn + " only, this computer's own browser pairs like a phone; 'prepdeck devices list|revoke' manages devices";
            return "on the local network at " + lanAddress + "; requests from other devices are refused unless paired.\n"
                    + "To pair a phone, open this link on it or scan the code (one device, within 10 minutes; " + settings + "):\n"
                    + link + "\n" + TerminalQr.draw(link.toString());
        }, () -> { });
    }

    /** Starts the server, prints its URL, and blocks until the JVM is asked to stop. */
    static int serveUntilInterrupted(PrepdeckCommand root, WebServing serving, String host, int port, String note) throws InterruptedException {
        return serveUntilInterrupted(root, serving, host, port, note, () -> { });
    }

    /** The same; {@code afterStop} runs once the server has stopped (the demo deletes its temporary folder). */
    static int serveUntilInterrupted(PrepdeckCommand root, WebServing serving, String host, int port, String note, Runnable afterStop)
            throws InterruptedException {
        return serveUntilInterrupted(root, serving, host, port, () -> note, afterStop);
    }

    /** The same with a note made once the server runs (it may name what the server chose). */
    static int serveUntilInterrupted(PrepdeckCommand root, WebServing serving, String host, int port,
                                     java.util.function.Supplier<String> afterStart, Runnable afterStop) throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--port must be 0–65535, got " + port);
        WebServing.Served served;
        try {
            served = serving.serve(root.useCases(), root.dataFolder(), host, port);
        } catch (RuntimeException e) {
            if (bindFailure(e)) {
                afterStop.run();
                throw new prepdeck.app.InvalidInputException("cannot listen on " + host + ":" + port
                        + ": the port is in use (another prepdeck, or another program); choose another with --port N, or --port 0 for any free one");
            }
            throw e;
        }
        var out = root.console().out();
        String note = afterStart.get();
        if (!note.isEmpty()) out.println(note);
        // the database is named by its host and name only: the URL may hold a password
        String what = root.database().map(ServeCommand::withoutCredentials).orElse(root.dataFolder().toString());
        out.println("prepdeck is serving " + what + " at " + served.url());
        out.println("press Ctrl-C to stop");
        out.flush();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                served.stop().close();
            } catch (Exception e) {
                // the JVM is going down either way
            } finally {
                afterStop.run();
                stopped.countDown();
            }
        }, "prepdeck-stop"));
        stopped.await();
        return Cli.OK;
    }

    /** Whether starting the server failed because the address was taken (Jetty's BindException, however wrapped). */
    static boolean bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.BindException) return true;
            String m = t.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("address already in use")) return true;
        }
        return false;
    }

    /** "postgresql://ann:secret@db:5432/course?x" → "postgresql://db:5432/course". */
    static String withoutCredentials(String url) {
        String rest = url;
        int scheme = rest.indexOf("://");
        String prefix = scheme < 0 ? "" : rest.substring(0, scheme + 3);
        rest = scheme < 0 ? rest : rest.substring(scheme + 3);
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        if (at >= 0) rest = rest.substring(at + 1);
        int query = rest.indexOf('?');
        return prefix + (query < 0 ? rest : rest.substring(0, query));
    }
}
