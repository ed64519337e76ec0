package prepdeck.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A RIFF WAVE recording of plain PCM: 8-bit (unsigned), 16-, 24- or 32-bit signed integers, or 32-bit floats, any
 * number of channels and any rate; {@code WAVE_FORMAT_EXTENSIBLE} when its sub-format is one of those. Channels are
 * mixed down to one when read as {@link #mono()}.
 *
 * @param rate    samples per second per channel
 * @param frames  samples per channel
 */
public record WavAudio(int rate, int channels, int bits, boolean floating, long frames, ByteBuffer data) {
    private static final int PCM = 1, IEEE_FLOAT = 3, EXTENSIBLE = 0xFFFE;
    /** Four hours at 48 kHz in stereo 32-bit: more than any answer, less than what would exhaust memory. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    public WavAudio {
        if (rate <= 0 || channels <= 0) throw new IllegalArgumentException("rate and channels must be positive");
        Objects.requireNonNull(data);
    }

    public double seconds() {
        return (double) frames / rate;
    }

    /** Reads a file; every problem is a {@link BadAudio} naming it. */
    public static WavAudio read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BadAudio(BadAudio.Problem.UNREADABLE, file, "no such file", e);
        } catch (IOException e) {
            throw new BadAudio(BadAudio.Problem.UNREADABLE, file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (size > MAX_BYTES) throw new BadAudio(BadAudio.Problem.UNSUPPORTED, file.toString(), "too large to analyse (" + size + " bytes)");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadAudio(BadAudio.Problem.UNREADABLE, file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file.toString());
    }

    /** Parses the bytes of a WAV file; {@code name} is what errors call it. */
    public static WavAudio parse(byte[] bytes, String name) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
            String what = bytes.length == 0 ? "an empty file" : tag(bytes, 0, "RIFX") ? "a big-endian RIFX file" : "not a WAV file";
            throw new BadAudio(BadAudio.Problem.NOT_WAV, name, what + " (a WAV file starts with RIFF…WAVE)");
        }
        int at = 12;
        int format = -1, channels = 0, rate = 0, bits = 0, blockAlign = 0;
        while (at + 8 <= bytes.length) {
            String id = new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long length = Integer.toUnsignedLong(b.getInt(at + 4));
            int body = at + 8;
            if (id.equals("fmt ")) {
                if (length < 16 || body + 16 > bytes.length) throw new BadAudio(BadAudio.Problem.CORRUPT, name, "its fmt chunk is cut short");
                format = Short.toUnsignedInt(b.getShort(body));
                channels = Short.toUnsignedInt(b.getShort(body + 2));
                rate = b.getInt(body + 4);
                blockAlign = Short.toUnsignedInt(b.getShort(body + 12));
                bits = Short.toUnsignedInt(b.getShort(body + 14));
                if (format == EXTENSIBLE) {
                    if (length < 40 || body + 26 > bytes.length) throw new BadAudio(BadAudio.Problem.CORRUPT, name, "its extensible fmt chunk is cut short");
                    format = Short.toUnsignedInt(b.getShort(body + 24));
                }
            } else if (id.equals("data")) {
                if (format < 0) throw new BadAudio(BadAudio.Problem.CORRUPT, name, "its data chunk comes before any fmt chunk");
                checkFormat(name, format, channels, rate, bits, blockAlign);
                long available = bytes.length - body;
                // a recorder that streams may leave the length unset (0 or all ones): the data then runs to the end
                if (length == 0 || length == 0xFFFFFFFFL) length = available;
                if (length > available) {
                    throw new BadAudio(BadAudio.Problem.CORRUPT, name, "cut short: its data chunk declares " + length + " bytes, the file holds " + available);
                }
                long frames = length / blockAlign;
                ByteBuffer data = ByteBuffer.wrap(bytes, body, (int) (frames * blockAlign)).slice().order(ByteOrder.LITTLE_ENDIAN);
                return new WavAudio(rate, channels, bits, format == IEEE_FLOAT, frames, data);
            }
            long next = body + length + (length & 1);
            if (next > bytes.length && !id.equals("data")) {
                throw new BadAudio(BadAudio.Problem.CORRUPT, name, "its '" + id.strip() + "' chunk runs past the end of the file");
            }
            at = (int) Math.min(next, Integer.MAX_VALUE);
        }
        throw new BadAudio(BadAudio.Problem.CORRUPT, name, format < 0 ? "no fmt chunk: not a complete WAV file" : "no data chunk: the recording is missing");
    }

    private static void checkFormat(String name, int format, int channels, int rate, int bits, int blockAlign) {
        if (format != PCM && format != IEEE_FLOAT) {
            throw new BadAudio(BadAudio.Problem.UNSUPPORTED, name, "its samples are encoded with WAV format " + format
                    + " (only plain PCM, format 1, or 32-bit float, format 3, is read: record as uncompressed WAV)");
        }
        if (format == PCM && bits != 8 && bits != 16 && bits != 24 && bits != 32) {
            throw new BadAudio(BadAudio.Problem.UNSUPPORTED, name, bits + "-bit PCM is not read (8, 16, 24 or 32 bits are)");
        }
        if (format == IEEE_FLOAT && bits != 32) throw new BadAudio(BadAudio.Problem.UNSUPPORTED, name, bits + "-bit float samples are not read (32-bit are)");
        if (channels < 1 || channels > 16) throw new BadAudio(BadAudio.Problem.CORRUPT, name, "it declares " + channels + " channels");
        if (rate < 1000 || rate > 768_000) throw new BadAudio(BadAudio.Problem.CORRUPT, name, "it declares a rate of " + rate + " samples a second");
        if (blockAlign != channels * (bits / 8)) {
            throw new BadAudio(BadAudio.Problem.CORRUPT, name, "its block size " + blockAlign + " does not fit " + channels + " channels of " + bits + " bits");
        }
    }

    private static boolean tag(byte[] bytes, int at, String tag) {
        for (int i = 0; i < 4; i++) if (bytes[at + i] != tag.charAt(i)) return false;
        return true;
    }

    /** The sample of one frame and channel, scaled to [-1, 1]. */
    public double sample(long frame, int channel) {
        int bytesPer = bits / 8;
        int at = (int) (frame * channels * bytesPer + (long) channel * bytesPer);
        if (floating) return data.getFloat(at);
        return switch (bits) {
            case 8 -> (Byte.toUnsignedInt(data.get(at)) - 128) / 128.0;
            case 16 -> data.getShort(at) / 32768.0;
            case 24 -> ((data.get(at) & 0xFF) | (data.get(at + 1) & 0xFF) << 8 | data.get(at + 2) << 16) / 8388608.0;
            default -> data.getInt(at) / 2147483648.0;
        };
    }

    /** One frame's channels averaged. */
    public double mono(long frame) {
        if (channels == 1) return sample(frame, 0);
        double sum = 0;
        for (int c = 0; c < channels; c++) sum += sample(frame, c);
        return sum / channels;
    }

    /** 16-bit mono PCM WAV bytes of the given samples (clipped to [-1, 1]): what the recorder and the tests write. */
    public static byte[] encode16(double[] samples, int rate) {
        ByteBuffer out = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples.length * 2)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) PCM).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples.length * 2);
        for (double s : samples) out.putShort((short) Math.round(Math.max(-1, Math.min(1, s)) * 32767));
        return out.array();
    }
}
