package prepdeck.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkgArchiveTest {
    @Test
    void namesThatAreAbsoluteOrClimbAreUnsafe() {
        for (String name : new String[] {"/etc/passwd", "../x", "a/../../x", "a\\..\\..\\x", "C:\\x", "..", "a/.."}) {
            assertThatThrownBy(() -> ApkgArchive.checkName("p.apkg", name)).as(name)
                    .isInstanceOf(ApkgArchive.BadPackageException.class).hasMessageContaining("p.apkg");
        }
    }

    @Test
    void plainNamesAreFine() {
        for (String name : new String[] {"collection.anki2", "media", "0", "dir/file..txt"}) {
            assertThatCode(() -> ApkgArchive.checkName("p.apkg", name)).as(name).doesNotThrowAnyException();
        }
    }

    @Test
    void mediaAreKeptUnderTheirNamesAndANameThatIsNoPlainFileNameIsSkipped(@TempDir Path temp) throws Exception {
        Path apkg = temp.resolve("p.apkg");
        try (var zip = new ZipOutputStream(Files.newOutputStream(apkg))) {
            zip.putNextEntry(new ZipEntry("media"));
            zip.write("{\"0\": \"../evil.png\", \"1\": \"caf\\u00e9 \\\"1\\\".png\", \"2\": \".hidden\", \"4\": \"missing.png\"}"
                    .getBytes(StandardCharsets.UTF_8));
            for (String entry : new String[] {"0", "1", "2"}) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("file " + entry).getBytes(StandardCharsets.UTF_8));
            }
        }
        Path media = temp.resolve("data").resolve("media");
        var kept = ApkgArchive.extractMedia(apkg, media, ApkgArchive.Limits.DEFAULT, Optional.empty());
        assertThat(kept).containsExactly("café \"1\".png");
        assertThat(Files.readString(media.resolve("café \"1\".png"))).isEqualTo("file 1");
        assertThat(temp.resolve("data").resolve("evil.png")).doesNotExist();
        try (var files = Files.list(media)) {
            assertThat(files).hasSize(1);
        }
    }
}
