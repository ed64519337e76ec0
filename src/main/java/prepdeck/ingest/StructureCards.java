package prepdeck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.Reference;
import prepdeck.knowledge.Snippet;
import prepdeck.knowledge.TopicPath;

/**
 * Reads a {@link MarkdownTree} the way a person skims it: headings are topics and boundaries everywhere, and
 * question blocks are recognised wherever they stand: question headings (at any level), numbered or bulleted
 * question lists (with nested follow-ups or answers), bold question paragraphs, {@code Q:}/{@code A:} pairs,
 * {@code <details>} answers, question/answer tables. What is left of a section is a section card, searched for
 * definitions, lead-in lists, cheat sheets and explicit cards as before; nothing is mined from an answer.
 */
final class StructureCards {
    private static final Pattern DASH_ANSWER = Pattern.compile("^(.{3,300}?[?？])\\s*(?:[—–]|-{1,2}|:)\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern CODE_LINE = Pattern.compile("[{};=]|^\\s*(?:def|class|import|from|return|for|while|if|elif|else|try|except|print|SELECT|select)\\b|>>>|\\(\\)");
    private static final Pattern SOLUTION_TITLE = Pattern.compile("(?i)^(?:code|solution|реш|ріш|реализац|реалізац)\\w*.*");
    private static final Pattern STUB = Pattern.compile("(?i)#\\s*TODO|implement me|raise NotImplementedError|^\\s*pass\\s*$", Pattern.MULTILINE);

    private final Draft draft;
    private final MarkdownTree doc;
    private final Prose prose;
    private final boolean questionBank;
    private final boolean studyPlan;
    private final int leafLevel;

    StructureCards(Draft draft, MarkdownTree doc) {
        this.draft = draft;
        this.doc = doc;
        this.prose = new Prose(draft, false);
        this.questionBank = Questions.announcesQuestions(doc.title);
        this.leafLevel = dominantLeafLevel(doc.root);
        this.studyPlan = Aside.studyPlan(doc.lines);
        for (String open : doc.unclosed) {
            int colon = open.indexOf(':');
            draft.diagnostic(Integer.parseInt(open.substring(0, colon)), "unterminated code block (no closing " + open.substring(colon + 1) + ")");
        }
    }

    void extract(TopicPath fileTopic) {
        var rest = body(doc.root.body(), fileTopic, "");
        if (!studyPlan) mine(rest, fileTopic, true);
        var top = doc.root.children();
        if (top.size() == 1 && top.getFirst().level() == 1 && !top.getFirst().title().isBlank() && !isPrompt(top.getFirst(), top)) {
            // a sole level-1 heading is the document's title: a topic, never a card
            var title = top.getFirst();
            var topic = TopicPath.of(title.title());
            draft.topic(topic);
            int before = draft.size();
            var under = body(title.body(), topic, title.title());
            var snippets = new ArrayList<Snippet>();
            var refs = new ArrayList<Reference>();
            String answer = render(under, snippets, refs, false);
            // the text under the title is a card of its own when it is more than a lead-in (a book chapter's prose and
            // examples): otherwise its code, the examples the notes run, would belong to no card
            if (studyPlan || Aside.narrative(answer)) {
                // a study plan's own introduction (who it is for, how to use it) or the author's story: nothing to recall
            } else if (draft.size() == before && hasText(answer) && (!snippets.isEmpty() || answer.length() >= 400)) {
                int card = draft.card(title.title(), answer, CardKind.SECTION, topic, title.line() + 1, OptionalInt.empty(), snippets, refs);
                int mark = draft.size();
                mine(under, topic, false);
                draft.collapseRestated(card, mark);
            } else {
                mine(under, topic, true);
            }
            // a coding challenge's notebook ("# Solution Notebook" over "## Problem: …") is named by its file ("Merge sort")
            String parent = title.title();
            if (SCAFFOLD_TITLE.matcher(parent.strip()).matches() && title.children().stream().anyMatch(c -> PROBLEM_TITLE.matcher(c.title()).matches())) {
                String page = pageName().replaceFirst("(?i)\\s+(?:challenge|solution)$", "");
                if (!page.isEmpty()) parent = page;
            }
            for (int i = 0; i < title.children().size(); i++) section(title.children(), i, topic, parent, fileTopic);
            return;
        }
        // "## Introduction", "## Time complexity" under a page whose title is only in its front matter: the page's
        // name says what they are about ("Hash table: time complexity")
        for (int i = 0; i < top.size(); i++) section(top, i, TopicPath.ROOT, Asking.generic(top.get(i).title()) ? pageName() : "", fileTopic);
    }

    /** The page's name: its front matter's, else its file's ("hash-table.md" → "Hash table"); "" for a README or an index. */
    private String pageName() {
        if (!doc.label.isBlank()) return doc.label;
        String name = draft.path.substring(draft.path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
        if (name.isBlank() || name.matches("(?i)readme.*|index|_index|main|notes?")) return "";
        name = name.replaceAll("[-_]+", " ").strip();
        return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    // --- headings -----------------------------------------------------------------------------------------------

    private void section(List<MarkdownTree.Section> siblings, int index, TopicPath parentTopic, String parentTitle, TopicPath fileTopic) {
        var s = siblings.get(index);
        if (s.title().isBlank()) {
            // an empty heading marker: its content belongs to the parent
            var rest = body(s.body(), parentTopic.isRoot() ? fileTopic : parentTopic, parentTitle);
            mine(rest, parentTopic.isRoot() ? fileTopic : parentTopic, true);
            for (int i = 0; i < s.children().size(); i++) section(s.children(), i, parentTopic, parentTitle, fileTopic);
            return;
        }
        if (scaffolding(siblings, index)) return;
        boolean prompt = isPrompt(s, siblings)
                && (Questions.marked(s.title()) || !hasQuestionBlocks(s.body(), s.title()) && s.children().stream().noneMatch(c -> isPrompt(c, s.children())));
        if (prompt) {
            question(siblings, index, parentTopic.isRoot() ? fileTopic : parentTopic, parentTitle);
            return;
        }
        boolean asks = hasQuestionBlocks(s.body(), s.title());
        boolean isTopic = parentTopic.isRoot() || !s.children().isEmpty() || asks;
        TopicPath topic = isTopic ? parentTopic.child(s.title()) : parentTopic;
        if (isTopic) draft.topic(topic);
        int before = draft.size();
        var rest = body(s.body(), topic, s.title());
        boolean madeQuestions = draft.size() > before;
        String name = parentTitle.isEmpty() ? s.title() : parentTitle + ": " + s.title();
        var snippets = new ArrayList<Snippet>();
        var refs = new ArrayList<Reference>();
        String answer = render(rest, snippets, refs, false);
        boolean hadNoise = rest.stream().anyMatch(u -> u instanceof MarkdownTree.Block b && noise(b.node()));
        if (studyPlan || Aside.resources(s.title()) || Aside.resources(parentTitle) || Aside.quotation(s.title()) || Aside.narrative(answer)) {
            // the plan, its author or its reader talking ("Я следую этому плану…"), or a list of books, videos and courses:
            // not an interview question, and no definition is mined from it; its question blocks were read above
            for (int i = 0; i < s.children().size(); i++) section(s.children(), i, topic, s.title(), fileTopic);
            return;
        }
        // what is left beside questions, or beside a table of contents, is a remark, not a card ("Все что ниже - опционально")
        boolean written = hasText(answer) && !((madeQuestions && answer.length() < 400 || hadNoise && answer.length() < 120) && snippets.isEmpty())
                && !Noise.checklistOfLinks(answer);
        if (written) {
            int card = draft.card(name, answer, CardKind.SECTION, topic, s.line() + 1, OptionalInt.empty(), snippets, refs);
            int mark = draft.size();
            prose.within(parentTitle.isEmpty() ? s.title() : parentTitle + ", " + s.title());
            mine(rest, topic, false);
            prose.within("");
            draft.collapseRestated(card, mark);
        } else if (!madeQuestions && s.children().isEmpty() && s.body().stream().allMatch(u -> u instanceof MarkdownTree.Block b && b.node() instanceof HtmlBlock h
                && !h.getLiteral().toLowerCase(java.util.Locale.ROOT).contains("<img"))) {
            // nothing written under the heading (a table of contents or a picture is not nothing, but not a card either)
            draft.card(name, "", CardKind.SECTION, topic, s.line() + 1);
        } else {
            prose.within(parentTitle.isEmpty() ? s.title() : parentTitle + ", " + s.title());
            mine(rest, topic, true);
            prose.within("");
        }
        // "Складність" under "Зв'язаний список" names no subject: its parts are asked about the list
        String subject = Asking.generic(s.title()) && !parentTitle.isEmpty() ? parentTitle : s.title();
        for (int i = 0; i < s.children().size(); i++) section(s.children(), i, topic, subject, fileTopic);
    }

    private static final Pattern PROBLEM_TITLE = Pattern.compile("(?i)^(?:problem|task|задача|завдання)\\s*:.*");
    private static final Pattern SCAFFOLD_TITLE = Pattern.compile("(?i)unit tests?|tests?|(?:challenge|solution) notebook");
    private static final Pattern REFERS_ON = Pattern.compile("(?is)\\s*(?:refer to|review|see) the \\[[^\\]]*\\]\\([^)]*\\).*");

    /**
     * A coding challenge's scaffolding beside its "Problem:" heading (donnemartin's notebooks): the unit test, the link
     * to the solution notebook, an algorithm section that only points there, the code stub to fill in, and the code the
     * problem already takes as its answer. None of them is a card.
     */
    private boolean scaffolding(List<MarkdownTree.Section> siblings, int index) {
        var s = siblings.get(index);
        if (PROBLEM_TITLE.matcher(s.title()).matches() || siblings.stream().noneMatch(x -> PROBLEM_TITLE.matcher(x.title()).matches())) return false;
        if (SCAFFOLD_TITLE.matcher(s.title().strip()).matches()) return true;
        String text = render(s.body(), new ArrayList<>(), new ArrayList<>(), false);
        if (s.children().isEmpty() && REFERS_ON.matcher(text).matches()) return true;
        if (!SOLUTION_TITLE.matcher(s.title()).matches()) return false;
        var code = new ArrayList<Snippet>();
        render(s.body(), code, new ArrayList<>(), true);
        if (!code.isEmpty() && code.stream().allMatch(sn -> STUB.matcher(sn.code()).find())) return true;
        // the first code section is the problem's answer already
        for (var other : siblings) if (SOLUTION_TITLE.matcher(other.title()).matches()) return other == s;
        return false;
    }

    /** A question heading: its body and its sub-sections are the answer. */
    private void question(List<MarkdownTree.Section> siblings, int index, TopicPath topic, String parentTitle) {
        var s = siblings.get(index);
        var snippets = new ArrayList<Snippet>();
        var refs = new ArrayList<Reference>();
        // the code and options a question is asked about go on the front with it ("Що буде в консолі?")
        var split = Stems.of(s.title(), s.body(), units -> hasText(render(units, new ArrayList<>(), new ArrayList<>(), true)));
        String stem = split.stem().isEmpty() ? "" : render(split.stem(), snippets, refs, true);
        // a rule after the hidden answer only separates this question from the next one
        String answer = answerOf(split.answer(), s.children(), snippets, refs).replaceFirst("\\n+(?:-{3,}|\\*{3,}|_{3,})\\s*$", "");
        if (!hasText(answer) && s.children().isEmpty()) {
            // stacked question headings share the answer under the last of them
            for (int k = index + 1; k < siblings.size() && k <= index + 3; k++) {
                var next = siblings.get(k);
                if (next.line() > siblings.get(k - 1).line() + 2 || !isPrompt(next, siblings)) break;
                String shared = answerOf(next, new ArrayList<>(), new ArrayList<>());
                if (hasText(shared)) {
                    answer = answerOf(next, snippets, refs);
                    break;
                }
            }
        }
        if (!hasText(answer) && Questions.bare(s.title()).length() > 0 && PROBLEM_TITLE.matcher(s.title()).matches()) {
            answer = solutionCode(siblings, snippets);
        }
        if (onlyPictures(s.body()) && s.children().isEmpty() && !hasText(answer) && !Questions.like(s.title())) return;
        // a question is asked as written; a bare prompt ("Что это", "CQRS") keeps its parent heading for context
        // a marked question is asked as written, unless it only names a thing ("Q: Urls" under "Django")
        boolean bareName = Questions.marked(s.title()) && !PROBLEM_TITLE.matcher(s.title()).matches() && !Questions.like(s.title())
                && !Asking.asks(Questions.bare(s.title())) && Questions.bare(s.title()).split("\\s+").length <= 3;
        String prompt = Questions.endsWithQuestionMark(s.title()) || Questions.marked(s.title()) && !bareName || parentTitle.isEmpty()
                || Questions.bare(s.title()).split("\\s+").length >= 5
                ? Questions.bare(s.title()) : parentTitle + ": " + Questions.bare(s.title());
        draft.card(prompt, stem, answer, CardKind.QUESTION, topic, s.line() + 1, snippets, refs);
    }

    private String answerOf(MarkdownTree.Section s, List<Snippet> snippets, List<Reference> refs) {
        return answerOf(s.body(), s.children(), snippets, refs);
    }

    private String answerOf(List<MarkdownTree.Unit> body, List<MarkdownTree.Section> children, List<Snippet> snippets, List<Reference> refs) {
        var out = new StringBuilder(render(body, snippets, refs, true));
        for (var child : children) {
            String sub = answerOf(child, snippets, refs);
            if (!hasText(sub)) continue;
            out.append("\n\n**").append(child.title()).append("**\n\n").append(sub);
        }
        return out.toString().strip();
    }

    /** A notebook's "Problem:" is answered by the code under its "Code"/"Solution" heading; a TODO stub answers nothing. */
    private String solutionCode(List<MarkdownTree.Section> siblings, List<Snippet> snippets) {
        for (var other : siblings) {
            if (!SOLUTION_TITLE.matcher(other.title()).matches()) continue;
            var code = new ArrayList<MarkdownTree.Unit>();
            for (var u : other.body()) if (u instanceof MarkdownTree.Block b && b.node() instanceof FencedCodeBlock) code.add(u);
            var found = new ArrayList<Snippet>();
            String text = render(code, found, new ArrayList<>(), true);
            if (found.stream().allMatch(sn -> STUB.matcher(sn.code()).find())) return "";
            snippets.addAll(found);
            return text;
        }
        return "";
    }

    private boolean isPrompt(MarkdownTree.Section s, List<MarkdownTree.Section> siblings) {
        String t = s.title();
        if (t.isBlank()) return false;
        if (Questions.marked(t)) return true;
        long like = siblings.stream().filter(x -> Questions.like(x.title())).count();
        boolean group = like >= 2 && like * 2 >= siblings.size() || siblings.size() == 1 && like == 1;
        boolean numbered = Questions.LEADING_NUMBER.matcher(t).lookingAt();
        if (Questions.like(t) && (group || questionBank)) return true;
        // a "?" heading is a question unless it stands alone among many topic headings (an article's rhetorical "Для кого это?")
        if (Questions.endsWithQuestionMark(t) && (like * 4 >= siblings.size() || siblings.size() <= 3)) return true;
        if (numbered && group) return true;
        return questionBank && s.leaf() && s.level() == leafLevel && hasText(render(s.body(), new ArrayList<>(), new ArrayList<>(), false));
    }

    private static int dominantLeafLevel(MarkdownTree.Section root) {
        int[] counts = new int[7];
        countLeaves(root, counts);
        int best = 0;
        for (int l = 1; l <= 6; l++) if (counts[l] > 0 && counts[l] >= counts[best]) best = l;
        return best;
    }

    private static void countLeaves(MarkdownTree.Section s, int[] counts) {
        if (s.level() > 0 && s.leaf()) counts[s.level()]++;
        for (var c : s.children()) countLeaves(c, counts);
    }

    // --- question blocks in a body ------------------------------------------------------------------------------

    /** A question being read: later units may still add to its answer. */
    private final class Pending {
        final String prompt;
        final int line;
        final StringBuilder answer = new StringBuilder();
        final List<MarkdownTree.Unit> units = new ArrayList<>();
        /** What the question is about: the code and options shown between it and its hidden answer. */
        final List<MarkdownTree.Unit> stem = new ArrayList<>();
        final boolean takesFollowing;
        final TopicPath topic;

        Pending(String prompt, String answer, int line, boolean takesFollowing, TopicPath topic) {
            this.prompt = prompt;
            this.answer.append(answer);
            this.line = line;
            this.takesFollowing = takesFollowing;
            this.topic = topic;
        }

        void flush() {
            var snippets = new ArrayList<Snippet>();
            var refs = new ArrayList<Reference>();
            String shown = stem.isEmpty() ? "" : render(stem, snippets, refs, true);
            String rendered = render(units, snippets, refs, true);
            String a = (Noise.clean(answer.toString()) + "\n\n" + rendered).strip();
            refs.addAll(Prose.links(line, List.of(answer.toString().split("\n"))));
            draft.card(prompt, shown, a, CardKind.QUESTION, topic, line, snippets, refs);
        }
    }

    /** Turns the question blocks of {@code units} into cards; returns the units that are none of them. */
    private List<MarkdownTree.Unit> body(List<MarkdownTree.Unit> units, TopicPath topic, String heading) {
        var rest = new ArrayList<MarkdownTree.Unit>();
        Pending pending = null;
        for (int i = 0; i < units.size(); i++) {
            var u = units.get(i);
            String context = heading + " " + (i > 0 ? textOf(units.get(i - 1)) : "");
            if (u instanceof MarkdownTree.Details d && !startsBlock(u, context)) {
                if (pending != null && Stems.hidesAnswer(d) && pending.stem.isEmpty() && pending.answer.toString().isBlank()
                        && Stems.material(pending.units)) {
                    // what stood between the question and its hidden answer is what the question is about
                    pending.stem.addAll(pending.units);
                    pending.units.clear();
                }
                if (pending != null) pending.answer.append("\n\n").append(Questions.answerLabel(d.summary()) ? "" : "**" + d.summary() + "**\n\n").append(d.inner());
                else rest.add(u);
                continue;
            }
            if (!startsBlock(u, context)) {
                if (pending != null && pending.takesFollowing) pending.units.add(u);
                else {
                    if (pending != null) { pending.flush(); pending = null; }
                    rest.add(u);
                }
                continue;
            }
            if (pending != null) { pending.flush(); pending = null; }
            rest.add(null); // a question block stood here: what is around it is not one run of text
            ListBlock underLast = null;
            if (u instanceof MarkdownTree.Block b && b.node() instanceof OrderedList && i + 1 < units.size()
                    && units.get(i + 1) instanceof MarkdownTree.Block nb && nb.node() instanceof BulletList bl
                    && nb.from() == b.to() + 1 && doc.lines.get(nb.from()).startsWith(" ")) {
                // "10. Question" over "   * follow-up": indented too little to nest, but a follow-up of question 10 all the same
                underLast = bl;
                i++;
            }
            pending = read(u, topic, context, underLast);
        }
        if (pending != null) pending.flush();
        return rest;
    }

    private boolean hasQuestionBlocks(List<MarkdownTree.Unit> units, String heading) {
        for (int i = 0; i < units.size(); i++) {
            if (startsBlock(units.get(i), heading + " " + (i > 0 ? textOf(units.get(i - 1)) : ""))) return true;
        }
        return false;
    }

    private boolean startsBlock(MarkdownTree.Unit u, String context) {
        return switch (u) {
            case MarkdownTree.Details d -> !Questions.answerLabel(d.summary()) && Questions.like(d.summary());
            case MarkdownTree.Block b -> switch (b.node()) {
                case Paragraph p -> qMarked(p) || boldQuestion(p) != null;
                case ListBlock l -> questionList(l, context);
                case TableBlock t -> qaTable(t);
                default -> false;
            };
        };
    }

    /** Makes the cards of a question block; returns the question that may take the units after it. */
    private Pending read(MarkdownTree.Unit u, TopicPath topic, String context, ListBlock underLast) {
        if (u instanceof MarkdownTree.Details d) {
            draft.card(clip(d.summary()), Noise.clean(d.inner()), CardKind.QUESTION, topic, d.from() + 1);
            return null;
        }
        Node node = ((MarkdownTree.Block) u).node();
        if (node instanceof Paragraph p && qMarked(p)) return qaParagraph(p, topic);
        if (node instanceof Paragraph p) {
            Node emphasis = boldQuestion(p);
            List<String> lines = spanLines(p);
            String first = MarkdownTree.plain(emphasis);
            String after = String.join("\n", lines.subList(1, lines.size()));
            String tail = lines.getFirst().substring(Math.min(lines.getFirst().length(), lines.getFirst().lastIndexOf(emphasisEnd(lines.getFirst())) + 2)).strip();
            return new Pending(Questions.bare(first), (tail.replaceFirst("^[:—–-]\\s*", "") + "\n" + after).strip(), u.from() + 1, true, topic);
        }
        if (node instanceof ListBlock l) {
            var items = new ArrayList<ListItem>();
            for (Node c = l.getFirstChild(); c != null; c = c.getNext()) if (c instanceof ListItem li) items.add(li);
            Pending last = null;
            for (int k = 0; k < items.size(); k++) {
                last = item(items.get(k), topic, items.size() == 1, k == items.size() - 1 ? underLast : null);
            }
            return last;
        }
        if (node instanceof TableBlock t) {
            for (var row : rows(t, false)) {
                if (row.size() < 2 || row.getFirst().isBlank()) continue;
                draft.card(clip(row.getFirst()), String.join("\n\n", row.subList(1, row.size())).strip(), CardKind.QUESTION, topic, u.from() + 1);
            }
        }
        return null;
    }

    private Pending item(ListItem item, TopicPath topic, boolean takesFollowing, ListBlock under) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph p) || linkOnly(p)) return null;
        List<String> lines = spanLines(p);
        // the prompt runs to the line that ends in "?"; lines after it (a lazy continuation) start the answer
        int end = 0;
        while (end < lines.size() - 1 && !Questions.endsWithQuestionMark(lines.get(end))) end++;
        if (end == lines.size() - 1 && lines.size() > 1 && !Questions.endsWithQuestionMark(lines.getLast())) end = lines.size() - 1;
        String promptText = MarkdownTree.plain(String.join("\n", lines.subList(0, end + 1)));
        var answer = new StringBuilder(String.join("\n", lines.subList(end + 1, lines.size())));
        var dash = DASH_ANSWER.matcher(promptText);
        if (answer.isEmpty() && dash.matches()) {
            var raw = DASH_ANSWER.matcher(String.join(" ", lines));
            promptText = dash.group(1);
            answer.append(raw.matches() ? raw.group(2) : dash.group(2));
        }
        if (promptText.isBlank()) return null;
        var prompt = new StringBuilder(Questions.bare(promptText));
        var units = new ArrayList<MarkdownTree.Unit>();
        var children = new ArrayList<Node>();
        for (Node c = first.getNext(); c != null; c = c.getNext()) children.add(c);
        if (under != null) children.add(under);
        for (Node c : children) {
            if (c instanceof ListBlock nested && followUps(nested)) {
                for (Node f = nested.getFirstChild(); f != null; f = f.getNext()) {
                    String t = MarkdownTree.plain(f);
                    if (!t.isBlank()) prompt.append('\n').append(t);
                }
            } else {
                units.add(new MarkdownTree.Block(c, MarkdownTree.from(c), MarkdownTree.to(c)));
            }
        }
        if (units.size() == 1 && answer.isEmpty() && units.getFirst() instanceof MarkdownTree.Block b && b.node() instanceof ListBlock only
                && only.getFirstChild() == only.getLastChild() && only.getFirstChild().getFirstChild() instanceof Paragraph one
                && one.getNext() == null) {
            // "* Can we assume …?" over a single "* Yes": the answer is "Yes", not a list of one
            answer.append(String.join("\n", spanLines(one)));
            units.clear();
        }
        var pending = new Pending(clip(prompt.toString()), answer.toString(), MarkdownTree.from(item) + 1, takesFollowing, topic);
        pending.units.addAll(units);
        if (takesFollowing) return pending;
        pending.flush();
        return null;
    }

    /** Nested items that are all questions are follow-ups of their parent, asked with it. */
    private static boolean followUps(ListBlock l) {
        int n = 0, q = 0;
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem)) continue;
            n++;
            if (Questions.like(MarkdownTree.plain(c.getFirstChild() == null ? c : c.getFirstChild()))) q++;
        }
        return n > 0 && q * 2 > n;
    }

    private Pending qaParagraph(Paragraph p, TopicPath topic) {
        List<String> lines = spanLines(p);
        var q = new StringBuilder();
        var a = new StringBuilder();
        boolean inAnswer = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i == 0) l = l.substring(Questions.Q_MARK.matcher(l).lookingAt() ? endOf(Questions.Q_MARK, l) : 0);
            var am = Questions.A_MARK.matcher(l);
            if (!inAnswer && i > 0 && am.lookingAt()) {
                inAnswer = true;
                l = l.substring(am.end());
            } else if (!inAnswer) {
                var inline = Questions.INLINE_A.matcher(l);
                if (inline.find()) {
                    q.append(l, 0, inline.start()).append(' ');
                    a.append(l.substring(inline.end())).append('\n');
                    inAnswer = true;
                    continue;
                }
            }
            (inAnswer ? a : q).append(l).append(inAnswer ? "\n" : " ");
        }
        String prompt = Questions.bare(MarkdownTree.plain(q.toString()));
        return new Pending(clip(prompt), a.toString().strip(), MarkdownTree.from(p) + 1, true, topic);
    }

    private static int endOf(Pattern p, String s) {
        var m = p.matcher(s);
        return m.lookingAt() ? m.end() : 0;
    }

    private boolean qMarked(Paragraph p) {
        var lines = spanLines(p);
        return !lines.isEmpty() && Questions.Q_MARK.matcher(lines.getFirst()).lookingAt()
                && !MarkdownTree.plain(lines.getFirst().substring(endOf(Questions.Q_MARK, lines.getFirst()))).isBlank();
    }

    /** The emphasis that makes a paragraph's whole first line a question ("**What is regression?**"), or null. */
    private Node boldQuestion(Paragraph p) {
        Node first = p.getFirstChild();
        if (!(first instanceof StrongEmphasis || first instanceof Emphasis)) return null;
        String q = MarkdownTree.plain(first);
        if (!Questions.endsWithQuestionMark(q) || q.length() < 8) return null;
        Node next = first.getNext();
        if (next != null && !(next instanceof SoftLineBreak) && !(next instanceof org.commonmark.node.HardLineBreak)) {
            if (!(next instanceof Text t) || !t.getLiteral().strip().matches("[:—–-]?")) {
                // "**What is X?** It is …" on one line: still a question with its answer after it
                if (!(next instanceof Text)) return null;
            }
        }
        return first;
    }

    private static String emphasisEnd(String line) {
        return line.contains("**") ? "**" : line.contains("__") ? "__" : line.contains("*") ? "*" : "_";
    }

    /** A list whose items are questions (numbered or not); link lists and answers' lists are not. */
    private boolean questionList(ListBlock l, String context) {
        int n = 0, q = 0, links = 0, marked = 0;
        boolean announced = Questions.aboutInterviews(context);
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem) || !(c.getFirstChild() instanceof Paragraph p)) continue;
            if (linkOnly(p)) { links++; continue; }
            String t = MarkdownTree.plain(p);
            if (t.isBlank()) continue;
            n++;
            String firstLine = MarkdownTree.plain(spanLines(p).getFirst());
            if (Questions.like(firstLine) || Questions.like(t)) q++;
            if (Questions.endsWithQuestionMark(firstLine)) marked++;
        }
        if (n == 0 || links * 2 > n) return false;
        if (n == 1) return marked == 1 || announced && q == 1;
        return q * 5 >= n * 3 && (marked * 3 >= n || announced || l instanceof OrderedList) || announced && q * 3 >= n;
    }

    private boolean qaTable(TableBlock t) {
        var head = rows(t, true);
        if (!head.isEmpty() && head.getFirst().size() >= 2) {
            String h = head.getFirst().getFirst().toLowerCase(java.util.Locale.ROOT).strip();
            if (h.matches("q|q\\.|question|questions|вопрос|вопросы|питання|запитання|#?\\s*question")) return true;
        }
        var body = rows(t, false);
        long q = body.stream().filter(r -> r.size() >= 2 && Questions.endsWithQuestionMark(r.getFirst())).count();
        return body.size() >= 2 && q * 3 >= body.size() * 2;
    }

    private static List<List<String>> rows(TableBlock t, boolean head) {
        var out = new ArrayList<List<String>>();
        for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
            if (head != (part instanceof TableHead) || !(part instanceof TableHead || part instanceof TableBody)) continue;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                var cells = new ArrayList<String>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) if (cell instanceof TableCell) cells.add(MarkdownTree.plain(cell));
                out.add(cells);
            }
        }
        return out;
    }

    // --- rendering and mining -----------------------------------------------------------------------------------

    /** Units as Markdown: blocks as written (code re-fenced, output after its code), noise and link lists left out. */
    /** @param answer whether the units answer a question (a list of links is then its answer, not a table of contents) */
    private String render(List<MarkdownTree.Unit> units, List<Snippet> snippets, List<Reference> refs, boolean answer) {
        var out = new StringBuilder();
        for (var u : units) {
            if (u == null) continue;
            switch (u) {
                case MarkdownTree.Details d -> {
                    if (!Questions.answerLabel(d.summary())) out.append("**").append(d.summary()).append("**\n\n");
                    out.append(d.inner()).append("\n\n");
                }
                case MarkdownTree.Block b -> {
                    Node n = b.node();
                    if (n instanceof FencedCodeBlock fc) {
                        String lang = Outline.normalizeLanguage(fc.getInfo() == null ? "" : fc.getInfo().split("\\s+")[0]);
                        String code = Outline.dedent(List.of(fc.getLiteral().split("\n", -1)));
                        if (lang.equals("output") && !snippets.isEmpty()) {
                            var last = snippets.removeLast();
                            snippets.add(new Snippet(last.language(), last.code(), Optional.of(code), last.line()));
                            out.append("```output\n").append(code).append("\n```\n\n");
                            continue;
                        }
                        if (lang.isEmpty() && QuestionList.looksLikePython(code)) lang = "python";
                        out.append("```").append(lang).append('\n').append(code).append("\n```\n\n");
                        if (!code.isBlank()) snippets.add(new Snippet(lang, code, Optional.empty(), b.from() + 2));
                        continue;
                    }
                    if (n instanceof IndentedCodeBlock ic) {
                        // an indented block of sentences is text the author indented, not code
                        if (proseLike(ic.getLiteral())) out.append(Outline.dedent(List.of(ic.getLiteral().split("\n", -1)))).append("\n\n");
                        else out.append("```\n").append(ic.getLiteral().stripTrailing()).append("\n```\n\n");
                        continue;
                    }
                    // a list of links answers a question, but a table of contents (links within the page) never does
                    if (noise(n) && !(answer && n instanceof ListBlock && !anchorsOnly(n))) continue;
                    var lines = n.getParent() instanceof org.commonmark.node.Document
                            ? List.of(doc.source(b.from(), b.to()).split("\n", -1)) : spanLines(n);
                    for (Node fc = n.getFirstChild(); fc != null; fc = next(fc, n)) {
                        if (fc instanceof FencedCodeBlock code && !code.getLiteral().isBlank()) {
                            String lang = Outline.normalizeLanguage(code.getInfo() == null ? "" : code.getInfo().split("\\s+")[0]);
                            String c = Outline.dedent(List.of(code.getLiteral().split("\n", -1)));
                            if (lang.isEmpty() && QuestionList.looksLikePython(c)) lang = "python";
                            snippets.add(new Snippet(lang, c, Optional.empty(), MarkdownTree.from(code) + 2));
                        }
                    }
                    out.append(Outline.dedent(lines)).append("\n\n");
                    refs.addAll(Prose.links(b.from() + 1, List.of(doc.source(b.from(), b.to()).split("\n", -1))));
                }
            }
        }
        return Noise.clean(out.toString());
    }

    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) return node.getFirstChild();
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (n.getNext() != null) return n.getNext();
        }
        return null;
    }

    /** Definitions, lead-in lists, cheat sheets and explicit cards in what is left of a section, block by block. */
    private void mine(List<MarkdownTree.Unit> rest, TopicPath topic, boolean looseLinks) {
        int from = -1, to = -1;
        for (var u : rest) {
            boolean text = u != null && u instanceof MarkdownTree.Block b && !(b.node() instanceof FencedCodeBlock) && !(b.node() instanceof IndentedCodeBlock);
            if (text && from < 0) from = u.from();
            if (text) { to = u.to(); continue; }
            if (from >= 0) prose.extract(from + 1, unfenced(from, to), topic, looseLinks);
            from = -1;
        }
        if (from >= 0) prose.extract(from + 1, unfenced(from, to), topic, looseLinks);
    }

    /** Lines {@code from..to} with the lines of code fences (in list items too) blanked: code is not prose. */
    private List<String> unfenced(int from, int to) {
        var out = new ArrayList<String>(doc.lines.subList(from, to + 1));
        String marker = null;
        for (int i = 0; i < out.size(); i++) {
            String l = out.get(i).strip();
            if (marker == null && (l.startsWith("```") || l.startsWith("~~~"))) {
                marker = l.substring(0, 3);
                out.set(i, "");
            } else if (marker != null) {
                if (l.startsWith(marker)) marker = null;
                out.set(i, "");
            }
        }
        return out;
    }

    /** Tables of contents, link lists, badges, pictures and HTML comments: nothing to learn. */
    private boolean noise(Node n) {
        return switch (n) {
            case ListBlock l -> linkOnlyList(l) || tableOfContents(l);
            // a picture of the notes' own (a diagram) stays with its answer; badges were stripped as text before
            case Paragraph p -> MarkdownTree.plain(p).isBlank() && !(p.getFirstChild() instanceof Image);
            case HtmlBlock h -> h.getLiteral().strip().startsWith("<!--") || h.getLiteral().replaceAll("<[^>]*>", "").replaceAll("\\[?Return Up\\]?", "").isBlank();
            default -> false;
        };
    }

    /** A list whose items are (nearly) all bare links, at any depth: a table of contents or a link list. */
    private static boolean linkOnlyList(ListBlock l) {
        int[] counts = new int[2];
        countLinkItems(l, counts);
        return counts[0] > 0 && counts[1] * 10 <= counts[0] + counts[1];
    }

    private static void countLinkItems(ListBlock l, int[] counts) {
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem)) continue;
            for (Node k = c.getFirstChild(); k != null; k = k.getNext()) {
                if (k instanceof Paragraph p) counts[linkOnly(p) ? 0 : 1]++;
                else if (k instanceof ListBlock nested) countLinkItems(nested, counts);
                else counts[1]++;
            }
        }
    }

    private static boolean strictlyLinkOnlyList(ListBlock l) {
        int items = 0;
        for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof ListItem)) continue;
            for (Node k = c.getFirstChild(); k != null; k = k.getNext()) {
                if (k instanceof Paragraph p && !linkOnly(p)) return false;
                if (k instanceof ListBlock nested && !strictlyLinkOnlyList(nested)) return false;
                if (!(k instanceof Paragraph) && !(k instanceof ListBlock)) return false;
            }
            items++;
        }
        return items > 0;
    }

    /** A paragraph that holds only links, images and separators ("- [ ] [Title](url)"). */
    private static boolean linkOnly(Paragraph p) {
        var sb = new StringBuilder();
        boolean link = false;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link || c instanceof Image) { link = true; continue; }
            if (c instanceof Text t) sb.append(t.getLiteral());
            else if (c instanceof org.commonmark.node.Code code) sb.append(code.getLiteral());
            else if (c instanceof org.commonmark.node.HtmlInline h) {
                if (h.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<a") || h.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<img")) link = true;
            } else if (!(c instanceof SoftLineBreak)) sb.append(MarkdownTree.plain(c).isEmpty() ? "" : "x");
        }
        String rest = sb.toString().replaceAll("\\[[ xX]?\\]", "").replaceAll("[\\s\\-–—:|•·,;()\\[\\]/*_.]+", "");
        String text = MarkdownTree.plain(p);
        if (!link && text.matches("<?https?://\\S+>?")) return true;
        return link && rest.length() <= 2;
    }

    private static final Pattern IN_PAGE_ANCHOR = Pattern.compile("(?i)<a\\s[^>]*href\\s*=\\s*[\"']#[^\"']+[\"']");

    /** Mostly links within the page: a table of contents, whatever else stands in it. */
    private static boolean tableOfContents(Node n) {
        int anchors = 0, others = 0;
        for (Node c = n.getFirstChild(); c != null; c = next(c, n)) {
            if (c instanceof Link l) {
                if (l.getDestination().startsWith("#")) anchors++;
                else others++;
            } else if (c instanceof org.commonmark.node.HtmlInline h && IN_PAGE_ANCHOR.matcher(h.getLiteral()).lookingAt()) {
                anchors++; // <a href="#section-interview-questions"> written in HTML
            }
        }
        return anchors >= 3 && others * 4 <= anchors;
    }

    private static boolean anchorsOnly(Node n) {
        boolean any = false;
        for (Node c = n.getFirstChild(); c != null; c = next(c, n)) {
            if (c instanceof Link l) {
                if (!l.getDestination().startsWith("#")) return false;
                any = true;
            }
        }
        return any;
    }

    private static boolean hasLink(Paragraph p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) if (c instanceof Link) return true;
        return false;
    }

    private static boolean onlyPictures(List<MarkdownTree.Unit> body) {
        if (body.isEmpty()) return false;
        for (var u : body) {
            if (u == null) return false;
            if (!(u instanceof MarkdownTree.Block b)) return false;
            if (b.node() instanceof HtmlBlock h && h.getLiteral().toLowerCase(java.util.Locale.ROOT).contains("<img")) continue;
            if (b.node() instanceof Paragraph p && p.getFirstChild() instanceof Image && MarkdownTree.plain(p).isBlank()) continue;
            return false;
        }
        return true;
    }

    private static boolean proseLike(String code) {
        var lines = code.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) return false;
        long prose = lines.stream().filter(l -> l.strip().split("\\s+").length >= 5 && !CODE_LINE.matcher(l).find()).count();
        return prose * 10 >= lines.size() * 7;
    }

    private String textOf(MarkdownTree.Unit u) {
        return switch (u) {
            case MarkdownTree.Details d -> d.summary();
            case MarkdownTree.Block b -> b.node() instanceof Paragraph p ? MarkdownTree.plain(p) : "";
        };
    }

    /** The source of a block as written, line by line (a list item's lines without its marker's indentation). */
    private List<String> spanLines(Node n) {
        var out = new ArrayList<String>();
        for (var span : n.getSourceSpans()) {
            String line = span.getLineIndex() < doc.lines.size() ? doc.lines.get(span.getLineIndex()) : "";
            int from = Math.min(span.getColumnIndex(), line.length());
            out.add(line.substring(from, Math.min(line.length(), from + span.getLength())));
        }
        if (out.isEmpty()) out.add("");
        return out;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank() && !Noise.placeholder(s);
    }

    private static String clip(String prompt) {
        String p = prompt.strip();
        return p.length() > 1000 ? p.substring(0, 1000) + "…" : p;
    }
}
