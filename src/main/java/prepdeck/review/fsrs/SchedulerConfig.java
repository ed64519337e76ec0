package prepdeck.review.fsrs;

import java.time.Duration;
import java.util.List;

/**
 * How the scheduler turns memory states into due dates.
 *
 * @param desiredRetention   the recall probability to schedule for, in (0, 1]
 * @param learningSteps      same-day steps for a new card, whole minutes each (ts-fsrs default 1m, 10m)
 * @param relearningSteps    same-day steps after a lapse (default 10m)
 * @param maximumInterval    the longest interval in days
 * @param enableFuzz         spread review intervals of 3 days and more by a few days
 * @param enableShortTerm    model same-day reviews and use the steps; off: every answer gives a whole-day interval
 * @param dayStartUtcMinutes a new day starts this many minutes past 00:00 UTC (Anki's "next day starts at")
 */
public record SchedulerConfig(
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumInterval,
        boolean enableFuzz,
        boolean enableShortTerm,
        int dayStartUtcMinutes) {

    /** ts-fsrs 5.4.2 defaults: retention 0.9, steps 1m 10m, relearning 10m, 36500 days, no fuzz, short-term on, UTC days. */
    public static final SchedulerConfig DEFAULT = new SchedulerConfig(
            0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
            36500, false, true, 0);

    public SchedulerConfig {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new InvalidParametersException("desired retention must be in (0, 1], got " + desiredRetention);
        }
        learningSteps = checkSteps("learning", learningSteps);
        relearningSteps = checkSteps("relearning", relearningSteps);
        if (maximumInterval < 1) throw new InvalidParametersException("maximum interval must be at least 1 day, got " + maximumInterval);
        if (dayStartUtcMinutes < 0 || dayStartUtcMinutes >= 24 * 60) {
            throw new InvalidParametersException("day start must be 0..1439 minutes past 00:00 UTC, got " + dayStartUtcMinutes);
        }
    }

    public SchedulerConfig withDesiredRetention(double value) {
        return new SchedulerConfig(value, learningSteps, relearningSteps, maximumInterval, enableFuzz, enableShortTerm, dayStartUtcMinutes);
    }

    public SchedulerConfig withLearningSteps(List<Duration> value) {
        return new SchedulerConfig(desiredRetention, value, relearningSteps, maximumInterval, enableFuzz, enableShortTerm, dayStartUtcMinutes);
    }

    public SchedulerConfig withRelearningSteps(List<Duration> value) {
        return new SchedulerConfig(desiredRetention, learningSteps, value, maximumInterval, enableFuzz, enableShortTerm, dayStartUtcMinutes);
    }

    public SchedulerConfig withMaximumInterval(int value) {
        return new SchedulerConfig(desiredRetention, learningSteps, relearningSteps, value, enableFuzz, enableShortTerm, dayStartUtcMinutes);
    }

    public SchedulerConfig withFuzz(boolean value) {
        return new SchedulerConfig(desiredRetention, learningSteps, relearningSteps, maximumInterval, value, enableShortTerm, dayStartUtcMinutes);
    }

    public SchedulerConfig withShortTerm(boolean value) {
        return new SchedulerConfig(desiredRetention, learningSteps, relearningSteps, maximumInterval, enableFuzz, value, dayStartUtcMinutes);
    }

    public SchedulerConfig withDayStartUtcMinutes(int value) {
        return new SchedulerConfig(desiredRetention, learningSteps, relearningSteps, maximumInterval, enableFuzz, enableShortTerm, value);
    }

    /**
     * Parses a step written the ts-fsrs way: a whole number and a unit, m (minutes), h (hours) or
     * d (days), e.g. "1m", "10m", "1h", "2d".
     */
    public static Duration parseStep(String text) {
        if (text == null || !text.matches("[0-9]{1,9}[mhd]")) {
            throw new InvalidParametersException("step must be a whole number followed by m, h or d, got \"" + text + "\"");
        }
        long value = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        };
    }

    int[] learningMinutes() {
        return minutes(learningSteps);
    }

    int[] relearningMinutes() {
        return minutes(relearningSteps);
    }

    private static int[] minutes(List<Duration> steps) {
        return steps.stream().mapToInt(d -> Math.toIntExact(d.toMinutes())).toArray();
    }

    private static List<Duration> checkSteps(String kind, List<Duration> steps) {
        if (steps == null) throw new InvalidParametersException(kind + " steps are missing");
        for (Duration d : steps) {
            if (d == null || d.isNegative() || d.toSecondsPart() != 0 || d.toNanosPart() != 0 || d.toMinutes() > Integer.MAX_VALUE) {
                throw new InvalidParametersException(kind + " step must be a non-negative whole number of minutes, got " + d);
            }
        }
        return List.copyOf(steps);
    }
}
