package prepdeck.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The app's icon ({@code assets/icon.svg}: two cards and a "p") drawn as a PNG of any size, for the web app manifest:
 * browsers install a web app from PNG icons of 192 and 512 pixels. Drawn here rather than kept as binary files, so the
 * SVG and its PNGs cannot drift apart unnoticed: both are the few shapes below.
 */
final class AppIcon {
    private AppIcon() {}

    /** The icon as a PNG of {@code size}×{@code size} pixels, on the app's blue so it reads on any launcher. */
    static byte[] png(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, size * 0.375, size * 0.375));
            // the SVG's 64-unit view box, inset so a launcher's round mask keeps the whole drawing
            double unit = size / 64.0 * 0.8;
            g.translate(size * 0.1, size * 0.1);
            g.scale(unit, unit);
            g.setColor(new Color(0x94a3b8));
            g.fill(new RoundRectangle2D.Double(6, 14, 44, 36, 12, 12));
            g.setColor(new Color(0x2563eb));
            g.fill(new RoundRectangle2D.Double(14, 8, 44, 40, 12, 12));
            var p = new Path2D.Double();
            p.moveTo(26, 22);
            p.lineTo(40, 22);
            p.append(new Arc2D.Double(34, 22, 12, 12, 90, -180, Arc2D.OPEN), true);
            p.lineTo(32, 34);
            p.lineTo(32, 42);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(p);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) throw new IllegalStateException("no PNG writer in this JDK");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the app icon", e);
        }
        return out.toByteArray();
    }
}
