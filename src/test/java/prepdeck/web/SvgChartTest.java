package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SvgChartTest {
    private static final Pattern TICK = Pattern.compile("<text class=\"tick\" x=\"([\\d.]+)\" y=\"\\d+\" text-anchor=\"(\\w+)\">(\\d+ \\w+)</text>");

    @Test
    void dayTicksAreEvenlySpacedAndTheLastLabelStaysInsideThePicture() {
        for (int n : List.of(1, 2, 5, 7, 8, 12, 16, 17, 30, 45, 90, 200)) {
            var days = IntStream.range(0, n).mapToObj(i -> LocalDate.of(2026, 12, 4).plusDays(i)).toList();
            String svg = SvgChart.countBars("c", "t", "d", days, List.of(new SvgChart.Series("due", "series-1",
                    days.stream().map(d -> 3.0).toList())), "Reviews");
            var labelled = new ArrayList<LocalDate>();
            var m = TICK.matcher(svg);
            while (m.find()) {
                labelled.add(days.stream().filter(d -> java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH)
                        .format(d).equals(m.group(3))).findFirst().orElseThrow());
                double x = Double.parseDouble(m.group(1));
                // a label centred near the right edge would be cut off; it must end there instead
                if (m.group(2).equals("middle")) assertThat(x).as("n=%d", n).isLessThan(480 - 12 - 20);
                assertThat(x).isLessThanOrEqualTo(480);
            }
            assertThat(labelled).as("n=%d", n).isNotEmpty().hasSizeLessThanOrEqualTo(6);
            var gaps = IntStream.range(1, labelled.size()).mapToLong(i -> labelled.get(i).toEpochDay() - labelled.get(i - 1).toEpochDay()).distinct().toArray();
            assertThat(gaps).as("n=%d: labelled %s", n, labelled).hasSizeLessThanOrEqualTo(1);
        }
    }
}
