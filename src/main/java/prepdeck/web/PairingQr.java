package prepdeck.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A pairing link as a QR code in an inline SVG, drawn from the code's modules alone: no text of the link goes into
 * the markup, so there is nothing to escape, and no image is fetched from anywhere.
 */
final class PairingQr {
    /** Light modules around the code, as the QR standard asks for. */
    private static final int QUIET_ZONE = 4;

    private PairingQr() {}

    static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int side = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pairing-qr\" role=\"img\" aria-label=\"QR code of the pairing link\" "
                + "viewBox=\"0 0 " + side + " " + side + "\" width=\"" + side * 6 + "\" height=\"" + side * 6 + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
