package prepdeck.cli;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code drawn with Unicode half blocks, two rows of modules to a line of text. Terminals mostly show light text
 * on a dark background, so the blocks are the code's light modules and the gaps its dark ones (as {@code qrencode
 * -t UTF8} draws it); the quiet zone around it is light too, which is what a phone's camera looks for.
 */
final class TerminalQr {
    private static final int QUIET_ZONE = 2;

    private TerminalQr() {}

    static String draw(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int from = -QUIET_ZONE;
        int to = qr.size + QUIET_ZONE;
        StringBuilder out = new StringBuilder();
        for (int y = from; y < to; y += 2) {
            for (int x = from; x < to; x++) {
                boolean top = light(qr, x, y);
                boolean bottom = y + 1 >= to || light(qr, x, y + 1);
                out.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Outside the code (the quiet zone) every module is light; getModule says false there as well. */
    private static boolean light(QrCode qr, int x, int y) {
        return !qr.getModule(x, y);
    }
}
