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
