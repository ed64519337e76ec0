package prepdeck.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import prepdeck.speech.Delivery;

class SpokenSessionTest {
    @Test
    void theExportCarriesEachSpokenAnswersFiguresAndTheTrend() {
        var first = new SpokenSession.Answer(0, "Что такое GIL? | pipes\nand lines", new Delivery(10, 6, Optional.of(2.1),
                List.of(new Delivery.Pause(3.0, 1.5)), 0.6), List.of(new SpokenSession.Tick("a lock", true), new SpokenSession.Tick("one thread", false)),
                "/interview/1/audio/0");
        var last = new SpokenSession.Answer(2, "What is a tuple?", new Delivery(8, 6, Optional.of(0.9), List.of(), 0.75), List.of(), "/x");
        String md = new SpokenSession(List.of(first, last)).markdown();
        assertThat(md).contains("## Spoken answers", "| 1 | Что такое GIL? \\| pipes and lines | 2.1 s | 60% | 1.5 s at 3.0 s | 1 of 2 |",
                "| 3 | What is a tuple? | 0.9 s | 75% | none over 1 s | 0 of 0 |", "time to the first word 2.1 s → 0.9 s (better)");
        assertThat(SpokenSession.NONE.markdown()).isEmpty();
    }
}
