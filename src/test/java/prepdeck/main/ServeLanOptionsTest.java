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

/** {@code serve --lan} refuses what would expose nothing to a phone, or would mix it with server mode, before it listens. */
class ServeLanOptionsTest {
    @TempDir Path data;

    record Run(int exit, String err) {}

    Run run(String... args) {
        var err = new ByteArrayOutputStream();
        var console = new Cli.Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, new ByteArrayInputStream(new byte[0]), false);
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(Main.run(all, console), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLoopbackHostOrAccountsAreRefusedWithASentence() {
        var loopback = run("serve", "--lan", "--host", "127.0.0.1", "--port", "0");
        assertThat(loopback.exit()).isNotZero();
        assertThat(loopback.err()).contains("--host 127.0.0.1 is this computer only");
        var both = run("serve", "--lan", "--accounts", "--port", "0");
        assertThat(both.exit()).isNotZero();
        assertThat(both.err()).contains("--lan is single-user mode; --accounts is server mode");
    }

    @Test
    void noDeviceIsListedBeforeAnyPairsAndAnUnknownOneIsNotRevoked() {
        var out = new ByteArrayOutputStream();
        var console = new Cli.Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(), false, new ByteArrayInputStream(new byte[0]), false);
        assertThat(Main.run(new String[] {"--data", data.toString(), "devices", "list"}, console)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no device is paired");
        var unknown = run("devices", "revoke", "nope");
        assertThat(unknown.exit()).isEqualTo(Cli.USER_ERROR);
        assertThat(unknown.err()).contains("no paired device nope");
    }
}
