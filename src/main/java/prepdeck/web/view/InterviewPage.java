package prepdeck.web.view;

import prepdeck.app.InterviewSession;

/** A mock interview in progress: a frame that interview.js fills from the interview API. */
public record InterviewPage(InterviewSession session) {
    public String minutes() {
        return session.settings().minutes().map(String::valueOf).orElse("");
    }
}
