package prepdeck.ingest.convert;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A question bank kept as CSV: "question;answer" rows, or questions alone, with or without a header row,
 * delimited by ";", a tab or ",", fields quoted with doubled quotes inside (read by Apache Commons CSV).
 * Recognised from content: most lines split into the same number (two or more) of fields, and one column
 * reads as questions (they end in "?" or open with a question word), or a header row names it.
 */
public final class CsvTable {
    /** What each column holds; -1 where there is no such column. */
    public record Columns(int question, int answer, List<Integer> followUps, int topic, Optional<String> topicName) {}

    /** One record: the 1-based line it starts on, its 1-based place among the data rows, its fields. */
    public record Row(int line, int number, List<String> fields) {
        public String field(int column) {
            return column >= 0 && column < fields.size() ? fields.get(column) : "";
        }
    }

    /** The outcome of reading text as a question bank. */
    public sealed interface Outcome {
        /** Not a table of questions: read it as notes. */
        record NotCsv() implements Outcome {}

        /** A question bank. */
        record Table(char delimiter, Optional<List<String>> header, Columns columns, List<Row> rows) implements Outcome {}

        /** A question bank whose quoting breaks at {@code line} (row {@code row}); nothing after it can be trusted. */
        record Broken(int line, int row, String message) implements Outcome {}
    }

    private static final char[] DELIMITERS = {';', '\t', ','};
    private static final Pattern NUMBER = Pattern.compile("^\\s*-?\\d{1,9}\\s*$");
    private static final Pattern QUESTION_WORD = Pattern.compile(
            "^(?:что|как|какой|какая|какие|каким|каков|зачем|почему|где|когда|кто|сколько|чем|для чего|объясните|расскажите|опишите|назовите|перечислите|приведите"
                    + "|що|як|який|яка|які|навіщо|чому|де|коли|хто|скільки|поясніть|розкажіть|опишіть|назвіть|перелічіть|наведіть"
                    + "|what|how|why|when|where|who|which|explain|describe|name|list|is|are|can|does|do|should|tell)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TASK_WORD = Pattern.compile(
            "^(?:напишите|напиши|реализуйте|реализуй|приведите|покажите|создайте|вызовите|вычислите|продемонстрируйте|добавьте|выведите|дан|дана|дано|даны"
                    + "|напишіть|реалізуйте|наведіть|покажіть|створіть|обчисліть|додайте|виведіть|дано|дані"
                    + "|write|implement|give|show|create|compute|calculate|add|print|given|demonstrate)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern QUESTION_HEADER = Pattern.compile("(?i)^(question|questions|q|prompt|front|вопрос|вопросы|питання|term|термин|термін)$");
    private static final Pattern ANSWER_HEADER = Pattern.compile("(?i)^(answer|answers|a|back|ответ|ответы|відповідь|відповіді|definition|определение|визначення)$");
    private static final Pattern TOPIC_HEADER = Pattern.compile("(?i)^(topic|category|chapter|section|tag|tags|тема|категория|глава|раздел|розділ|категорія|теги)$");
    private static final Pattern FOLLOW_UP_HEADER = Pattern.compile("(?i)^(follow[- ]?up|task|задание|задача|завдання|дополнительно|додатково)$");
    private static final int MAX_ROWS = 200_000;

    private CsvTable() {}

    public static Outcome read(String text) {
        List<String> lines = text.lines().toList();
        var nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        if (nonBlank.size() < 2) return new Outcome.NotCsv();
        String first = nonBlank.getFirst().strip();
        if (first.startsWith("{") || first.startsWith("[")) return new Outcome.NotCsv(); // JSON, a notebook
        for (String l : nonBlank.subList(0, Math.min(50, nonBlank.size()))) {
            String s = l.strip();
            if (s.startsWith("#") || s.startsWith("```") || s.startsWith("- ") || s.startsWith("* ") || s.startsWith("<") || s.startsWith(">") || s.startsWith("|")) return new Outcome.NotCsv();
        }
        for (char d : DELIMITERS) {
            var head = nonBlank.subList(0, Math.min(50, nonBlank.size()));
            if (head.stream().filter(l -> l.indexOf(d) >= 0).count() * 2 < head.size()) continue;
            // a first look at the head, then the whole: notes that are not a table cost little
            if (text.length() > SAMPLE && !looksLikeTable(text.substring(0, cutAtLine(text, SAMPLE)), d)) continue;
            var naive = naive(text, d);
            if (naive == null) continue;
            boolean header = isHeader(naive.getFirst());
            var data = header ? naive.subList(1, naive.size()) : naive;
            if (data.size() < (header ? 1 : 3)) continue;
            var columns = columns(data, header ? Optional.of(naive.getFirst()) : Optional.empty(), d);
            if (columns.isEmpty()) continue;
            return parse(text, lines, d, header, columns.get());
        }
        return new Outcome.NotCsv();
    }

    private static final int SAMPLE = 64 * 1024;

    private static boolean looksLikeTable(String head, char d) {
        var naive = naive(head, d);
        if (naive == null) return false;
        boolean header = isHeader(naive.getFirst());
        var data = header ? naive.subList(1, naive.size()) : naive;
        return data.size() >= (header ? 1 : 3) && columns(data, header ? Optional.of(naive.getFirst()) : Optional.empty(), d).isPresent();
    }

    private static int cutAtLine(String text, int at) {
        int newline = text.lastIndexOf('\n', at);
        return newline > 0 ? newline : at;
    }

    /**
     * Splits text into records and fields, a newline inside quotes staying in its field (a first look, to recognise
     * the table; Commons CSV reads it after). Null unless most records give the same number (two or more) of fields.
     */
    private static List<List<String>> naive(String text, char d) {
        var rows = new ArrayList<List<String>>();
        var counts = new java.util.HashMap<Integer, Integer>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else if ((c == '\n' || c == '\r') && (!quoted || i == text.length())) {
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
                    rows.add(List.copyOf(fields));
                    counts.merge(fields.size(), 1, Integer::sum);
                }
                fields.clear();
            } else {
                field.append(c);
            }
        }
        if (rows.size() < 2) return null;
        var mode = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        if (mode.getKey() < 2 || mode.getValue() * 10 < rows.size() * 9) return null;
        return rows;
    }

    private static boolean isHeader(List<String> first) {
        boolean named = false;
        for (String cell : first) {
            String c = unquote(cell).strip();
            if (c.length() > 40 || NUMBER.matcher(c).matches()) return false;
            if (QUESTION_HEADER.matcher(c).matches() || ANSWER_HEADER.matcher(c).matches()) named = true;
        }
        return named;
    }

    private static Optional<Columns> columns(List<List<String>> rows, Optional<List<String>> header, char d) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int question = -1, answer = -1, topic = -1;
        var followUps = new ArrayList<Integer>();
        Optional<String> topicName = Optional.empty();
        if (header.isPresent()) {
            var names = header.get().stream().map(c -> unquote(c).strip()).toList();
            for (int c = 0; c < names.size(); c++) {
                String n = names.get(c);
                if (question < 0 && QUESTION_HEADER.matcher(n).matches()) question = c;
                else if (answer < 0 && ANSWER_HEADER.matcher(n).matches()) answer = c;
                else if (topic < 0 && TOPIC_HEADER.matcher(n).matches()) {
                    topic = c;
                    topicName = Optional.of(n);
                } else if (FOLLOW_UP_HEADER.matcher(n).matches()) followUps.add(c);
            }
            if (question < 0 && answer >= 0) question = answer == 0 ? 1 : 0;
            if (question < 0 || question >= width) return Optional.empty();
            return Optional.of(new Columns(question, answer, followUps, topic, topicName));
        }
        double best = 0;
        for (int c = 0; c < width; c++) {
            double score = questionScore(rows, c);
            if (score > best + 0.05 || score >= best - 0.05 && score > 0 && question >= 0 && averageLength(rows, c) > averageLength(rows, question)) {
                if (filled(rows, c) * 10 >= rows.size() * 8) {
                    best = Math.max(best, score);
                    question = c;
                }
            }
        }
        if (question < 0 || best < (d == ',' ? 0.5 : 0.3)) return Optional.empty();
        for (int c = question + 1; c < width; c++) {
            if (numeric(rows, c)) continue;
            int filled = filled(rows, c);
            if (filled == 0) continue;
            // a column of questions or tasks ("Напишите …", "Implement …") holds follow-ups; the first other one, answers
            if (taskScore(rows, c) >= 0.5) followUps.add(c);
            else if (answer < 0) answer = c;
        }
        for (int c = 0; c < width; c++) {
            if (c != question && numeric(rows, c) && grouping(rows, c)) {
                topic = c;
                break;
            }
        }
        return Optional.of(new Columns(question, answer, followUps, topic, Optional.empty()));
    }

    private static double questionScore(List<List<String>> rows, int c) {
        int filled = 0, questions = 0;
        for (var row : rows) {
            if (c >= row.size()) continue;
            String v = unquote(row.get(c)).strip();
            if (v.isEmpty()) continue;
            filled++;
            if (NUMBER.matcher(v).matches()) continue;
            if (v.endsWith("?") || QUESTION_WORD.matcher(v).lookingAt()) questions++;
        }
        return filled == 0 ? 0 : (double) questions / filled;
    }

    private static double taskScore(List<List<String>> rows, int c) {
        int filled = 0, tasks = 0;
        for (var row : rows) {
            if (c >= row.size()) continue;
            String v = unquote(row.get(c)).strip();
            if (v.isEmpty()) continue;
            filled++;
            if (v.endsWith("?") || QUESTION_WORD.matcher(v).lookingAt() || TASK_WORD.matcher(v).lookingAt()) tasks++;
        }
        return filled == 0 ? 0 : (double) tasks / filled;
    }

    private static int filled(List<List<String>> rows, int c) {
        int n = 0;
        for (var row : rows) if (c < row.size() && !unquote(row.get(c)).isBlank()) n++;
        return n;
    }

    private static double averageLength(List<List<String>> rows, int c) {
        return rows.stream().mapToInt(r -> c < r.size() ? r.get(c).length() : 0).average().orElse(0);
    }

    private static boolean numeric(List<List<String>> rows, int c) {
        int filled = 0;
        for (var row : rows) {
            if (c >= row.size() || row.get(c).isBlank()) continue;
            filled++;
            if (!NUMBER.matcher(unquote(row.get(c))).matches()) return false;
        }
        return filled > 0;
    }

    /** A numeric column that groups rows: it never goes down and takes few values (a chapter, not an id or a page). */
    private static boolean grouping(List<List<String>> rows, int c) {
        long last = Long.MIN_VALUE;
        var distinct = new java.util.HashSet<Long>();
        for (var row : rows) {
            if (c >= row.size() || row.get(c).isBlank()) return false;
            long v = Long.parseLong(unquote(row.get(c)).strip());
            if (v < last) return false;
            last = v;
            distinct.add(v);
        }
        return distinct.size() >= 2 && distinct.size() <= Math.max(2, Math.min(30, rows.size() / 5));
    }

    private static Outcome parse(String text, List<String> lines, char d, boolean header, Columns columns) {
        var format = CSVFormat.DEFAULT.builder().setDelimiter(d).setQuote('"').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).setTrailingData(true).get();
        var rows = new ArrayList<Row>();
        List<String> headerCells = null;
        long nextLine = 1;
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            while (true) {
                long start = firstNonBlankLine(lines, nextLine);
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return new Outcome.Broken((int) Math.min(Integer.MAX_VALUE, start), number + 1,
                            "row " + (number + 1) + " opens a quoted field (\") that is never closed; close it (a quote inside a quoted field is written twice: \"\")");
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                var fields = record.stream().toList();
                if (header && headerCells == null) {
                    headerCells = fields;
                    continue;
                }
                number++;
                if (rows.size() < MAX_ROWS) rows.add(new Row((int) Math.min(Integer.MAX_VALUE, start), number, fields));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Outcome.Broken((int) Math.min(Integer.MAX_VALUE, nextLine), number + 1,
                    "row " + (number + 1) + " cannot be read as CSV; check its quotes");
        }
        return new Outcome.Table(d, Optional.ofNullable(headerCells), columns, rows);
    }

    /** The first line from {@code from} on that is not blank: where the next record starts (blank lines are skipped). */
    private static long firstNonBlankLine(List<String> lines, long from) {
        long line = from;
        while (line >= 1 && line <= lines.size() && lines.get((int) line - 1).isBlank()) line++;
        return line;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        return s;
    }
}
