package prepdeck.web;

import io.javalin.Javalin;
import java.net.URI;

/** A started web server: where it listens, and how to stop it. */
public final class RunningServer implements AutoCloseable {
    private final Javalin javalin;
    private final String host;
    private final java.util.Optional<java.util.function.Supplier<String>> pairingLink;

    RunningServer(Javalin javalin, String host, java.util.Optional<java.util.function.Supplier<String>> pairingLink) {
        this.javalin = javalin;
        this.host = host;
        this.pairingLink = pairingLink;
    }

    /**
     * With {@code --lan}: the link a phone opens to pair, with the code shown now (a fresh one once it was used or
     * is about to expire); empty otherwise.
     */
    public java.util.Optional<URI> pairingLink() {
        return pairingLink.map(link -> URI.create(link.get()));
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return javalin.port();
    }

    /** The address to open in a browser, e.g. http://127.0.0.1:7070/. */
    public URI url() {
        String shown = switch (host) {
            case "0.0.0.0", "::", "" -> "127.0.0.1";
            default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        };
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /**
     * Every route the server answers, as registered ("GET /cards/{id}"), sorted: so a test can insist that it
     * covers each one, including routes added after it was written.
     */
    public java.util.List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path).distinct().sorted().toList();
    }

    public void stop() {
        javalin.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
