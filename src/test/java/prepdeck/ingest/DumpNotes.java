package prepdeck.ingest;

import java.nio.file.Path;
import java.util.Arrays;

/** Prints what the importer extracts from files, for reading while writing golden files. Not a test. */
public final class DumpNotes {
    public static void main(String[] args) {
        var reader = new NoteReader();
        var scan = reader.scan(Arrays.stream(args).map(Path::of).toList());
        scan.problems().forEach(p -> System.out.println("PROBLEM " + p));
        for (var f : scan.files()) {
            switch (reader.parse(f)) {
                case ParseResult.Rejected r -> System.out.println("REJECTED " + r.reason());
                case ParseResult.Parsed p -> {
                    var s = p.source();
                    System.out.printf("== %s %s %s topics=%d cards=%d gaps=%d snippets=%d%n", s.path(), s.format(), s.language(), s.topics().size(), s.cards().size() - s.gapCount(), s.gapCount(), s.snippetCount());
                    s.topics().forEach(t -> System.out.println("  T " + t));
                    int i = 0;
                    for (var c : s.cards()) {
                        String a = c.answer().replace("\n", "⏎");
                        System.out.printf("  %3d L%-4d %-10s %s %s%s [%s] %s -> %s%n", i++, c.line(), c.kind(), c.language(), c.isGap() ? "GAP " : "", c.parent().isPresent() ? "^" + c.parent().getAsInt() : "", c.topic(), c.prompt(), a.length() > 90 ? a.substring(0, 90) + "…" : a);
                        c.snippets().forEach(sn -> System.out.println("        SNIPPET L" + sn.line() + " " + sn.language() + " out=" + sn.expectedOutput().map(o -> o.replace("\n", "⏎")).orElse("-")));
                        c.references().forEach(r -> System.out.println("        REF " + r));
                    }
                    s.diagnostics().forEach(d -> System.out.println("  DIAG " + d));
                }
            }
        }
    }
}
