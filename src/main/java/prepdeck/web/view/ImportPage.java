package prepdeck.web.view;

import java.util.Optional;
import prepdeck.app.ImportReport;

/**
 * The import form and, after a submit, its outcome.
 *
 * @param folder the folder the user typed, kept so a failed attempt can be corrected
 * @param error  what went wrong, in words meant for the user
 */
public record ImportPage(String folder, Optional<ImportReport> report, Optional<String> error, long maxUploadMegabytes) {}
