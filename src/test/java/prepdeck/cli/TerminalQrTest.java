package prepdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalQrTest {
    @Test
    void theHalfBlocksGiveBackEveryModuleOfTheCodeInsideALightQuietZone() {
        String link = "http://192.168.1.20:7878/pair?code=QWOxMOOXpQQkb6nSzWVKsmg0R5Pr6WHzW6b2ChPfVgA";
        QrCode qr = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
        List<String> lines = TerminalQr.draw(link).lines().toList();
        int side = qr.size + 4;
        assertThat(lines).hasSize((side + 1) / 2).allSatisfy(l -> assertThat(l).hasSize(side));
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                char c = lines.get(row / 2).charAt(col);
                boolean light = row % 2 == 0 ? c == '█' || c == '▀' : c == '█' || c == '▄';
                int x = col - 2;
                int y = row - 2;
                boolean inside = x >= 0 && y >= 0 && x < qr.size && y < qr.size;
                assertThat(light).as("module %d,%d", x, y).isEqualTo(!inside || !qr.getModule(x, y));
            }
        }
    }
}
