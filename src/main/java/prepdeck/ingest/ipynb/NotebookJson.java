package prepdeck.ingest.ipynb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook in its JSON form, laid out as the text export would show it (markdown cells as
 * they are, code cells as "In [n]:", the code, a blank line, the output) so that one parser serves
 * both; each laid-out line remembers the JSON line its cell starts at. The one place in the importer that
 * parses JSON, and so the one that may use Jackson.
 */
public final class NotebookJson {
    /** The laid-out text, and for each of its lines the 1-based line in the JSON file. */
    public record Layout(List<String> lines, int[] jsonLine) {}

    /** Thrown for JSON that is not a notebook; the message names the line. */
    public static final class NotANotebook extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotANotebook(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The 1-based line in the JSON text where it went wrong. */
        public int line() {
            return line;
        }
    }

    private NotebookJson() {}

    /** The notebook's cells; malformed JSON is named in a sentence at its line, never in the parser's words. */
    private static JsonNode cells(String json) throws NotANotebook {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new NotANotebook(sentence(e.getOriginalMessage()), line);
        }
        JsonNode cells = root == null ? null : root.get("cells");
        if (cells == null || !cells.isArray()) throw new NotANotebook("JSON without a \"cells\" list is not a Jupyter notebook", 1);
        return cells;
    }

    /** Jackson's message in plain words: what went wrong, without its internals ("[Source: …", "StreamReadFeature"). */
    static String sentence(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("end-of-input")) return "the notebook's JSON stops before it is complete (a truncated or half-saved file?)";
        if (lower.contains("unexpected character")) return "the notebook's JSON has a character that does not belong there (a hand edit or a merge left in it?)";
        if (lower.contains("unrecognized token")) return "the notebook's JSON has a word that is not JSON (a hand edit or a merge left in it?)";
        if (lower.contains("control character")) return "the notebook's JSON has a raw control character inside a string";
        if (lower.contains("duplicate field")) return "the notebook's JSON names the same field twice";
        return "the notebook's JSON is malformed";
    }

    /** Lays a notebook out as its text export would show it. */
    public static Layout layout(String json) throws NotANotebook {
        JsonNode cells = cells(json);
        int[] cellLines = cellStartLines(json, cells.size());
        var lines = new ArrayList<String>();
        var map = new ArrayList<Integer>();
        int n = 0;
        for (int c = 0; c < cells.size(); c++) {
            JsonNode cell = cells.get(c);
            String type = cell.path("cell_type").asText("");
            String source = text(cell.get("source"));
            int at = cellLines[c];
            if (type.equals("code")) {
                n++;
                String count = cell.path("execution_count").isNumber() ? cell.get("execution_count").asText() : " ";
                add(lines, map, "In [" + count + "]:", at);
                for (String l : source.split("\n", -1)) add(lines, map, l, at);
                String output = outputs(cell.get("outputs"));
                if (!output.isBlank()) {
                    add(lines, map, "", at);
                    for (String l : output.split("\n", -1)) add(lines, map, l, at);
                }
            } else {
                for (String l : source.split("\n", -1)) add(lines, map, l, at);
            }
            add(lines, map, "", at);
        }
        return new Layout(lines, map.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Lays a notebook out as Markdown: its Markdown cells as they are, code cells fenced, their output in an "output" fence. */
    public static Layout markdown(String json) throws NotANotebook {
        JsonNode cells = cells(json);
        int[] cellLines = cellStartLines(json, cells.size());
        var lines = new ArrayList<String>();
        var map = new ArrayList<Integer>();
        for (int c = 0; c < cells.size(); c++) {
            JsonNode cell = cells.get(c);
            String type = cell.path("cell_type").asText("");
            String source = text(cell.get("source"));
            int at = cellLines[c];
            if (type.equals("code")) {
                if (source.isBlank()) continue;
                add(lines, map, "```python", at);
                for (String l : source.split("\n", -1)) add(lines, map, l.startsWith("```") ? " " + l : l, at);
                add(lines, map, "```", at);
                String output = outputs(cell.get("outputs"));
                if (!output.isBlank()) {
                    add(lines, map, "", at);
                    add(lines, map, "```output", at);
                    for (String l : output.split("\n", -1)) add(lines, map, l.startsWith("```") ? " " + l : l, at);
                    add(lines, map, "```", at);
                }
            } else if (type.equals("markdown")) {
                for (String l : source.split("\n", -1)) add(lines, map, l, at);
            }
            add(lines, map, "", at);
        }
        return new Layout(lines, map.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void add(List<String> lines, List<Integer> map, String line, int jsonLine) {
        lines.add(line);
        map.add(jsonLine);
    }

    /** Cell sources and outputs are a string or a list of strings. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return "";
        if (node.isTextual()) return node.asText();
        var sb = new StringBuilder();
        node.forEach(part -> sb.append(part.asText()));
        return sb.toString();
    }

    private static String outputs(JsonNode outputs) {
        if (outputs == null || !outputs.isArray()) return "";
        var sb = new StringBuilder();
        for (JsonNode o : outputs) {
            switch (o.path("output_type").asText("")) {
                case "stream" -> sb.append(text(o.get("text")));
                case "execute_result", "display_data" -> {
                    String plain = text(o.path("data").get("text/plain"));
                    if (!plain.isEmpty()) sb.append(plain).append('\n');
                }
                case "error" -> sb.append(o.path("ename").asText()).append(": ").append(o.path("evalue").asText()).append('\n');
                default -> { }
            }
        }
        return sb.toString().stripTrailing();
    }

    /** Where each cell starts in the JSON text: the line of its "cell_type" key, in order. */
    private static int[] cellStartLines(String json, int count) {
        int[] out = new int[count];
        java.util.Arrays.fill(out, 1);
        int line = 1, found = 0;
        for (int i = 0; i < json.length() && found < count; i++) {
            char c = json.charAt(i);
            if (c == '\n') line++;
            else if (c == '"' && json.startsWith("\"cell_type\"", i)) out[found++] = line;
        }
        return out;
    }
}
