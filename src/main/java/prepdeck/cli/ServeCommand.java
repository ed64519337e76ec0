package prepdeck.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck serve [--port N] [--host H]} */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI and the HTTP API until interrupted (Ctrl-C).",
                "Listens on 127.0.0.1 unless --host says otherwise: single-user mode has no login."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 7878;

    @ParentCommand PrepdeckCommand root;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    private final WebServing serving;

    ServeCommand(WebServing serving) {
        this.serving = serving;
    }

    @Override
    public Integer call() throws Exception {
        return serveUntilInterrupted(root, serving, host, port, "");
    }

    /** Starts the server, prints its URL, and blocks until the JVM is asked to stop. */
    static int serveUntilInterrupted(PrepdeckCommand root, WebServing serving, String host, int port, String note) throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--port must be 0–65535, got " + port);
        var served = serving.serve(root.useCases(), root.dataFolder(), host, port);
        var out = root.console().out();
        if (!note.isEmpty()) out.println(note);
        out.println("prepdeck is serving " + root.dataFolder() + " at " + served.url());
        out.println("press Ctrl-C to stop");
        out.flush();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                served.stop().close();
            } catch (Exception e) {
                // the JVM is going down either way
            } finally {
                stopped.countDown();
            }
        }, "prepdeck-stop"));
        stopped.await();
        return Cli.OK;
    }
}
