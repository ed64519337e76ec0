package prepdeck.web.view;

/** A page that refuses or fails a request: its status and the sentence that says why and what to do. */
public record ErrorPage(int status, String message) {
    /** The page's heading, by what went wrong: the message below it says the rest. */
    public String heading() {
        return switch (status) {
            case 400, 422 -> "That could not be read";
            case 401 -> "This device is not paired or signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "That changed meanwhile";
            case 413 -> "Too large";
            case 429 -> "Too many tries";
            default -> "Something went wrong";
        };
    }
}
