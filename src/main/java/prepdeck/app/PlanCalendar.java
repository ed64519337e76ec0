package prepdeck.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import prepdeck.review.plan.TimedPlan;

/**
 * The plan as an iCalendar (RFC 5545) file: an all-day event per interview, and per planned day a session of the planned
 * minutes at {@code sessionStart} UTC, for the user's own calendar. Text is escaped and lines folded at 75 octets.
 */
public final class PlanCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PlanCalendar() {
    }

    /** @param uidDomain names this deck's events ("deck-1.prepdeck"): the same plan gives the same UIDs, so calendars update */
    public static String ics(InterviewPlanning.PlanView view, Instant now, LocalTime sessionStart, String uidDomain) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//prepdeck//interview plan//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "X-WR-CALNAME:prepdeck plan");
        String stamp = STAMP.format(now);
        for (PlannedInterview i : view.interviews()) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:interview-" + i.id() + "-" + i.day() + "@" + uidDomain);
            line(b, "DTSTAMP:" + stamp);
            line(b, "DTSTART;VALUE=DATE:" + DAY.format(i.day()));
            line(b, "DTEND;VALUE=DATE:" + DAY.format(i.day().plusDays(1)));
            line(b, "SUMMARY:" + escape("Interview: " + i.name()));
            String forecast = view.forecast(i).map(f -> String.format(Locale.ROOT, "forecast %.0f %% ± %.0f", 100 * f.withPlan(), 100 * f.spread()))
                    .orElse("no forecast");
            line(b, "DESCRIPTION:" + escape("Scope: " + i.scopeText() + "; " + forecast));
            line(b, "END:VEVENT");
        }
        for (TimedPlan.Day d : view.plan().days()) {
            if (d.cards() == 0) continue;
            int minutes = (int) Math.max(1, Math.ceil(d.seconds() / 60));
            LocalDate day = d.day();
            var start = day.atTime(sessionStart).atOffset(ZoneOffset.UTC);
            line(b, "BEGIN:VEVENT");
            line(b, "UID:session-" + day + "@" + uidDomain);
            line(b, "DTSTAMP:" + stamp);
            line(b, "DTSTART:" + STAMP.format(start.toInstant()));
            line(b, "DTEND:" + STAMP.format(start.plusMinutes(minutes).toInstant()));
            line(b, "SUMMARY:" + escape("prepdeck: " + d.cards() + " cards, " + minutes + " min"));
            line(b, "DESCRIPTION:" + escape(d.newCards() + " new, " + d.sweep() + " in a final pass before an interview"));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    // Folds at 75 octets (never inside a UTF-8 sequence), CRLF line ends.
    private static void line(StringBuilder b, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) end--;
            b.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        b.append(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
    }
}
