package prepdeck.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL for tests, one per test JVM. {@code PREPDECK_TEST_PG} (a {@code postgresql://user:password@host:port/db}
 * URL of a server where the user may create databases) is used when set; otherwise a throwaway cluster is made
 * with Debian's {@code initdb} and {@code pg_ctl} (as the {@code postgres} user when running as root, since
 * PostgreSQL refuses root), on a free port, and stopped when the JVM exits.
 * <p>
 * Without either, a test that asks for a database fails when {@code PREPDECK_REQUIRE_PG=1} (CI), and is
 * skipped otherwise, saying why on stderr.
 */
public final class TestPostgres {
    /** The server of this JVM, found or started on first use (a holder: started once, never changed after). */
    private static final class Shared {
        static final Server SERVER = Server.find();
    }

    private static final AtomicInteger NAMES = new AtomicInteger();

    private TestPostgres() {}

    /**
     * A new, empty database on the shared server, as a {@code postgresql://} URL; dropped by {@link #drop}.
     * Fails or skips (see the class comment) when there is no PostgreSQL.
     */
    public static String freshDatabase() {
        Server server = server();
        String name = newName();
        server.execute("CREATE DATABASE " + name);
        return server.url(name);
    }

    /** A new database copied from {@code template} (a database of this server nobody is connected to). */
    public static String copyOf(String templateUrl) {
        Server server = server();
        String name = newName();
        server.execute("CREATE DATABASE " + name + " TEMPLATE " + nameOf(templateUrl));
        return server.url(name);
    }

    private static String newName() {
        return "prepdeck_test_" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet();
    }

    private static String nameOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1).split("[?]")[0];
    }

    /** Removes a database {@link #freshDatabase} made, closing whatever still connects to it. */
    public static void drop(String url) {
        server().execute("DROP DATABASE IF EXISTS " + nameOf(url) + " WITH (FORCE)");
    }

    /** The shared server; fails or skips the calling test when there is none. */
    public static Server server() {
        Server server = Shared.SERVER;
        if (server.problem().isPresent()) {
            String why = server.problem().get();
            if ("1".equals(System.getenv("PREPDECK_REQUIRE_PG"))) {
                throw new IllegalStateException("PREPDECK_REQUIRE_PG=1 but there is no PostgreSQL for the tests: " + why);
            }
            String message = "POSTGRESQL TESTS SKIPPED: " + why + " (set PREPDECK_TEST_PG=postgresql://… or install Debian's postgresql)";
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        return server;
    }

    /** Where the tests' databases live: a host and port, a user allowed to create databases, or why there is none. */
    public record Server(String host, int port, String user, String password, Optional<String> problem) {
        static Server find() {
            String given = System.getenv("PREPDECK_TEST_PG");
            if (given != null && !given.isBlank()) return fromUrl(given);
            try {
                return Cluster.start();
            } catch (IOException | RuntimeException e) {
                return unavailable(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return unavailable("interrupted while starting PostgreSQL");
            }
        }

        static Server unavailable(String why) {
            return new Server("", 0, "", null, Optional.of(why));
        }

        static Server fromUrl(String url) {
            var u = java.net.URI.create(url.replaceFirst("^postgres(ql)?://", "http://"));
            String[] info = u.getRawUserInfo() == null ? new String[] {"postgres"} : u.getRawUserInfo().split(":", 2);
            return new Server(u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(), decode(info[0]), info.length > 1 ? decode(info[1]) : null,
                    Optional.empty());
        }

        private static String decode(String s) {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The {@code postgresql://} URL of one database on this server. */
        public String url(String database) {
            return "postgresql://" + user + (password == null ? "" : ":" + password) + "@" + host + ":" + port + "/" + database;
        }

        /** Runs one statement in the server's maintenance database. */
        public void execute(String sql) {
            try (Connection c = connect("postgres"); var s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused '" + sql + "': " + e.getMessage(), e);
            }
        }

        /** A plain JDBC connection to one database (for tests that look under the store). */
        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
        }
    }

    /** A cluster of Debian's PostgreSQL in a temporary folder, for this JVM only. */
    private static final class Cluster {
        static Server start() throws IOException, InterruptedException {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin/initdb"));
            boolean root = "root".equals(System.getProperty("user.name"));
            Path home = Files.createTempDirectory("prepdeck-pg");
            Path data = home.resolve("data");
            Path socket = home.resolve("socket");
            Files.createDirectories(socket);
            if (root) run(List.of("chown", "-R", "postgres:postgres", home.toString()), "chown");
            // the temporary folder is root's and closed to others; the server's own user must reach into it
            if (root) run(List.of("chmod", "755", home.toString()), "chmod");
            int port = freePort();
            run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C", "--no-sync"), "initdb");
            String options = "-p " + port + " -k " + socket + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, data, home, root)));
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options, "-l",
                    home.resolve("server.log").toString(), "-w", "-t", "60", "start"), "pg_ctl start");
            return new Server("127.0.0.1", port, "postgres", null, Optional.empty());
        }

        static Optional<Path> binaries() throws IOException {
            Path base = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(base)) return Optional.empty();
            try (Stream<Path> versions = Files.list(base)) {
                return versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
            }
        }

        private static int versionOf(String folder) {
            try {
                return Integer.parseInt(folder);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        static List<String> as(boolean root, String... command) {
            var out = new ArrayList<String>();
            if (root) out.addAll(List.of("runuser", "-u", "postgres", "--"));
            out.addAll(List.of(command));
            return out;
        }

        static void stop(Path bin, Path data, Path home, boolean root) {
            try {
                run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), "pg_ctl stop");
            } catch (IOException | RuntimeException e) {
                System.err.println("the tests' PostgreSQL did not stop: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }

        static void run(List<String> command, String what) throws IOException, InterruptedException {
            Path log = Files.createTempFile("prepdeck-pg-" + what.replace(' ', '-'), ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " did not finish in 120 s");
            }
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "): " + output.strip());
        }

        static int freePort() throws IOException {
            try (var s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
