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
}
