package prepdeck.search;

/** Edit distance between words, counting a swap of two neighbouring letters as one edit ("yeild"/"yield"). */
final class Edits {
    private Edits() {}

    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /** The distance, or something above {@code max} as soon as it is sure to exceed it. */
    static int distance(String a, String b, int max) {
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) > max) return max + 1;
        int[] previous2 = new int[m + 1], previous = new int[m + 1], current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            char x = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (x == y ? 0 : 1));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) d = Math.min(d, previous2[j - 2] + 1);
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) return max + 1;
            int[] t = previous2;
            previous2 = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }
}
