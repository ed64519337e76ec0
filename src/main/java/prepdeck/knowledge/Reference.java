package prepdeck.knowledge;

/** Where the notes point for more: a link, or a moment in a lecture video. */
public sealed interface Reference {
    int line();

    /** A web link written in the notes. */
    record Link(String url, int line) implements Reference {}

    /**
     * A lecture time code such as "1:35:00 - ip utilities Linux" under "video 12.02.24".
     *
     * @param video   the video's label as written ("video 12.02.24")
     * @param seconds offset into the video
     * @param label   what the notes say happens there
     */
    record TimeCode(String video, int seconds, String label, int line) implements Reference {
        public TimeCode {
            if (seconds < 0) throw new IllegalArgumentException("negative time code " + seconds);
        }

        /** The offset as h:mm:ss or m:ss. */
        public String clock() {
            int h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60;
            return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
        }
    }
}
