package prepdeck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.UploadedFile;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {
    @TempDir Path root;

    /** An uploaded part whose content never ends, whatever size it claims. */
    private static UploadedFile endless(String name) {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len == 0 ? 0 : len; // the buffer is left as it is: bytes all the same
            }
        };
        Part part = (Part) Proxy.newProxyInstance(UploadsTest.class.getClassLoader(), new Class<?>[] {Part.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> zeros;
                    case "getSubmittedFileName", "getName" -> name;
                    case "getSize" -> 10L;
                    default -> null;
                });
        return new UploadedFile(part);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFileWithoutEndIsCutAtTheLimitAndNothingIsKept() throws Exception {
        var uploads = new Uploads(root, Clock.systemUTC(), 1024 * 1024);
        assertThatThrownBy(() -> uploads.save(List.of(endless("zero.md"))))
                .isInstanceOfSatisfying(HttpProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(413);
                    assertThat(p.getMessage()).isEqualTo("zero.md is larger than 1,048,576 bytes; nothing was imported");
                });
        try (var left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }
}
