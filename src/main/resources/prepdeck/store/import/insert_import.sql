INSERT INTO imports (deck_id, user_id, started_at, finished_at, roots, sources, topics, cards, gaps, snippets,
                     retired, unchanged_sources, rejected_sources, diagnostics)
VALUES (:deck, :user, :startedAt, :finishedAt, :roots, :sources, :topics, :cards, :gaps, :snippets,
        :retired, :unchangedSources, :rejectedSources, :diagnostics)
