package prepdeck.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import prepdeck.accounts.PairedDevices;
import prepdeck.app.UseCases;

/**
 * Single-user mode on the local network ({@code serve --lan}) and its paired devices ({@code devices}), as the
 * composition root supplies them. {@link #NONE} is a prepdeck built without it.
 */
public interface LanServing {
    /** A running server and the pairing link it shows now. */
    record Served(WebServing.Served served, URI pairingLink) {}

    /**
     * @param host       the address to listen on (all of this computer's, or one)
     * @param lanAddress the address a phone reaches this computer at, for the pairing link
     */
    Served serve(UseCases useCases, Path dataFolder, Optional<String> database, String host, String lanAddress, int port);

    /** The devices paired with the data folder's (or {@code --db}'s) database. */
    PairedDevices devices(Path dataFolder, Optional<String> database);

    LanServing NONE = new LanServing() {
        @Override
        public Served serve(UseCases useCases, Path dataFolder, Optional<String> database, String host, String lanAddress, int port) {
            throw new UnsupportedOperationException("this prepdeck was built without serve --lan");
        }

        @Override
        public PairedDevices devices(Path dataFolder, Optional<String> database) {
            throw new UnsupportedOperationException("this prepdeck was built without serve --lan");
        }
    };
}
