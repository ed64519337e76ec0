package prepdeck.cli;

import java.nio.file.Path;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.Accounts;
import prepdeck.app.UseCases;

/**
 * Server mode as the composition root supplies it: the accounts of a data folder, and the web UI with login.
 * {@link #NONE} is a prepdeck built without it.
 */
public interface ServerAccounts {
    Accounts open(Path dataFolder, SignupPolicy policy);

    WebServing.Served serve(UseCases useCases, Accounts accounts, Path dataFolder, String host, int port, boolean behindHttpsProxy);

    /**
     * The same server mode over the database {@code url} names (PostgreSQL) instead of the data folder's SQLite
     * file; the data folder still keeps search indexes and temporary files. {@code bench server --db} asks for it.
     */
    default ServerAccounts withDatabase(String url) {
        throw new prepdeck.app.InvalidInputException("this prepdeck cannot run server mode on another database than the data folder's SQLite file");
    }

    ServerAccounts NONE = new ServerAccounts() {
        @Override
        public Accounts open(Path dataFolder, SignupPolicy policy) {
            throw new UnsupportedOperationException("this prepdeck was built without server mode");
        }

        @Override
        public WebServing.Served serve(UseCases useCases, Accounts accounts, Path dataFolder, String host, int port, boolean behindHttpsProxy) {
            throw new UnsupportedOperationException("this prepdeck was built without server mode");
        }
    };
}
