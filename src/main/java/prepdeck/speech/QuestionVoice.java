package prepdeck.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A card's question spoken by espeak-ng, cached in a folder: one file per card and wording
 * ({@code card-ID-HASH.wav}, the hash over language and text), so an edited question is spoken afresh and an unchanged
 * one is made once. Files are written beside their place and moved in, so a reader never sees half a file.
 */
public final class QuestionVoice {
    /** No voice on this machine: espeak-ng is not installed. */
    public static final class NoVoice extends RuntimeException {
        public NoVoice(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final Optional<Espeak> espeak;

    public QuestionVoice(Path folder, Optional<Espeak> espeak) {
        this.folder = Objects.requireNonNull(folder);
        this.espeak = Objects.requireNonNull(espeak);
    }

    public boolean available() {
        return espeak.isPresent();
    }

    /** The question's audio, made now unless cached; {@link NoVoice} when espeak-ng is missing. */
    public Path audio(long card, String language, String text) throws IOException {
        Path file = folder.resolve("card-" + card + "-" + hash(language + "\n" + text) + ".wav");
        if (Files.isRegularFile(file)) return file;
        Espeak voice = espeak.orElseThrow(() -> new NoVoice("no voice on this machine to read questions aloud: espeak-ng is not installed"
                + " (apt-get install espeak-ng); the question is shown as text"));
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, "speaking-", ".part");
        try {
            voice.speak(language, text, part);
            WavAudio.read(part); // a whole WAV file, or an error naming it
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        forgetOlder(card, file);
        return file;
    }

    /** The card's audio of its earlier wordings: spoken afresh once the question changed, never to be played again. */
    private void forgetOlder(long card, Path current) throws IOException {
        try (var older = Files.newDirectoryStream(folder, "card-" + card + "-*.wav")) {
            for (Path f : older) if (!f.equals(current)) Files.deleteIfExists(f);
        }
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
