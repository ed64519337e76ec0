package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.TopicPath;

/**
 * Turns an {@link Outline} into topics and cards. A heading with written content becomes a card
 * (heading → content, with its code as snippets); a heading whose whole subtree is empty is a gap
 * (only its innermost headings are listed, named with their parent: "Многопоточность: Что это").
 * Top-level headings and headings with sub-headings are topics; text inside is searched for
 * definitions, lists, commands and explicit cards too.
 */
final class OutlineCards {
    private final Draft draft;
    private final Prose prose;

    OutlineCards(Draft draft, boolean linesAreParagraphs) {
        this.draft = draft;
        this.prose = new Prose(draft, linesAreParagraphs);
    }

    /**
     * @param fileTopic  where text before the first heading goes
     * @param titleOnly  whether a sole top heading is the document's title (a topic, never a card)
     */
    void extract(Outline.Section root, TopicPath fileTopic, boolean titleOnly) {
        if (root.hasContent()) proseOf(root, fileTopic, false);
        boolean soleTitle = titleOnly && root.children().size() == 1;
        for (var top : root.children()) {
            if (soleTitle) {
                var topic = TopicPath.of(top.title());
                draft.topic(topic);
                proseOf(top, topic, false);
                for (var child : top.children()) section(child, topic, top.title());
            } else {
                section(top, TopicPath.ROOT, "");
            }
        }
    }

    private void section(Outline.Section s, TopicPath parentTopic, String parentTitle) {
        boolean isTopic = parentTopic.isRoot() || !s.children().isEmpty();
        TopicPath topic = isTopic ? parentTopic.child(s.title()) : parentTopic;
        if (isTopic) draft.topic(topic);
        String prompt = parentTitle.isEmpty() ? s.title() : parentTitle + ": " + s.title();
        CardKind kind = s.title().endsWith("?") ? CardKind.QUESTION : CardKind.SECTION;
        if (s.hasContent()) {
            var snippets = new ArrayList<Snippet>();
            var refs = new ArrayList<Reference>();
            String answer = render(s.body(), snippets, refs);
            int main = draft.card(prompt, answer, kind, topic, s.line(), OptionalInt.empty(), snippets, refs);
            int mark = draft.size();
            proseOf(s, topic, true);
            draft.collapseRestated(main, mark);
            for (var child : s.children()) section(child, topic, s.title());
            return;
        } else if (s.children().isEmpty()) {
            draft.card(prompt, "", kind, topic, s.line());
            return;
        }
        for (var child : s.children()) section(child, topic, s.title());
    }

    private void proseOf(Outline.Section s, TopicPath topic, boolean sectionCard) {
        for (Block b : s.body()) {
            if (b instanceof Block.Prose p) prose.extract(p.firstLine(), p.lines(), topic, !sectionCard);
        }
    }

    /** The section's body as Markdown: prose as written, code blocks re-fenced (the notes indent fences), output after its code. */
    static String render(List<Block> body, List<Snippet> snippets, List<Reference> refs) {
        var out = new StringBuilder();
        for (Block b : body) {
            switch (b) {
                case Block.Prose p -> {
                    out.append(String.join("\n", p.lines())).append("\n");
                    refs.addAll(Prose.links(p.firstLine(), p.lines()));
                }
                case Block.Code c -> {
                    out.append("\n```").append(c.language()).append('\n').append(c.code()).append("\n```\n");
                    c.output().ifPresent(o -> out.append("\n```output\n").append(o).append("\n```\n"));
                    if (!c.code().isBlank()) snippets.add(new Snippet(c.language(), c.code(), c.output(), c.firstLine()));
                }
            }
        }
        return out.toString().strip();
    }
}
