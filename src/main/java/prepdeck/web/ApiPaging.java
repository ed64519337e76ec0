package prepdeck.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Pages of the JSON API's long lists ({@code /api/cards}, {@code /api/gaps}, {@code /api/topics}): {@code ?limit=N}
 * (1 to {@value #MAX}, {@value #DEFAULT} unless given; gaps, whose covering cards are searched, 100 and 1,000) and {@code ?offset=N}. The body keeps the contract's shape, a
 * JSON array; {@code X-Total-Count} says how many rows there are in all and, while more follow, {@code Link: <…>;
 * rel="next"} gives the next page's address, so a deck of any size answers in bounded time.
 */
record ApiPaging(int offset, int limit) {
    static final int DEFAULT = 1_000;
    static final int MAX = 10_000;

    static ApiPaging of(Context ctx) {
        return of(ctx, DEFAULT, MAX);
    }

    /** With another default and largest page, for lists whose rows cost more (a gap's covering cards are searched). */
    static ApiPaging of(Context ctx, int defaultLimit, int maxLimit) {
        return new ApiPaging(number(ctx, "offset", 0, Integer.MAX_VALUE, 0), number(ctx, "limit", 1, maxLimit, defaultLimit));
    }

    /** Sets the headers for a list of {@code total} rows of which this page shows those from {@link #offset}. */
    void describe(Context ctx, int total) {
        ctx.header("X-Total-Count", Integer.toString(total));
        if ((long) offset + limit < total) {
            var next = new StringBuilder(ctx.path()).append("?offset=").append(offset + limit).append("&limit=").append(limit);
            for (String name : new String[] {"source", "topic"}) {
                String value = ctx.queryParam(name);
                if (value != null) next.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            ctx.header("Link", "<" + next + ">; rel=\"next\"");
        }
    }

    private static int number(Context ctx, String name, int min, int max, int absent) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return absent;
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        throw HttpProblem.badRequest(name + " must be a whole number from " + min + " to " + max + ", got '" + shown + "'");
    }
}
