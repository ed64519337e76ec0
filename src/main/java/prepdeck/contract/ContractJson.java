package prepdeck.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.time.Duration;
import prepdeck.app.CardView;
import prepdeck.app.NextCard;
import prepdeck.app.ReviewReceipt;
import prepdeck.app.UndoReceipt;
import prepdeck.review.IntervalLabel;
import prepdeck.review.fsrs.Rating;
import prepdeck.app.GapView;
import prepdeck.app.ImportReport;
import prepdeck.app.SearchHit;
import prepdeck.app.Stats;
import prepdeck.app.TopicView;
import prepdeck.knowledge.Diagnostic;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;

/**
 * The JSON shapes of the CLI contract ({@code ../shared/cli-contract.md}), written once for both
 * the CLI's {@code --json} and the HTTP API, so the two cannot drift apart.
 * Fields named there are never renamed; new ones may be added.
 */
public final class ContractJson {
    private final ObjectMapper mapper;

    public ContractJson() {
        this.mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public ObjectNode stats(Stats s) {
        return mapper.createObjectNode()
                .put("sources", s.sources()).put("topics", s.topics()).put("cards", s.cards())
                .put("gaps", s.gaps()).put("snippets", s.snippets()).put("reviews", s.reviews()).put("retired", s.retired());
    }

    public ObjectNode topic(TopicView t) {
        var o = mapper.createObjectNode().put("id", t.id()).put("title", t.title()).put("path", t.path());
        if (t.parent().isPresent()) o.put("parent", t.parent().get()); else o.putNull("parent");
        return o.put("cards", t.cards()).put("gaps", t.gaps());
    }

    public ArrayNode topics(List<TopicView> topics) {
        var a = mapper.createArrayNode();
        topics.forEach(t -> a.add(topic(t)));
        return a;
    }

    public ObjectNode card(CardView c) {
        var o = mapper.createObjectNode()
                .put("id", c.id()).put("prompt", c.prompt()).put("stem", c.stem()).put("answer", c.answer())
                .put("kind", c.kind().code()).put("topic", c.topic()).put("source", c.source()).put("line", c.line())
                .put("language", c.language().code()).put("status", c.status().code());
        if (c.parent().isPresent()) o.put("parent", c.parent().get()); else o.putNull("parent");
        var f = o.putArray("follow_ups");
        c.followUps().forEach(f::add);
        var s = o.putArray("snippets");
        c.snippets().forEach(sn -> s.add(snippet(sn)));
        var r = o.putArray("references");
        c.references().forEach(ref -> r.add(reference(ref)));
        return o;
    }

    public ArrayNode cards(List<CardView> cards) {
        var a = mapper.createArrayNode();
        cards.forEach(c -> a.add(card(c)));
        return a;
    }

    public ObjectNode snippet(Snippet s) {
        var o = mapper.createObjectNode().put("language", s.language()).put("code", s.code()).put("line", s.line());
        if (s.expectedOutput().isPresent()) o.put("expected_output", s.expectedOutput().get()); else o.putNull("expected_output");
        return o;
    }

    public ObjectNode reference(Reference r) {
        return switch (r) {
            case Reference.Link l -> mapper.createObjectNode().put("type", "link").put("url", l.url()).put("line", l.line());
            case Reference.TimeCode t -> mapper.createObjectNode().put("type", "timecode").put("video", t.video())
                    .put("seconds", t.seconds()).put("at", t.clock()).put("label", t.label()).put("line", t.line());
        };
    }

    public ObjectNode gap(GapView g) {
        var o = mapper.createObjectNode().put("id", g.id()).put("title", g.title()).put("kind", g.kind().code())
                .put("topic", g.topic()).put("source", g.source()).put("line", g.line());
        var r = o.putArray("related");
        g.related().forEach(r::add);
        return o;
    }

    public ArrayNode gaps(List<GapView> gaps) {
        var a = mapper.createArrayNode();
        gaps.forEach(g -> a.add(gap(g)));
        return a;
    }

    /** As {@link #gaps(List)}; a gap whose covering cards are still to be looked for adds {@code "related_pending": true}. */
    public ArrayNode gaps(prepdeck.app.LinkedGaps linked) {
        var a = mapper.createArrayNode();
        for (GapView g : linked.gaps()) {
            var o = gap(g);
            if (linked.isPending(g.id())) o.put("related_pending", true);
            a.add(o);
        }
        return a;
    }

    /** {@code search --json}: best first; the highlighted prompt and answer fragment are HTML with {@code <mark>}. */
    public ArrayNode searchHits(List<SearchHit> hits) {
        var a = mapper.createArrayNode();
        for (var h : hits) {
            var o = a.addObject().put("id", h.id()).put("prompt", h.prompt()).put("topic", h.topic()).put("source", h.source())
                    .put("line", h.line()).put("score", Math.round(h.score() * 1000) / 1000.0)
                    .put("prompt_html", h.promptHighlight()).put("answer_html", h.answerHighlight());
            // which query word reached which of the card's words: via ∈ word, form, prefix, typo, layout, glossary
            var matched = o.putArray("matched");
            for (var m : h.matched()) matched.addObject().put("query", m.query()).put("card", m.card()).put("via", m.via().code());
            o.put("why", h.why());
        }
        return a;
    }

    public ObjectNode diagnostic(Diagnostic d) {
        var o = mapper.createObjectNode().put("path", d.path());
        if (d.line().isPresent()) o.put("line", d.line().getAsInt()); else o.putNull("line");
        return o.put("message", d.message());
    }

    public ObjectNode importReport(ImportReport r) {
        var o = mapper.createObjectNode();
        var sources = o.putArray("sources");
        for (var s : r.sources()) {
            var so = sources.addObject().put("path", s.path()).put("format", s.format()).put("language", s.language())
                    .put("topics", s.topics()).put("cards", s.cards()).put("gaps", s.gaps()).put("snippets", s.snippets());
            var d = so.putArray("diagnostics");
            s.diagnostics().forEach(x -> d.add(diagnostic(x)));
        }
        var t = r.totals();
        o.putObject("totals").put("sources", t.sources()).put("topics", t.topics()).put("cards", t.cards())
                .put("gaps", t.gaps()).put("snippets", t.snippets()).put("retired", t.retired())
                .put("unchanged_sources", t.unchangedSources());
        var c = r.changes();
        o.put("cards_new", c.newCards()).put("cards_changed", c.changedCards());
        var retired = o.putArray("cards_retired");
        for (var x : c.retired()) {
            retired.addObject().put("id", x.id()).put("prompt", x.prompt()).put("reviews", x.reviews()).put("source", x.source());
        }
        var matched = o.putArray("cards_matched");
        for (var x : c.kept()) {
            var m = matched.addObject().put("id", x.id());
            m.putObject("from").put("source", x.fromSource()).put("prompt", x.fromPrompt());
            m.putObject("to").put("source", x.toSource()).put("prompt", x.toPrompt());
            m.put("reworded", x.reworded()).put("moved", x.moved()).put("reviews", x.reviews());
        }
        var skipped = o.putArray("skipped");
        for (var x : r.skipped()) skipped.addObject().put("path", x.path()).put("reason", x.message());
        return o;
    }

    /** {@code import --dry-run --json}: the report of the import it would be, marked as not done. */
    public ObjectNode importDryRun(ImportReport r) {
        var o = mapper.createObjectNode().put("dry_run", true);
        o.setAll(importReport(r));
        return o;
    }

    /**
     * {@code {"card":{…},"intervals":{"1":days,…,"4":days}}} plus, beyond the contract, the labels for
     * the grade buttons, the card's state and the day's counts.
     */
    public ObjectNode nextCard(NextCard n) {
        var o = mapper.createObjectNode();
        o.set("card", card(n.card()));
        var intervals = o.putObject("intervals");
        var labels = o.putObject("interval_labels");
        for (Rating r : Rating.values()) {
            Duration d = n.intervals().get(r);
            intervals.put(Integer.toString(r.grade()), d.toMillis() / 86_400_000.0);
            labels.put(Integer.toString(r.grade()), IntervalLabel.of(d));
        }
        o.put("state", n.state().title()).put("reason", n.reason().name().toLowerCase(java.util.Locale.ROOT))
                .put("due", n.due()).put("new_today", n.newToday()).put("new_per_day", n.newPerDay());
        return o;
    }

    /** {@code {"review_id","state","due"}}, and the card. */
    public ObjectNode reviewReceipt(ReviewReceipt r) {
        return mapper.createObjectNode().put("review_id", r.reviewId()).put("state", r.state().title())
                .put("due", r.due().toString()).put("card", r.cardId());
    }

    public ObjectNode undoReceipt(UndoReceipt u) {
        return mapper.createObjectNode().put("review_id", u.reviewId()).put("card", u.cardId()).put("state", u.restored().title())
                .put("undone", true);
    }

    public ObjectNode error(String message) {
        return mapper.createObjectNode().put("error", message);
    }
}
