package prepdeck.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import prepdeck.app.ImportProgress;
import prepdeck.app.UseCases;
import prepdeck.cli.WebServing;
import prepdeck.testing.HeadlessChromium;

/**
 * The whole program for a browser test: the seeds (and any other notes) imported into a real SQLite data
 * folder, the server wired as {@code prepdeck serve} wires it on a random port, and headless Chromium.
 */
record SeedApp(HeadlessChromium chromium, UseCases useCases, WebServing.Served served) implements AutoCloseable {
    static SeedApp start(Path data, int width, int height, Path... moreNotes) throws IOException {
        var chromium = HeadlessChromium.start(width, height);
        var useCases = Main.openSingleUser(data);
        var notes = new ArrayList<>(List.of(SeedImportTest.SEEDS));
        notes.addAll(List.of(moreNotes));
        useCases.importNotes().run(notes, ImportProgress.NONE);
        return new SeedApp(chromium, useCases, Main.serveWeb(useCases, data, "127.0.0.1", 0));
    }

    void open(String path) {
        chromium.browser.get(served.url().resolve(path).toString());
    }

    @Override
    public void close() throws Exception {
        chromium.close();
        served.stop().close();
    }
}
