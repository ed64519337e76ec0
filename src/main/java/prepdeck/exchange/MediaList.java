package prepdeck.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Anki package's list of media files: which numbered zip entry holds which file. Legacy packages write a JSON
 * object ({@code {"0": "tiny.png"}}); modern ones a protobuf {@code MediaEntries} (field 1, repeated, each with the
 * name in its field 1), the n-th entry being zip entry {@code n}. Read by hand: this package uses the JDK only.
 */
public final class MediaList {
    private static final Pattern PAIR = Pattern.compile("\"(\\d{1,9})\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private MediaList() {}

    /** Names by entry number (null where a number is missing). */
    static List<String> ofLegacy(String json) {
        var out = new ArrayList<String>();
        var m = PAIR.matcher(json);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            if (index > 1_000_000) throw new IllegalArgumentException("media entry " + index);
            while (out.size() <= index) out.add(null);
            out.set(index, unescape(m.group(2)));
        }
        return out;
    }

    static List<String> ofModern(byte[] bytes) {
        var out = new ArrayList<String>();
        int[] at = {0};
        while (at[0] < bytes.length) {
            long key = varint(bytes, at);
            if ((key & 7) == 2) {
                int length = (int) varint(bytes, at);
                if (length < 0 || at[0] + length > bytes.length) throw new IllegalArgumentException("a media entry runs past the end");
                out.add(key >>> 3 == 1 ? nameOf(bytes, at[0], at[0] + length) : null);
                at[0] += length;
            } else {
                skip(bytes, at, (int) (key & 7));
            }
        }
        return out;
    }

    private static String nameOf(byte[] bytes, int from, int to) {
        int[] at = {from};
        while (at[0] < to) {
            long key = varint(bytes, at);
            if ((key & 7) == 2) {
                int length = (int) varint(bytes, at);
                if (length < 0 || at[0] + length > to) throw new IllegalArgumentException("a media name runs past its entry");
                if (key >>> 3 == 1) return new String(bytes, at[0], length, StandardCharsets.UTF_8);
                at[0] += length;
            } else {
                skip(bytes, at, (int) (key & 7));
            }
        }
        return null;
    }

    private static void skip(byte[] bytes, int[] at, int wireType) {
        switch (wireType) {
            case 0 -> varint(bytes, at);
            case 1 -> at[0] += 8;
            case 5 -> at[0] += 4;
            default -> throw new IllegalArgumentException("unexpected protobuf wire type " + wireType);
        }
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= bytes.length) throw new IllegalArgumentException("a number runs past the end");
            int b = bytes[at[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new IllegalArgumentException("a number longer than 64 bits");
    }

    private static String unescape(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'u' -> {
                    if (i + 4 >= s.length()) throw new IllegalArgumentException("a cut \\u escape");
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** A plain file name: no folder part, no climbing, nothing hidden, nothing a file system would refuse. */
    public static boolean plainName(String name) {
        return !name.isBlank() && name.length() <= 255 && !name.startsWith(".") && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 32
                || c == ':' || c == 0x7f);
    }
}
