INSERT INTO interview_questions (session_id, position, card_id, main_card_id, follow_up, prompt, topic, language, asked_at)
VALUES (:session, :position, :card, :main, :follow_up, :prompt, :topic, :language, :asked)
