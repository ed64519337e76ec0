package prepdeck.review.fsrs;

/** The four answers a learner can give, with FSRS's grade numbers 1 to 4. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The grade as FSRS numbers it: 1 Again, 2 Hard, 3 Good, 4 Easy. */
    public int grade() {
        return grade;
    }

    /** The rating with this grade; throws {@link InvalidReviewException} outside 1..4. */
    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) return r;
        }
        throw new InvalidReviewException("rating must be 1..4, got " + grade);
    }
}
