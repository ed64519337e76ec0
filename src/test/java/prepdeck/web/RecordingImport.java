package prepdeck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import prepdeck.app.ImportProgress;
import prepdeck.app.ImportReport;
import prepdeck.app.NoteImport;
import prepdeck.knowledge.Diagnostic;

/**
 * Stands in for the import use case: reports each file it finds (one card per non-blank line) and
 * remembers what it read, so tests can check what reached it. A file whose text contains
 * "BROKEN" fails the whole import, as the real one does for input it cannot take.
 */
final class RecordingImport implements NoteImport {
    /** What one call saw: the paths given and each file's name and text. */
    record Call(List<Path> paths, List<String> names, List<String> texts) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();

    @Override
    public ImportReport importPaths(List<Path> paths, ImportProgress progress) {
        var sources = new ArrayList<ImportReport.SourceReport>();
        var names = new ArrayList<String>();
        var texts = new ArrayList<String>();
        for (Path root : paths) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = Files.isDirectory(root) ? root.relativize(file).toString() : file.getFileName().toString();
                    String text = Files.readString(file);
                    if (text.contains("BROKEN")) throw new IllegalArgumentException(relative + ":1: cannot make sense of this file");
                    names.add(relative);
                    texts.add(text);
                    int lines = (int) text.lines().filter(l -> !l.isBlank()).count();
                    sources.add(new ImportReport.SourceReport(relative, "plain-text", "ru", 1, lines, 0, 0,
                            List.of(Diagnostic.at(relative, 1, "heading <script>alert('diag')</script> has no text"))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        calls.add(new Call(List.copyOf(paths), names, texts));
        int cards = sources.stream().mapToInt(ImportReport.SourceReport::cards).sum();
        return new ImportReport(sources, new ImportReport.Totals(sources.size(), sources.size(), cards, 0, 0, 0, 0));
    }
}
