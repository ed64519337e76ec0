package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import prepdeck.app.ExportApkg;

/** The deck (or one topic of it) as an Anki package to download: written to the data folder's tmp/, sent, deleted. */
final class ExportDownload {
    private final RequestUseCases.Resolver useCases;
    private final Path tmp;

    ExportDownload(RequestUseCases.Resolver useCases, Path tmp) {
        this.useCases = useCases;
        this.tmp = tmp;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/export.apkg", this::download);
    }

    private void download(Context ctx) throws IOException {
        ExportApkg exporter = useCases.of(ctx).exporter().orElseThrow(() -> new HttpProblem(503, "this server was started without export"));
        Optional<String> topic = Optional.ofNullable(ctx.queryParam("topic")).map(String::strip).filter(t -> !t.isEmpty());
        Files.createDirectories(tmp);
        Path file = Files.createTempFile(tmp, "export-", ".apkg");
        try {
            exporter.export(file, topic);
            byte[] bytes = Files.readAllBytes(file);
            String name = topic.map(t -> "prepdeck-" + t.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "")).orElse("prepdeck") + ".apkg";
            ctx.contentType("application/octet-stream")
                    .header("Content-Disposition", "attachment; filename=\"prepdeck.apkg\"; filename*=UTF-8''"
                            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                    .result(bytes);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file, e);
            }
        }
    }
}
