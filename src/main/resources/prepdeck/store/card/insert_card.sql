INSERT INTO cards (id, deck_id, identity, source_id, topic_id, parent_id, kind, prompt, stem, answer, language, line,
                   status, position, created_at, updated_at, retired_at)
VALUES (:id, :deck, :identity, :source, :topic, :parent, :kind, :prompt, :stem, :answer, :language, :line,
        :status, :position, :now, :now, NULL)
