package prepdeck.review.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Study time a day: minutes for each weekday, days off (no study whatever the weekday says), and days with minutes of
 * their own.
 *
 * @param minutes Monday first, seven entries, each 0–1440
 * @param dated   days whose minutes differ from their weekday's (a day off is one with 0)
 */
public record TimeBudget(List<Integer> minutes, Map<LocalDate, Integer> dated) {
    private static final Pattern PART = Pattern.compile(
            "(?i)\\s*([a-z]{3})[a-z]*(?:\\s*[-–—]\\s*([a-z]{3})[a-z]*)?\\s*[:=]?\\s*(\\d{1,4})\\s*(?:m|min|mins|minutes)?\\s*"
            + "|\\s*(\\d{1,4})\\s*(?:m|min|mins|minutes)?\\s*([a-z]{3})[a-z]*(?:\\s*[-–—]\\s*([a-z]{3})[a-z]*)?\\s*");

    public TimeBudget {
        minutes = List.copyOf(minutes);
        if (minutes.size() != 7) throw new InvalidPlanException("a weekly budget needs 7 days, got " + minutes.size());
        for (int m : minutes) if (m < 0 || m > 1440) throw new InvalidPlanException("minutes a day must be 0–1440, got " + m);
        dated = Collections.unmodifiableMap(new TreeMap<>(dated));
        for (var e : dated.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > 1440) throw new InvalidPlanException("minutes on " + e.getKey() + " must be 0–1440, got " + e.getValue());
        }
    }

    public TimeBudget(List<Integer> minutes) {
        this(minutes, Map.of());
    }

    /** The same minutes every day. */
    public static TimeBudget daily(int minutes) {
        Integer[] m = new Integer[7];
        Arrays.fill(m, minutes);
        return new TimeBudget(List.of(m));
    }

    /**
     * Reads "60 min Mon–Fri, 0 Sat, 30 Sun" or "Mon-Fri 60, Sat 0, Sun 30" (days as three or more letters, a range
     * with - or –, "min" optional). Days not named get 0.
     *
     * @throws InvalidPlanException naming the part that cannot be read, or a day given twice
     */
    public static TimeBudget parse(String text) {
        Integer[] m = new Integer[7];
        if (text.isBlank()) throw new InvalidPlanException("the weekly budget is empty; write e.g. \"60 min Mon-Fri, 0 Sat, 30 Sun\"");
        for (String part : text.split("[,;]")) {
            Matcher x = PART.matcher(part);
            if (!x.matches()) {
                throw new InvalidPlanException("cannot read \"" + part.strip() + "\" in the weekly budget; write e.g. \"60 min Mon-Fri\"");
            }
            boolean first = x.group(1) != null;
            DayOfWeek from = day(first ? x.group(1) : x.group(5), part);
            String toText = first ? x.group(2) : x.group(6);
            DayOfWeek to = toText == null ? from : day(toText, part);
            int minutes = Integer.parseInt(first ? x.group(3) : x.group(4));
            int d = from.ordinal();
            while (true) {
                if (m[d] != null) throw new InvalidPlanException("the weekly budget gives " + DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " twice");
                m[d] = minutes;
                if (d == to.ordinal()) break;
                d = (d + 1) % 7;
            }
        }
        for (int d = 0; d < 7; d++) if (m[d] == null) m[d] = 0;
        return new TimeBudget(List.of(m));
    }

    private static DayOfWeek day(String text, String part) {
        String t = text.substring(0, 3).toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(t)) return d;
        }
        throw new InvalidPlanException("\"" + text + "\" in \"" + part.strip() + "\" is not a day of the week");
    }

    /** The same budget with no study on these days. */
    public TimeBudget withDaysOff(Set<LocalDate> days) {
        Map<LocalDate, Integer> m = new TreeMap<>(dated);
        for (LocalDate d : days) m.put(d, 0);
        return new TimeBudget(minutes, m);
    }

    /** The same budget with these days' own minutes. */
    public TimeBudget withDated(Map<LocalDate, Integer> days) {
        Map<LocalDate, Integer> m = new TreeMap<>(dated);
        m.putAll(days);
        return new TimeBudget(minutes, m);
    }

    /** The days off: dated days with no minutes. */
    public Set<LocalDate> daysOff() {
        Set<LocalDate> off = new TreeSet<>();
        dated.forEach((d, m) -> {
            if (m == 0) off.add(d);
        });
        return off;
    }

    /** Minutes available on {@code day}. */
    public int minutesOn(LocalDate day) {
        Integer own = dated.get(day);
        return own != null ? own : minutes.get(day.getDayOfWeek().ordinal());
    }

    /** Minutes in a week, dated days aside. */
    public int weeklyMinutes() {
        return minutes.stream().mapToInt(Integer::intValue).sum();
    }

    /** The same budget with every day's minutes times {@code factor} (rounded down). */
    public TimeBudget scaled(double factor) {
        List<Integer> m = new ArrayList<>(7);
        for (int x : minutes) m.add((int) Math.min(1440, Math.floor(x * factor)));
        Map<LocalDate, Integer> d = new TreeMap<>();
        dated.forEach((day, x) -> d.put(day, (int) Math.min(1440, Math.floor(x * factor))));
        return new TimeBudget(m, d);
    }

    /** "60 min Mon–Fri, 0 Sat, 30 Sun": runs of equal days joined. */
    public String text() {
        List<String> parts = new ArrayList<>();
        int d = 0;
        while (d < 7) {
            int e = d;
            while (e + 1 < 7 && minutes.get(e + 1).equals(minutes.get(d))) e++;
            String from = DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            String to = DayOfWeek.of(e + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            parts.add(minutes.get(d) + " min " + (d == e ? from : from + "–" + to));
            d = e + 1;
        }
        return String.join(", ", parts);
    }
}
