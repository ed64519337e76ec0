package prepdeck.web.view;

/** A page for a failed request. */
public record ErrorPage(int status, String message) {}
