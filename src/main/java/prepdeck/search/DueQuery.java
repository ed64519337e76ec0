package prepdeck.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import prepdeck.app.DueFilter;

/** Cards the caller says are due: asks the {@link DueFilter} with each card's id. Never cached. */
final class DueQuery extends Query {
    private final DueFilter due;

    DueQuery(DueFilter due) {
        this.due = Objects.requireNonNull(due);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                NumericDocValues ids = DocValues.getNumeric(context.reader(), LuceneSearchIndex.ID);
                var matching = new TwoPhaseIterator(ids) {
                    @Override
                    public boolean matches() throws IOException {
                        return due.isDue(ids.longValue());
                    }

                    @Override
                    public float matchCost() {
                        return 20;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, matching));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "is:due";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DueQuery q && q.due == due;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(due);
    }
}
