package prepdeck.main;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.WebServing;

/**
 * The whole program as a server for a test: the seeds (and any other notes) imported into a real SQLite data
 * folder, and the server wired as {@code prepdeck serve} wires it, on a random port; with a plain HTTP client.
 */
record SeedServer(UseCases useCases, WebServing.Served served, HttpClient http) implements AutoCloseable {
    static SeedServer start(Path data, Path... moreNotes) {
        var useCases = Main.openSingleUser(data);
        var notes = new ArrayList<>(List.of(SeedImportTest.SEEDS));
        notes.addAll(List.of(moreNotes));
        useCases.importNotes().run(notes, ImportProgress.NONE);
        return new SeedServer(useCases, Main.serveWeb(useCases, data, "127.0.0.1", 0), HttpClient.newHttpClient());
    }

    /** Only the given notes, without the seeds: for a test whose pages must hold nothing but its own notes. */
    static SeedServer startWithOnly(Path data, Path... notes) {
        var useCases = Main.openSingleUser(data);
        useCases.importNotes().run(List.of(notes), ImportProgress.NONE);
        return new SeedServer(useCases, Main.serveWeb(useCases, data, "127.0.0.1", 0), HttpClient.newHttpClient());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(served.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs {@code body} as {@code type}, with more headers given as name, value, name, value… */
    HttpResponse<String> post(String path, String type, String body, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(served.url().resolve(path)).header("Content-Type", type);
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        var built = prepdeck.testing.LocalCsrf.withToken(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), http, served.url());
        return http.send(built, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        served.stop().close();
        http.close();
    }
}
