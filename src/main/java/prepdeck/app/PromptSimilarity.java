package prepdeck.app;

/**
 * How alike two normalized prompts are: 1 − edit distance ÷ length of the longer, so a typo
 * fixed in a 40-character question scores about 0.97 and a different question scores low.
 */
final class PromptSimilarity {
    private PromptSimilarity() {}

    /** The similarity if it is at least {@code threshold}, else a value below it (computed cheaply). */
    static double score(String a, String b, double threshold) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) return 1.0;
        int maxDistance = (int) Math.floor((1.0 - threshold) * longer);
        if (Math.abs(a.length() - b.length()) > maxDistance) return 0.0;
        int distance = boundedDistance(a, b, maxDistance);
        return distance > maxDistance ? 0.0 : 1.0 - (double) distance / longer;
    }

    /** Levenshtein distance, or {@code bound + 1} as soon as it is known to exceed {@code bound}. */
    static int boundedDistance(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > bound) return bound + 1;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
