package prepdeck.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Spoken answers kept on the user's machine, in the data folder: {@code interview-SESSION/qN.wav} (N from 1), with
 * whatever the page keeps beside one (the key points ticked, as {@code qN.json}). Nothing is sent anywhere; deleting
 * a recording deletes its files, deleting a session's deletes its folder. A recording is checked to be a WAV file
 * before it is kept.
 */
public final class Recordings {
    private static final Pattern ANSWER = Pattern.compile("q(\\d{1,5})\\.wav");
    private final Path folder;

    public Recordings(Path folder) {
        this.folder = Objects.requireNonNull(folder);
    }

    private Path session(long session) {
        return folder.resolve("interview-" + session);
    }

    /** Where question {@code position} (from 0) of a session has its recording, whether or not it exists. */
    public Path file(long session, int position) {
        return session(session).resolve("q" + (position + 1) + ".wav");
    }

    /** Where the page's notes on that answer go (the key points ticked). */
    public Path notes(long session, int position) {
        return session(session).resolve("q" + (position + 1) + ".json");
    }

    /** Keeps a recording (replacing an earlier one of the same question) and returns its delivery figures. */
    public Delivery save(long session, int position, byte[] wav) throws IOException {
        Path file = file(session, position);
        Delivery figures = Delivery.of(WavAudio.parse(wav, "the recording of question " + (position + 1)));
        write(file, wav);
        return figures;
    }

    /** Writes beside the place and moves in, so a reader never sees half a file. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), "saving-", ".part");
        try {
            Files.write(part, bytes);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public Optional<Path> find(long session, int position) {
        Path file = file(session, position);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Each recorded question of a session (position from 0) with its figures, in order; a damaged file is left out. */
    public SortedMap<Integer, Delivery> figures(long session) {
        var out = new TreeMap<Integer, Delivery>();
        Path dir = session(session);
        if (!Files.isDirectory(dir)) return out;
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                var m = ANSWER.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                try {
                    out.put(Integer.parseInt(m.group(1)) - 1, Delivery.of(WavAudio.read(f)));
                } catch (BadAudio e) {
                    // kept as it is (never lose user data) but not counted
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    /** Deletes one answer's recording and notes; true when there was one. */
    public boolean delete(long session, int position) throws IOException {
        boolean had = Files.deleteIfExists(file(session, position));
        Files.deleteIfExists(notes(session, position));
        return had;
    }

    /** Deletes every recording of a session; returns how many there were. */
    public int deleteSession(long session) throws IOException {
        Path dir = session(session);
        if (!Files.isDirectory(dir)) return 0;
        int count = 0;
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (ANSWER.matcher(f.getFileName().toString()).matches()) count++;
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
        return count;
    }
}
