package prepdeck.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import prepdeck.review.fsrs.MemoryState;
import prepdeck.review.fsrs.State;
import prepdeck.review.plan.PlanCard;
import prepdeck.review.plan.PlanRequest;
import prepdeck.review.plan.Planner;

/**
 * One day's list of cards under an interview date: the planner ({@code prepdeck plan}) over the deck's
 * card states, with the day's budget less what was already reviewed that day, and no more new cards than
 * the daily new-card limit leaves. Practice serves this list; the readiness forecast follows it day by day.
 */
final class InterviewSchedule {
    private final Planner planner = new Planner();

    /**
     * @param reviewedToday cards already reviewed today (they use up budget; the planner never gives them again)
     * @param newToday      new cards already introduced today
     * @return card ids in the order to review them
     */
    List<Long> today(LocalDate today, LocalDate interview, PracticeSettings settings, List<PlanCard> cards,
                     int reviewedToday, int newToday) {
        return today(today, interview, settings, cards, reviewedToday, newToday, new Planner.Memo());
    }

    /** The same, with the planner's memo kept from one day to the next (the forecast plans day after day). */
    List<Long> today(LocalDate today, LocalDate interview, PracticeSettings settings, List<PlanCard> cards,
                     int reviewedToday, int newToday, Planner.Memo memo) {
        int budget = Math.max(0, settings.dailyBudget() - reviewedToday);
        var request = new PlanRequest(today, interview, budget, settings.desiredRetention(), settings.fsrsParams(), cards);
        Map<String, PlanCard> byId = new HashMap<>(cards.size() * 2);
        for (PlanCard c : cards) byId.put(c.id(), c);
        int newLeft = Math.max(0, settings.newPerDay() - newToday);
        List<Long> out = new ArrayList<>(budget);
        for (String id : planner.today(request, memo)) {
            if (byId.get(id).state() == State.NEW) {
                if (newLeft == 0) continue;
                newLeft--;
            }
            out.add(Long.parseLong(id));
        }
        return out;
    }

    /** What the planner knows of a card. */
    static PlanCard planCard(DeckCardState c) {
        String id = Long.toString(c.cardId());
        return c.state().map(s -> new PlanCard(id, State.ofTitle(s.state()), new MemoryState(s.stability(), s.difficulty()),
                s.lastReview(), s.due())).orElseGet(() -> PlanCard.fresh(id));
    }
}
