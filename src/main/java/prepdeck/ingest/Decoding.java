package prepdeck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or windows-1251 detected by its letters. */
final class Decoding {
    /** The longest line prepdeck reads; a longer one is not a note (minified data, a dump). */
    static final int MAX_LINE_CHARS = 1 << 20;

    private static final Charset CP1251 = Charset.forName("windows-1251");

    /** Text, with a note when it was not plain UTF-8; or why it is not text at all. */
    sealed interface Outcome {
        record Text(String text, Optional<String> note) implements Outcome {}

        record NotText(String reason, int line) implements Outcome {}
    }

    private Decoding() {}

    static Outcome decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return checked(new String(bytes, 2, bytes.length - 2, utf16), Optional.of("decoded as UTF-16 (byte order mark)"));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) return new Outcome.NotText("binary file (a NUL byte at offset " + nul + "); not read as notes", lineAt(bytes, nul));
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return checked(text, Optional.empty());
        } catch (CharacterCodingException e) {
            String cp = new String(bytes, CP1251);
            if (looksLikeCyrillicText(cp)) {
                return checked(cp, Optional.of("not UTF-8; decoded as windows-1251 (Cyrillic)"));
            }
            return new Outcome.NotText("not UTF-8 and not recognisable text (first bad byte at line " + firstBadUtf8Line(bytes) + "); save it as UTF-8", firstBadUtf8Line(bytes));
        }
    }

    private static Outcome checked(String text, Optional<String> note) {
        int line = 1, lineStart = 0, controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (i - lineStart > MAX_LINE_CHARS) {
                return new Outcome.NotText("line " + line + " is longer than " + MAX_LINE_CHARS + " characters; not read as notes", line);
            } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (text.length() > 64 && controls * 20 > text.length()) {
            return new Outcome.NotText("binary file (" + controls + " control characters); not read as notes", 1);
        }
        return new Outcome.Text(text, note);
    }

    /** Windows-1251 text of notes is mostly Cyrillic letters, spaces and ASCII; random bytes are not. */
    private static boolean looksLikeCyrillicText(String s) {
        int letters = 0, cyrillic = 0, odd = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) cyrillic++;
            } else if (c == '\uFFFD' || (c >= 0x80 && !Character.isLetterOrDigit(c) && "«»—–„“”…№’‘•·".indexOf(c) < 0 && c != '\u00A0')) {
                odd++;
            }
        }
        return cyrillic > 0 && cyrillic * 4 >= letters && odd * 50 < s.length() + 1;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int firstBadUtf8Line(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1, lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }
}
