package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.cli.Cli;

/** {@code prepdeck user add} reads the password from stdin; {@code user invite} prints a code. */
class UserCommandTest {
    @TempDir Path data;

    private record Run(int code, String out, String err) {}

    private Run run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var console = new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false);
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(all, console);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void addsAnAdminWithThePasswordFromStdinAndPrintsInvitations() {
        var added = run("correct horse battery\n", "user", "add", "teacher", "--admin");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("created account teacher (admin)");
        var again = run("correct horse battery\n", "user", "add", "Teacher");
        assertThat(again.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(again.err()).contains("taken");
        var weak = run("short\n", "user", "add", "ada");
        assertThat(weak.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(weak.err()).contains("at least 10");
        var none = run("", "user", "add", "ada");
        assertThat(none.err()).contains("no password");
        var invite = run("", "user", "invite");
        assertThat(invite.code()).isZero();
        assertThat(invite.out().strip()).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void serveRefusesAnUnknownSignupPolicy() {
        var bad = run("", "serve", "--accounts", "--signup", "sometimes", "--port", "0");
        assertThat(bad.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(bad.err()).contains("open, invite or closed");
    }
}
