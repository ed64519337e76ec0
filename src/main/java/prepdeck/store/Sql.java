package prepdeck.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Every SQL statement the store runs, each read once from its own {@code noun/verb_noun.sql} resource;
 * where PostgreSQL needs other words, {@code postgresql/noun/verb_noun.sql} holds them (see {@link Dialect}).
 */
enum Sql {
    SELECT_SCHEMA_VERSION("schema/select_schema_version.sql"),
    SELECT_LOCAL_DECK("deck/select_local_deck.sql"),
    SELECT_DECK("deck/select_deck.sql"),
    SELECT_STATS("stats/select_stats.sql"),
    SELECT_SOURCES("source/select_sources.sql"),
    UPSERT_SOURCE("source/upsert_source.sql"),
    MARK_SOURCE_REMOVED("source/mark_source_removed.sql"),
    DELETE_SOURCE_TOPICS("source/delete_source_topics.sql"),
    INSERT_SOURCE_TOPIC("source/insert_source_topic.sql"),
    SELECT_TOPICS("topic/select_topics.sql"),
    INSERT_TOPIC("topic/insert_topic.sql"),
    DELETE_ORPHAN_TOPICS("topic/delete_orphan_topics.sql"),
    SELECT_CARDS("card/select_cards.sql"),
    SELECT_CARD("card/select_card.sql"),
    SELECT_CARDS_WITH_SNIPPETS("card/select_cards_with_snippets.sql"),
    SELECT_CARDS_PAGE("card/select_cards_page.sql"),
    COUNT_CARDS("card/count_cards.sql"),
    SELECT_CARDS_WITH_STATUS("card/select_cards_with_status.sql"),
    COUNT_CARDS_WITH_STATUS("card/count_cards_with_status.sql"),
    SELECT_TOPIC_CARDS_WITH_STATUS("card/select_topic_cards_with_status.sql"),
    COUNT_TOPIC_CARDS_WITH_STATUS("card/count_topic_cards_with_status.sql"),
    SELECT_CARDS_UPDATED_AT("card/select_cards_updated_at.sql"),
    SELECT_SOURCES_CARDS("card/select_sources_cards.sql"),
    UPDATE_CARD_IDENTITY("card/update_card_identity.sql"),
    COUNT_CARD_REVIEWS("review/count_card_reviews.sql"),
    SELECT_FOLLOW_UPS("card/select_follow_ups.sql"),
    NEXT_CARD_IDS("card/next_card_ids.sql"),
    INSERT_CARD("card/insert_card.sql"),
    UPDATE_CARD("card/update_card.sql"),
    RETIRE_CARD("card/retire_card.sql"),
    RETIRE_SOURCE_CARDS("card/retire_source_cards.sql"),
    SELECT_SNIPPETS("snippet/select_snippets.sql"),
    INSERT_SNIPPET("snippet/insert_snippet.sql"),
    DELETE_SOURCE_SNIPPETS("snippet/delete_source_snippets.sql"),
    SELECT_REFERENCES("reference/select_references.sql"),
    INSERT_REFERENCE("reference/insert_reference.sql"),
    DELETE_SOURCE_REFERENCES("reference/delete_source_references.sql"),
    SELECT_TAGS("tag/select_tags.sql"),
    INSERT_TAG("tag/insert_tag.sql"),
    DELETE_SOURCE_TAGS("tag/delete_source_tags.sql"),
    INSERT_IMPORT("import/insert_import.sql"),
    NEXT_CHANGE_SEQ("change/next_change_seq.sql"),
    INSERT_CHANGE("change/insert_change.sql"),
    SELECT_CHANGES_SINCE("change/select_changes_since.sql"),
    SELECT_CHANGE_SEQ("change/select_change_seq.sql"),
    SELECT_DECK_FIXTURES("fixture/select_deck_fixtures.sql"),
    SELECT_CARD_FIXTURES("fixture/select_card_fixtures.sql"),
    UPSERT_FIXTURE("fixture/upsert_fixture.sql"),
    DELETE_FIXTURE("fixture/delete_fixture.sql"),
    UPSERT_SNIPPET_RESULT("snippet_result/upsert_snippet_result.sql"),
    SELECT_SNIPPET_RESULTS("snippet_result/select_snippet_results.sql"),
    EXISTS_TOPIC("topic/exists_topic.sql"),
    SELECT_CARD_STATE("card_state/select_card_state.sql"),
    SELECT_DUE_IN_STEPS("card_state/select_due_in_steps.sql"),
    SELECT_DUE_FOR_REVIEW("card_state/select_due_for_review.sql"),
    COUNT_DUE("card_state/count_due.sql"),
    SELECT_NEW_CARDS("card_state/select_new_cards.sql"),
    COUNT_NEW_CARDS("card_state/count_new_cards.sql"),
    COUNT_INTRODUCED_SINCE("card_state/count_introduced_since.sql"),
    COUNT_REVIEWED_SINCE("card_state/count_reviewed_since.sql"),
    UPSERT_CARD_STATE("card_state/upsert_card_state.sql"),
    DELETE_CARD_STATE("card_state/delete_card_state.sql"),
    SELECT_REVIEW("review/select_review.sql"),
    SELECT_REVIEW_BY_KEY("review/select_review_by_key.sql"),
    SELECT_LAST_LIVE_REVIEW("review/select_last_live_review.sql"),
    INSERT_REVIEW("review/insert_review.sql"),
    INSERT_REVIEW_UNDO("review/insert_review_undo.sql"),
    SELECT_DECK_CARD_STATES("card_state/select_deck_card_states.sql"),
    SELECT_CARD_STATES("card_state/select_card_states.sql"),
    SELECT_DUE_CARD_IDS("card_state/select_due_card_ids.sql"),
    SELECT_LIVE_ANSWERS("review/select_live_answers.sql"),
    COUNT_LIVE_ANSWERS("review/count_live_answers.sql"),
    SELECT_ANSWERS_VERSION("review/select_answers_version.sql"),
    SELECT_CARD_REVIEWS("review/select_card_reviews.sql"),
    SELECT_CARD_MARK("card_mark/select_card_mark.sql"),
    UPSERT_CARD_MARK("card_mark/upsert_card_mark.sql"),
    SELECT_HELD_CARDS("card_mark/select_held_cards.sql"),
    SELECT_FLAGGED_CARDS("card_mark/select_flagged_cards.sql"),
    SELECT_SETTING("setting/select_setting.sql"),
    DELETE_SETTING("setting/delete_setting.sql"),
    UPSERT_SETTING("setting/upsert_setting.sql"),
    SELECT_PLANNED_INTERVIEWS("plan/select_planned_interviews.sql"),
    INSERT_PLANNED_INTERVIEW("plan/insert_planned_interview.sql"),
    DELETE_PLANNED_INTERVIEW("plan/delete_planned_interview.sql"),
    SELECT_PLAN_PRIORITIES("plan/select_plan_priorities.sql"),
    UPSERT_PLAN_PRIORITY("plan/upsert_plan_priority.sql"),
    DELETE_PLAN_PRIORITY("plan/delete_plan_priority.sql"),
    INSERT_SESSION("interview/insert_session.sql"),
    INSERT_QUESTION("interview/insert_question.sql"),
    SELECT_SESSION("interview/select_session.sql"),
    SELECT_SESSIONS("interview/select_sessions.sql"),
    SELECT_QUESTIONS("interview/select_questions.sql"),
    UPDATE_ANSWER("interview/update_answer.sql"),
    UPDATE_GRADE("interview/update_grade.sql"),
    UPDATE_SKIP("interview/update_skip.sql"),
    UPDATE_ASKED("interview/update_asked.sql"),
    UPDATE_FINISHED("interview/update_finished.sql"),
    // devices paired with serve --lan (SqlitePairedDevices)
    INSERT_PAIRED_DEVICE("device/insert_paired_device.sql"),
    SELECT_PAIRED_DEVICE("device/select_paired_device.sql"),
    SELECT_PAIRED_DEVICES("device/select_paired_devices.sql"),
    DELETE_PAIRED_DEVICE("device/delete_paired_device.sql"),
    TOUCH_PAIRED_DEVICE("device/touch_paired_device.sql"),
    // server mode's accounts (SqliteAccountStore)
    COUNT_ACCOUNTS("account/count_accounts.sql"),
    SELECT_ACCOUNT_BY_NAME("account/select_account_by_name.sql"),
    SELECT_ACCOUNT("account/select_account.sql"),
    INSERT_ACCOUNT("account/insert_account.sql"),
    UPDATE_PASSWORD("account/update_password.sql"),
    SELECT_UNLOCKED_AT("account/select_unlocked_at.sql"),
    UPDATE_UNLOCKED_AT("account/update_unlocked_at.sql"),
    SELECT_SHARED_DECKS("account/select_shared_decks.sql"),
    INSERT_DECK("account/insert_deck.sql"),
    UPSERT_MEMBER("account/upsert_member.sql"),
    SELECT_MEMBERSHIPS("account/select_memberships.sql"),
    INSERT_LOGIN_SESSION("account/insert_login_session.sql"),
    SELECT_LOGIN_SESSION("account/select_login_session.sql"),
    TOUCH_LOGIN_SESSION("account/touch_login_session.sql"),
    UPDATE_LOGIN_SESSION_DECK("account/update_login_session_deck.sql"),
    DELETE_LOGIN_SESSION("account/delete_login_session.sql"),
    DELETE_USER_SESSIONS("account/delete_user_sessions.sql"),
    DELETE_EXPIRED_SESSIONS("account/delete_expired_sessions.sql"),
    INSERT_INVITATION("account/insert_invitation.sql"),
    USE_INVITATION("account/use_invitation.sql"),
    SELECT_OPEN_INVITATION("account/select_open_invitation.sql"),
    // PostgreSQL only: SQLite's writers already go one at a time
    LOCK_USER("lock/lock_user.sql"),
    LOCK_DECK("lock/lock_deck.sql");

    private final String text;
    private final String postgresql;

    Sql(String resource) {
        String own = load(Dialect.POSTGRESQL.folder() + resource, false);
        this.text = load(resource, own == null);
        this.postgresql = own != null ? own : text;
    }

    /** The statement as SQLite runs it (the common text). */
    String text() {
        return text(Dialect.SQLITE);
    }

    String text(Dialect dialect) {
        String out = dialect == Dialect.POSTGRESQL ? postgresql : text;
        if (out == null) throw new IllegalStateException("SQL statement " + name() + " has no " + dialect + " form");
        return out;
    }

    /** Whether this statement has a form for {@code dialect} (a few exist for one database only). */
    boolean has(Dialect dialect) {
        return (dialect == Dialect.POSTGRESQL ? postgresql : text) != null;
    }

    private static String load(String resource, boolean required) {
        try (InputStream in = Sql.class.getResourceAsStream(resource)) {
            if (in == null && !required) return null;
            if (in == null) throw new IllegalStateException("missing SQL resource prepdeck/store/" + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource prepdeck/store/" + resource, e);
        }
    }
}
