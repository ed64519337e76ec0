package prepdeck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import prepdeck.accounts.SignupPolicy;
import prepdeck.app.InvalidInputException;

/** {@code prepdeck user add NAME [--admin]}, {@code user invite}, {@code user unlock NAME}: server mode's accounts, from the operator's shell. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage server mode's accounts (see 'serve --accounts').",
        subcommands = {UserCommand.Add.class, UserCommand.Invite.class, UserCommand.Unlock.class})
final class UserCommand implements Runnable {
    @ParentCommand PrepdeckCommand root;

    private final ServerAccounts server;

    UserCommand(ServerAccounts server) {
        this.server = server;
    }

    @Override
    public void run() {
        root.spec.subcommands().get("user").usage(root.console().out());
    }

    /** The password is read from stdin, never from an argument, which other users of the machine could see in the process list. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account, whatever the sign-up policy; its password is read from stdin (one line).",
                    "The first account of a data folder is its admin and owns the shared deck."})
    static final class Add implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand UserCommand user;

        @Parameters(index = "0", paramLabel = "NAME", description = "The account's name.")
        String name;

        @Option(names = "--admin", description = "Make the account an admin (owner of the shared decks).")
        boolean admin;

        @Override
        public Integer call() throws IOException {
            var console = user.root.console();
            String password = readPassword(console);
            var accounts = user.server.open(user.root.dataFolder(), user.root.database(), SignupPolicy.CLOSED);
            var account = accounts.addAccount(name, password, admin);
            console.out().println("created account " + account.name() + (account.admin() ? " (admin)" : ""));
            return Cli.OK;
        }

        private static String readPassword(Cli.Console console) throws IOException {
            if (console.inIsTerminal() && System.console() != null) {
                char[] typed = System.console().readPassword("password for the new account: ");
                if (typed == null) throw new InvalidInputException("no password given on stdin");
                return new String(typed);
            }
            String line = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) throw new InvalidInputException("no password given on stdin (one line)");
            return line;
        }
    }

    @Command(name = "invite", mixinStandardHelpOptions = true,
            description = "Print a new invitation code to the shared deck: usable once, for 7 days, at /signup?invite=CODE.")
    static final class Invite implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand UserCommand user;

        @Override
        public Integer call() {
            var accounts = user.server.open(user.root.dataFolder(), user.root.database(), SignupPolicy.CLOSED);
            user.root.console().out().println(accounts.inviteAsOperator());
            return Cli.OK;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = {"Lift the login throttle on an account after failed logins (an attack on the name, or a forgotten password).",
                    "Running servers forget the account's failures up to now the next time they would refuse it."})
    static final class Unlock implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand UserCommand user;

        @Parameters(index = "0", paramLabel = "NAME", description = "The account's name.")
        String name;

        @Override
        public Integer call() {
            var accounts = user.server.open(user.root.dataFolder(), user.root.database(), SignupPolicy.CLOSED);
            accounts.unlock(name);
            user.root.console().out().println("unlocked account " + name + ": its failed logins so far no longer count");
            return Cli.OK;
        }
    }
}
