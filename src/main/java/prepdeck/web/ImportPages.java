package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import prepdeck.web.view.ImportPage;

/** Import by upload or by naming a folder on this machine; the page shows what the import did. */
final class ImportPages {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPages.class);

    private final RequestUseCases.Resolver useCases;
    private final Importer importer;
    private final Uploads uploads;
    private final HtmlReply html;
    private final long maxUploadMegabytes;

    ImportPages(RequestUseCases.Resolver useCases, Importer importer, Uploads uploads, HtmlReply html, long maxUploadMegabytes) {
        this.useCases = useCases;
        this.importer = importer;
        this.uploads = uploads;
        this.html = html;
        this.maxUploadMegabytes = maxUploadMegabytes;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/import", ctx -> {
            useCases.of(ctx).noteImport().requireAllowed();
            html.ok(ctx, "import.jte", page(ctx, "", Optional.empty()));
        });
        routes.post("/import", this::submit);
    }

    private void submit(Context ctx) {
        var u = useCases.of(ctx);
        u.noteImport().requireAllowed(); // before the upload is read and kept
        String folder = "";
        Path uploaded = null;
        try {
            List<UploadedFile> files = uploadedFiles(ctx);
            folder = Optional.ofNullable(ctx.formParam("folder")).orElse("").strip();
            if (files.isEmpty() && folder.isEmpty()) {
                throw HttpProblem.badRequest(importer.mayReadServerFiles(ctx)
                        ? "Choose one or more files to upload, or type the path of a folder."
                        : "Choose one or more files to upload.");
            }
            var paths = new ArrayList<Path>();
            if (!folder.isEmpty()) paths.add(importer.existing(ctx, folder));
            if (!files.isEmpty()) {
                uploaded = uploads.save(files);
                paths.add(uploaded);
            }
            var report = importer.run(u, List.copyOf(paths));
            html.ok(ctx, "import.jte", new ImportPage(folder, Optional.of(report), Optional.empty(), maxUploadMegabytes,
                    importer.mayReadServerFiles(ctx)));
        } catch (HttpProblem problem) {
            WebApp.closeAfterRefusedBody(ctx, problem.status());
            html.send(ctx, problem.status(), "import.jte", page(ctx, folder, Optional.of(problem.getMessage())));
        } finally {
            if (uploaded != null) uploads.discard(uploaded);
        }
    }

    private List<UploadedFile> uploadedFiles(Context ctx) {
        try {
            // An empty file input still sends one part without a name; it is not a file.
            return ctx.uploadedFiles("files").stream().filter(f -> !f.filename().isBlank()).toList();
        } catch (Exception e) { // Jetty's ServletException reaches us unchecked through Kotlin
            LOG.info("upload refused: {}", e.toString());
            if (causedByLimit(e)) {
                throw new HttpProblem(413, "The upload is too large: files may be at most " + maxUploadMegabytes
                        + " MB each and " + WebApp.MAX_REQUEST_MEGABYTES + " MB together.");
            }
            throw HttpProblem.badRequest("The upload could not be read; please choose the files again.");
        }
    }

    private static boolean causedByLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("exceeded") || message.contains("too large") || message.contains("413")) return true;
        }
        return false;
    }

    private ImportPage page(Context ctx, String folder, Optional<String> error) {
        return new ImportPage(folder, Optional.empty(), error, maxUploadMegabytes, importer.mayReadServerFiles(ctx));
    }
}
