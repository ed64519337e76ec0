package prepdeck.app;

/**
 * What there is to practise now: the home page's one line.
 *
 * @param due      cards due now (in steps or for review), suspended and buried ones left out
 * @param newLeft  new cards that may still be introduced today: the day's limit left, at most the new cards there are
 * @param newToday new cards introduced today
 * @param held     cards the user suspended or buried, out of the queue now
 */
public record PracticeToday(int due, int newLeft, int newToday, int newPerDay, int held) {
    /** Whether pressing Start would show a card. */
    public boolean anything() {
        return due + newLeft > 0;
    }
}
