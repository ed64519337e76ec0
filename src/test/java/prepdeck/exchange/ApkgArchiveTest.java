package prepdeck.exchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
