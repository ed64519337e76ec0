package prepdeck.snippets;

import java.util.ArrayList;
import java.util.List;

/** A unified-style line diff, small and good enough for a few dozen lines of output. */
final class TextDiff {
    private static final int MAX_LINES = 400;

    private TextDiff() {
    }

    static String unified(String expectedLabel, String expected, String actualLabel, String actual) {
        List<String> a = expected.lines().toList(), b = actual.lines().toList();
        var out = new StringBuilder("--- ").append(expectedLabel).append("\n+++ ").append(actualLabel).append('\n');
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            a = a.subList(0, Math.min(a.size(), MAX_LINES));
            b = b.subList(0, Math.min(b.size(), MAX_LINES));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var body = new ArrayList<String>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                body.add(" " + a.get(i));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                body.add("+" + b.get(j++));
            } else {
                body.add("-" + a.get(i++));
            }
        }
        out.append("@@ -1,").append(a.size()).append(" +1,").append(b.size()).append(" @@\n");
        body.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
