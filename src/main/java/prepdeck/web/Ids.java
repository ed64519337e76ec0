package prepdeck.web;

/** Reads ids from paths, refusing anything that is not a positive whole number. */
final class Ids {
    private Ids() {}

    static long parse(String what, String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        throw HttpProblem.badRequest(what + " id must be a positive whole number, got '" + shown + "'");
    }

    /** A count such as {@code limit}: a whole number from 1 to 1,000. */
    static int parseCount(String what, String raw) {
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1 && n <= 1000) return n;
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        throw HttpProblem.badRequest(what + " must be a whole number from 1 to 1000, got '" + shown + "'");
    }

    /** A page number from the query ({@code name}, e.g. {@code page}): 1 when absent; a positive whole number. */
    static int page(io.javalin.http.Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return 1;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        throw HttpProblem.badRequest(name + " must be a page number (1, 2, …), got '" + shown + "'");
    }
}
