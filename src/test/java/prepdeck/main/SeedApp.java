package prepdeck.main;

import java.io.IOException;
import java.nio.file.Path;
import prepdeck.app.UseCases;
import prepdeck.cli.WebServing;
import prepdeck.testing.HeadlessChromium;

/** A {@link SeedServer} and a headless Chromium to drive its pages. */
record SeedApp(HeadlessChromium chromium, SeedServer server) implements AutoCloseable {
    static SeedApp start(Path data, int width, int height, Path... moreNotes) throws IOException {
        var chromium = HeadlessChromium.start(width, height);
        return new SeedApp(chromium, SeedServer.start(data, moreNotes));
    }

    /** Like {@link #start}, the browser started with more switches. */
    static SeedApp startWithBrowser(Path data, int width, int height, String... browserArguments) throws IOException {
        var chromium = HeadlessChromium.start(width, height, browserArguments);
        return new SeedApp(chromium, SeedServer.start(data));
    }

    /** Like {@link #start} but with only the given notes, without the seeds. */
    static SeedApp startWithOnly(Path data, int width, int height, Path... notes) throws IOException {
        var chromium = HeadlessChromium.start(width, height);
        return new SeedApp(chromium, SeedServer.startWithOnly(data, notes));
    }

    UseCases useCases() {
        return server.useCases();
    }

    WebServing.Served served() {
        return server.served();
    }

    void open(String path) {
        chromium.browser.get(served().url().resolve(path).toString());
    }

    @Override
    public void close() throws Exception {
        chromium.close();
        server.close();
    }
}
