package prepdeck.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.testing.SpokenAudio;

class QuestionVoiceTest {
    @TempDir Path folder;

    /** A question spoken once is kept; after an edit its new wording is spoken and the old audio goes. */
    @Test
    void anEditedQuestionIsSpokenAfreshAndItsOldAudioRemoved() throws Exception {
        SpokenAudio.requireTools();
        var voice = new QuestionVoice(folder, Espeak.find(System.getenv()));
        Path first = voice.audio(7, "en", "What is a generator?");
        Path other = voice.audio(8, "ru", "Что такое GIL?");
        assertThat(voice.audio(7, "en", "What is a generator?")).isEqualTo(first);

        Path edited = voice.audio(7, "en", "What is a generator in Python?");
        assertThat(edited).isNotEqualTo(first).exists();
        assertThat(first).doesNotExist();
        assertThat(other).as("another card's audio stays").exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).hasSize(2);
        }
    }
}
