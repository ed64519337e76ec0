package prepdeck.web.view;

import prepdeck.app.InterviewSession;

/**
 * A mock interview in progress: a frame that interview.js fills from the interview API.
 *
 * @param spoken answered aloud: the questions are read out and the answers recorded (spoken.js)
 */
public record InterviewPage(InterviewSession session, boolean spoken) {
    public InterviewPage(InterviewSession session) {
        this(session, false);
    }

    public String minutes() {
        return session.settings().minutes().map(String::valueOf).orElse("");
    }
}
