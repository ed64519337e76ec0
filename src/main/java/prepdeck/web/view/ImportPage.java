package prepdeck.web.view;

import java.util.Optional;
import prepdeck.app.ImportReport;

/**
 * The import form and, after a submit, its outcome.
 *
 * @param folder the folder the user typed, kept so a failed attempt can be corrected
 * @param error  what went wrong, in words meant for the user
 * @param mayImportFolder whether this user may name a folder on the server (on a server, only its admin; others upload)
 */
public record ImportPage(String folder, Optional<ImportReport> report, Optional<String> error, long maxUploadMegabytes,
                         boolean mayImportFolder) {
    /** Single-user mode's page, where the user imports their own machine's folders. */
    public ImportPage(String folder, Optional<ImportReport> report, Optional<String> error, long maxUploadMegabytes) {
        this(folder, report, error, maxUploadMegabytes, true);
    }
}
