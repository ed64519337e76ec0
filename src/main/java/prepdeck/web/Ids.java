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
}
