package prepdeck.testing;

/** The databases the store tests run against: every store-level test class runs once for each. */
public enum StoreKind {
    SQLITE,
    POSTGRESQL
}
