package prepdeck.cli;

import java.nio.file.Path;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.Accounts;

/**
 * Server mode as the composition root supplies it: the accounts of a data folder, and the web UI with login.
 * {@link #NONE} is a prepdeck built without it.
 */
public interface ServerAccounts {
    /** @param database the {@code --db} database, else the data folder's SQLite file */
    Accounts open(Path dataFolder, java.util.Optional<String> database, SignupPolicy policy);

    WebServing.Served serve(Accounts accounts, Path dataFolder, java.util.Optional<String> database, String host, int port,
                           boolean behindHttpsProxy);

    ServerAccounts NONE = new ServerAccounts() {
        @Override
        public Accounts open(Path dataFolder, java.util.Optional<String> database, SignupPolicy policy) {
            throw new UnsupportedOperationException("this prepdeck was built without server mode");
        }

        @Override
        public WebServing.Served serve(Accounts accounts, Path dataFolder, java.util.Optional<String> database, String host,
                                           int port, boolean behindHttpsProxy) {
            throw new UnsupportedOperationException("this prepdeck was built without server mode");
        }
    };
}
