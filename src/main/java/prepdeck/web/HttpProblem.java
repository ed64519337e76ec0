package prepdeck.web;

/** A request that cannot be served, with the status and the message the client is shown. */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    int status() {
        return status;
    }

    /**
     * A request body that is not JSON, in plain words with where it went wrong; the parser's own message (token
     * names, class names) is no sentence for a user.
     */
    static HttpProblem notJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        var at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String what = e instanceof com.fasterxml.jackson.core.io.JsonEOFException ? "it stops before it is complete"
                : "something there is not JSON; send one JSON object";
        return badRequest("the body is not JSON" + where + ": " + what);
    }
}
