package prepdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which folders and files a served deck watches, told from its sources alone. */
class ImportedPlacesTest {
    static StoredSource source(String root, String path, boolean removed) {
        return new StoredSource(path.hashCode(), path, root, "hash", "5", removed, Instant.EPOCH);
    }

    @Test
    void aRootWithNestedPathsIsAFolderAndOneWithBareNamesIsWatchedFileByFile() {
        var places = ImportedPlaces.of(List.of(
                source("/notes", "python/generators.md", false),
                source("/notes", "README.md", false),
                source("/home/ann/Downloads", "tcp.md", false),
                source("/home/ann/Downloads", "old.md", true),
                source("/home/ann/Downloads", "deck.apkg", false)));
        assertThat(places.folders()).containsExactly(Path.of("/notes"));
        assertThat(places.files()).containsExactly(Path.of("/home/ann/Downloads/tcp.md"));
        assertThat(places.watchedFolders()).containsExactlyInAnyOrder(Path.of("/notes"), Path.of("/home/ann/Downloads"));

        assertThat(places.targetOf(Path.of("/notes/python/new/deep.md"))).contains(Path.of("/notes"));
        assertThat(places.targetOf(Path.of("/home/ann/Downloads/tcp.md"))).contains(Path.of("/home/ann/Downloads/tcp.md"));
        // a file beside an imported one, never imported itself, and a removed source's file
        assertThat(places.targetOf(Path.of("/home/ann/Downloads/movie.mkv"))).isEqualTo(Optional.empty());
        assertThat(places.targetOf(Path.of("/home/ann/Downloads/old.md"))).isEmpty();
    }

    @Test
    void aFolderImportedInsideAnotherIsImportedAsItself() {
        var places = ImportedPlaces.of(List.of(source("/notes", "a/b.md", false), source("/notes/a", "sub/c.md", false)));
        assertThat(places.targetOf(Path.of("/notes/a/sub/c.md"))).contains(Path.of("/notes/a"));
        assertThat(places.targetOf(Path.of("/notes/x.md"))).contains(Path.of("/notes"));
        assertThat(ImportedPlaces.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void editorsSwapAndBackupFilesAreNotNotes() {
        assertThat(NoteWatch.editorsOwn(".generators.md.swp")).isTrue();
        assertThat(NoteWatch.editorsOwn("generators.md~")).isTrue();
        assertThat(NoteWatch.editorsOwn("4913")).isTrue();
        assertThat(NoteWatch.editorsOwn("#generators.md#")).isTrue();
        assertThat(NoteWatch.editorsOwn("generators.md")).isFalse();
    }
}
