package prepdeck.search;

import prepdeck.app.SearchIndex;

/** The shared search table, on the Lucene index in memory. */
class LuceneSearchContractTest extends SearchContract {
    @Override
    SearchIndex newIndex() {
        return LuceneSearchIndex.inMemory();
    }
}
