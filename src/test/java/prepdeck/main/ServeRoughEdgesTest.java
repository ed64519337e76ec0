package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code demo} as a user starts them, each in a JVM of its own: a busy port, --data, Ctrl-C, the favicon. */
class ServeRoughEdgesTest {
    private static final Pattern URL = Pattern.compile("at (http://\\S+)");
    private static final Pattern FOLDER = Pattern.compile("from (\\S+)/example-notes");

    @TempDir Path data;

    private static ProcessBuilder prepdeck(Path tmp, String... args) {
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(java.util.List.of(jvm, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "prepdeck.main.Main"));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Test
    void aPortInUseIsASentenceAndExitCodeOne() throws Exception {
        try (var taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var p = prepdeck(data, "--data", data.resolve("d").toString(), "serve", "--port", Integer.toString(taken.getLocalPort())).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isEqualTo(1);
            assertThat(out).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("in use").contains("--port")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void demoUsesTheDataFolderItIsGivenAndKeepsIt() throws Exception {
        Path mine = data.resolve("my-demo");
        var p = prepdeck(data, "--data", mine.toString(), "demo", "--port", "0").start();
        try {
            URI url = urlOf(p);
            assertThat(Files.exists(mine.resolve("prepdeck.db")) || Files.list(mine).findAny().isPresent()).isTrue();
            try (var http = HttpClient.newHttpClient()) {
                var icon = http.send(HttpRequest.newBuilder(url.resolve("/favicon.ico")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(icon.statusCode()).isEqualTo(200);
                assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
            }
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(mine.resolve("example-notes")).isDirectory();
        assertThat(Files.list(mine).map(f -> f.getFileName().toString()).toList()).contains("example-notes");
    }

    @Test
    void demoDeletesItsTemporaryFolderWhenStopped() throws Exception {
        Path tmp = Files.createDirectories(data.resolve("tmp"));
        var p = prepdeck(tmp, "demo", "--port", "0").start();
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Path folder = null;
        String line;
        while ((line = out.readLine()) != null && !URL.matcher(line).find()) {
            var m = FOLDER.matcher(line);
            if (m.find()) folder = Path.of(m.group(1));
        }
        assertThat(folder).as("the demo names its folder").isNotNull();
        assertThat(folder).isDirectory().startsWith(tmp);
        p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hooks run
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(folder).doesNotExist();
    }

    private static URI urlOf(Process p) throws IOException {
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        var seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            var m = URL.matcher(line);
            if (m.find()) {
                var rest = out;
                Thread.ofVirtual().start(() -> rest.lines().forEach(l -> { }));
                return URI.create(m.group(1));
            }
        }
        throw new AssertionError("no URL printed: " + seen);
    }
}
