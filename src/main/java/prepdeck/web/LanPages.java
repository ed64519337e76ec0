package prepdeck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import prepdeck.accounts.LanPairing;
import prepdeck.web.view.LanSection;
import prepdeck.web.view.PairedPage;

/**
 * {@code serve --lan}: the gate in front of every route ({@link LanGate}), the pairing link a phone opens, and the
 * laptop's list of paired devices with their Revoke buttons. Only the laptop itself (a loopback request) sees the
 * pairing link and may revoke: a paired phone practises, it does not pair others.
 */
final class LanPages {
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(400);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private final LanPairing pairing;
    private final LanGate gate;
    private final String lanAddress;
    private final IntSupplier port;
    private final HtmlReply html;

    /**
     * @param lanAddress the address phones reach this computer at, as it goes into the link
     * @param port       the port listened on, known once the server has started
     */
    LanPages(LanPairing pairing, String lanAddress, IntSupplier port, HtmlReply html) {
        this.pairing = pairing;
        this.gate = new LanGate(pairing);
        this.lanAddress = lanAddress;
        this.port = port;
        this.html = html;
    }

    void addTo(RoutesConfig routes) {
        routes.get(LanGate.PAIR_PATH, this::pair);
        routes.post("/settings/devices/{id}/revoke", this::revoke);
    }

    /** Runs before every route: a request from elsewhere without a paired device's token goes no further. */
    void check(Context ctx) {
        var decision = gate.decide(remote(ctx), ctx.method().name(), ctx.path(), ctx.queryParam("code"), ctx.cookie(LanGate.DEVICE_COOKIE));
        switch (decision) {
            case LanGate.Allow a -> { }
            case LanGate.Pair p -> { }
            case LanGate.Refuse r -> throw new HttpProblem(r.status(), r.reason());
        }
    }

    /** The link a phone opens now (a fresh code once the shown one was used or is about to expire). */
    String link() {
        String host = lanAddress.contains(":") && !lanAddress.startsWith("[") ? "[" + lanAddress + "]" : lanAddress;
        return "http://" + host + ":" + port.getAsInt() + LanGate.PAIR_PATH + "?code=" + pairing.shownCode();
    }

    /** The settings page's part for the laptop; nothing for a phone. */
    Optional<LanSection> section(Context ctx) {
        if (!fromThisComputer(ctx)) return Optional.empty();
        String link = link();
        var devices = pairing.devices().stream().map(d -> new LanSection.Device(d.id(), d.name(), when(d.pairedAt()), when(d.lastSeen()))).toList();
        return Optional.of(new LanSection(link, PairingQr.svg(link), devices));
    }

    private void pair(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (fromThisComputer(ctx)) {
            // the laptop needs no token, and opening its own link must not use up the code meant for the phone
            ctx.redirect("/settings#devices", HttpStatus.SEE_OTHER);
            return;
        }
        var outcome = pairing.redeem(ctx.queryParam("code"), ctx.header("User-Agent"), ctx.req().getRemoteAddr());
        switch (outcome) {
            case LanPairing.Redemption.Accepted a -> {
                ctx.cookie(new Cookie(LanGate.DEVICE_COOKIE, a.paired().token(), "/", (int) COOKIE_LIFETIME.toSeconds(), false, true, null, SameSite.STRICT));
                html.ok(ctx, "paired.jte", new PairedPage(a.paired().device().name()));
            }
            case LanPairing.Redemption.Refused r -> throw switch (r.why()) {
                case UNKNOWN -> new HttpProblem(403, "this pairing link is not one prepdeck made: open the link the laptop's settings page shows now");
                case USED -> new HttpProblem(403, "this pairing link was used already (a link pairs one device): open the one the laptop's settings page shows now");
                case EXPIRED -> new HttpProblem(403, "this pairing link has expired (a link works for ten minutes): open the one the laptop's settings page shows now");
                case THROTTLED -> new HttpProblem(429, "too many wrong pairing links from this device: wait ten minutes, then open the link the laptop's settings page shows");
            };
        }
    }

    private void revoke(Context ctx) {
        if (!fromThisComputer(ctx)) throw new HttpProblem(403, "devices are revoked on the laptop's own settings page, not from a paired device");
        String id = ctx.pathParam("id");
        if (!pairing.revoke(id)) throw new HttpProblem(404, "no paired device " + id);
        ctx.redirect("/settings#devices", HttpStatus.SEE_OTHER);
    }

    private static boolean fromThisComputer(Context ctx) {
        InetAddress remote = remote(ctx);
        return remote != null && remote.isLoopbackAddress();
    }

    /** The peer's address as the connection has it (never a header a client could write). */
    private static InetAddress remote(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        // getByName(null or "") would answer the loopback address: an unknown peer is nobody's
        if (address == null || address.isBlank()) return null;
        try {
            // an address literal: no name is looked up
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String when(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneOffset.UTC));
    }
}
