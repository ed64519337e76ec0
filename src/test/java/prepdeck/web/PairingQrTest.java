package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PairingQrTest {
    @Test
    void theSvgDrawsExactlyTheDarkModulesAndHoldsNoTextOfTheLink() {
        String link = "http://10.0.0.5:7878/pair?code=<script>\"&'";
        QrCode qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        String svg = PairingQr.svg(link);
        assertThat(svg).doesNotContain("script").doesNotContain("pair?code").doesNotContain("&");
        Set<String> drawn = new HashSet<>();
        var m = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) drawn.add((Integer.parseInt(m.group(1)) - 4) + "," + (Integer.parseInt(m.group(2)) - 4));
        Set<String> dark = new HashSet<>();
        for (int y = 0; y < qr.size; y++) for (int x = 0; x < qr.size; x++) if (qr.getModule(x, y)) dark.add(x + "," + y);
        assertThat(drawn).isEqualTo(dark);
        assertThat(svg).contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"");
    }
}
