package prepdeck.store;

/**
 * Which database a store speaks to. Most statements are written once in SQL both accept; a statement
 * that cannot be (SQLite's {@code INDEXED BY}, PostgreSQL's sequences) has a file of the dialect's own
 * under {@code prepdeck/store/<folder>/}, which is read instead of the common one.
 */
enum Dialect {
    SQLITE(""),
    POSTGRESQL("postgresql/");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The resource folder, under prepdeck/store, of this dialect's own statements ("" for the common ones). */
    String folder() {
        return folder;
    }

    String sql(Sql statement) {
        return statement.text(this);
    }
}
