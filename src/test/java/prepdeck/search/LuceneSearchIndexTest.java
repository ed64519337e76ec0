package prepdeck.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import prepdeck.app.CardView;
import prepdeck.app.GapView;
import prepdeck.app.SearchHit;
import prepdeck.knowledge.CardKind;
import prepdeck.knowledge.CardStatus;
import prepdeck.knowledge.Language;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneSearchIndexTest {
    private List<CardView> seeds;
    private LuceneSearchIndex index;

    @BeforeAll
    void indexTheSeeds() {
        seeds = SeedCards.load();
        index = LuceneSearchIndex.inMemory();
        index.replaceAll(seeds);
    }

    @AfterAll
    void close() {
        index.close();
    }

    private CardView seed(String source, String prompt) {
        return seeds.stream().filter(c -> c.source().startsWith(source) && c.prompt().contains(prompt)).findFirst().orElseThrow();
    }

    private GapView gap(String source, String prompt) {
        CardView c = seed(source, prompt);
        assertThat(c.status()).isEqualTo(CardStatus.GAP);
        return new GapView(c.id(), c.prompt(), c.kind(), c.topic(), c.source(), c.line(), List.of());
    }

    private List<String> related(String source, String prompt) {
        return index.related(gap(source, prompt), 8).stream().map(h -> h.source().substring(0, 3) + " " + h.prompt()).toList();
    }

    private static CardView card(long id, String prompt, String answer, Language language) {
        return new CardView(id, prompt, answer, CardKind.QUESTION, "Тест", "t.md", 1, language, CardStatus.ANSWERED,
                Optional.empty(), List.of(), List.of(), List.of());
    }

    @Test
    void aHitSaysWhichQueryWordReachedWhichWordOfTheCardAndHow() {
        try (var own = LuceneSearchIndex.inMemory()) {
            own.replaceAll(List.of(
                    card(1, "Decorators", "A decorator wraps a function and returns another one.", Language.EN),
                    card(2, "What does the GIL do?", "One thread runs Python bytecode at a time.", Language.EN),
                    card(3, "Что такое генератор?", "Функция с yield.", Language.RU),
                    card(4, "Уровни изоляции", "Read committed и другие.", Language.RU)));
            SearchHit decorators = own.search("декоратор", 5).stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
            assertThat(decorators.matched()).containsExactly(new SearchHit.Match("декоратор", "Decorators", SearchHit.Via.GLOSSARY));
            assertThat(decorators.why()).isEqualTo("matched «декоратор» → Decorators");

            SearchHit gil = own.search("ПШД", 5).getFirst();
            assertThat(gil.id()).isEqualTo(2);
            assertThat(gil.matched()).containsExactly(new SearchHit.Match("ПШД", "GIL", SearchHit.Via.LAYOUT));

            SearchHit typo = own.search("генератр", 5).getFirst();
            assertThat(typo.id()).isEqualTo(3);
            assertThat(typo.matched()).containsExactly(new SearchHit.Match("генератр", "генератор", SearchHit.Via.TYPO));

            SearchHit level = own.search("уровень", 5).getFirst();
            assertThat(level.matched()).containsExactly(new SearchHit.Match("уровень", "Уровни", SearchHit.Via.PREFIX));

            // the same word is no bridge: nothing to explain
            SearchHit same = own.search("decorators", 5).getFirst();
            assertThat(same.matched()).extracting(SearchHit.Match::via).containsOnly(SearchHit.Via.WORD);
            assertThat(same.why()).isEmpty();
        }
    }

    @Test
    void highlightsMatchesInThePromptAndAFragmentOfTheAnswer() {
        SearchHit hit = index.search("генератор", 1).getFirst();
        assertThat(hit.promptHighlight()).isEqualTo("Что такое <mark>генератор</mark>?");
        SearchHit docker = index.search("\"docker ps\"", 1).getFirst();
        assertThat(docker.answerHighlight()).isEqualTo("`<mark>docker</mark> <mark>ps</mark>`");
    }

    @Test
    void highlightsWordFormsAndTyposAsTheIndexMatchedThem() {
        SearchHit hit = index.search("потоки", 20).stream().filter(h -> h.prompt().startsWith("Перечислите: недостатки потоков")).findFirst().orElseThrow();
        assertThat(hit.promptHighlight()).isEqualTo("Перечислите: недостатки <mark>потоков</mark> в Python");
        assertThat(hit.answerHighlight()).contains("<mark>потокам</mark>");
        SearchHit typo = index.search("yield", 5).stream().filter(h -> h.prompt().startsWith("Расскажите про генераторы и сопрограмы")).findFirst().orElseThrow();
        assertThat(typo.answerHighlight()).contains("<mark>yeild</mark>");
    }

    @Test
    void escapesHtmlAroundMarks() {
        try (var own = LuceneSearchIndex.inMemory()) {
            own.replaceAll(List.of(card(1, "Что делает <script> & генератор?", "a < b && генератор \"x\"", Language.RU)));
            SearchHit hit = own.search("генератор", 1).getFirst();
            assertThat(hit.promptHighlight()).isEqualTo("Что делает &lt;script&gt; &amp; <mark>генератор</mark>?");
            assertThat(hit.answerHighlight()).isEqualTo("a &lt; b &amp;&amp; <mark>генератор</mark> &quot;x&quot;");
        }
    }

    @Test
    void upsertReplacesACardAndRemoveTakesItOut() {
        try (var own = LuceneSearchIndex.inMemory()) {
            own.replaceAll(List.of(card(1, "Что такое генератор?", "", Language.RU), card(2, "Що таке потік?", "", Language.UK)));
            own.upsert(List.of(card(1, "Что такое итератор?", "", Language.RU)));
            assertThat(own.search("генератор", 10)).isEmpty();
            assertThat(own.search("итератор", 10)).extracting(SearchHit::id).containsExactly(1L);
            own.remove(List.of(2L));
            assertThat(own.search("потоки", 10)).isEmpty();
            assertThat(own.size()).isEqualTo(1);
            own.replaceAll(List.of());
            assertThat(own.size()).isZero();
        }
    }

    @Test
    void retiredCardsAreNeverFound() {
        try (var own = LuceneSearchIndex.inMemory()) {
            var retired = new CardView(1, "Что такое генератор?", "", CardKind.QUESTION, "Т", "t.md", 1, Language.RU, CardStatus.RETIRED,
                    Optional.empty(), List.of(), List.of(), List.of());
            own.replaceAll(List.of(retired));
            assertThat(own.search("генератор", 10)).isEmpty();
        }
    }

    @Test
    void anIndexInAFolderIsThereAfterReopening(@TempDir Path folder) {
        try (var own = LuceneSearchIndex.inFolder(folder)) {
            own.replaceAll(seeds);
        }
        try (var reopened = LuceneSearchIndex.inFolder(folder)) {
            assertThat(reopened.search("select_related", 1)).extracting(SearchHit::prompt).containsExactly("Django Queryset: расскажите про select_related");
            assertThat(reopened.search("генератр", 10)).isNotEmpty();
        }
    }

    @Test
    void aMultithreadingGapMeetsTheCardsAboutThreadsElsewhere() {
        assertThat(related("000", "Многопоточность: что это?"))
                .contains("004 Треды(потоки) и Процессы: А потоки?", "001 Перечислите: достоинства потоков в Python", "001 Перечислите: недостатки потоков в Python")
                .allMatch(s -> !s.startsWith("000"));
    }

    @Test
    void anAsynchronyGapMeetsAsyncCardsInEveryLanguage() {
        assertThat(related("000", "Асинхронность: что это?"))
                .contains("004 Расскажите про синхронность, асинхронность, конкурентность, параллелизм");
    }

    @Test
    void aGapWithAVeryLongTitleStillGetsRelatedCardsInsteadOfTooManyClauses() {
        var real = gap("000", "Многопоточность: что это?");
        String words = String.join(" ", java.util.Collections.nCopies(3, "потоки процессы генераторы итераторы декораторы "
                + "метаклассы дескрипторы корутины asyncio threading multiprocessing lock mutex semaphore queue event loop "
                + "onerror onload script iframe srcdoc svg math style expression javascript vbscript data base meta form"))
                + java.util.stream.IntStream.range(0, 200).mapToObj(i -> " word" + i).collect(java.util.stream.Collectors.joining());
        var longGap = new GapView(real.id(), "Многопоточность " + words, real.kind(), real.topic(), real.source(), real.line(), List.of());
        // a dozen unrelated ideas are covered by no card: the point is that it answers instead of failing
        assertThatCode(() -> index.related(longGap, 8)).doesNotThrowAnyException();
    }

    @Test
    void moreGapsMeetTheirAnswers() {
        // the card on what the GIL solves tells how reference counting ties the collector to the GIL
        assertThat(related("000", "Сборщики мусора: как связаны с GIL?")).contains("004 GIL: Что за проблему в Python решает GIL?");
        assertThat(related("000", "сокеты")).first().isEqualTo("002 Що таке сокет (Socket)?");
        assertThat(related("000", "Многопроцессорность: что это?")).contains("002 Що таке пакет multiprocessing?");
        assertThat(related("003", "threading")).contains("004 Треды(потоки) и Процессы: А потоки?");
        assertThat(related("000", "транзакции в Django")).isNotEmpty().allSatisfy(r -> assertThat(r).containsIgnoringCase("транзакц"));
    }

    @Test
    void gapsWithNothingWrittenAboutThemElsewhereGetNothing() {
        assertThat(related("000", "Middleware")).isEmpty();
        assertThat(related("000", "Fast API")).isEmpty();
        assertThat(related("000", "Nginx")).isEmpty();
        assertThat(related("003", "что происходит когда нажимаешь на кнопку поиска в гугл")).isEmpty();
    }

    @Test
    void relatedCardsAreAnsweredAndFromOtherSources() {
        for (CardView c : seeds) {
            if (c.status() != CardStatus.GAP) continue;
            var gap = new GapView(c.id(), c.prompt(), c.kind(), c.topic(), c.source(), c.line(), List.of());
            for (SearchHit hit : index.related(gap, 10)) {
                CardView found = seeds.get((int) hit.id() - 1);
                assertThat(found.status()).isEqualTo(CardStatus.ANSWERED);
                assertThat(found.source()).isNotEqualTo(c.source());
            }
        }
    }

    @Test
    void aHugeAnswerIsSearchedInItsFirstPartOnly() {
        String filler = "filler words only here. ".repeat(LuceneSearchIndex.MAX_INDEXED_ANSWER_CHARS / 24 + 10);
        try (var own = LuceneSearchIndex.inMemory()) {
            own.replaceAll(List.of(card(1, "What does the dump hold?", "early marker. " + filler + " late marker", Language.EN)));
            var early = own.search("early", 5);
            assertThat(early).singleElement().satisfies(h -> assertThat(h.answerHighlight()).contains("<mark>early</mark>"));
            assertThat(own.search("late", 5)).isEmpty();
            // a match beyond the excerpt's reach still finds the card, without an excerpt
            String middle = "x ".repeat(Marks.FRAGMENT_SCAN_CHARS) + "middle " + filler;
            own.replaceAll(List.of(card(2, "What does the other dump hold?", middle, Language.EN)));
            assertThat(own.search("middle", 5)).singleElement().satisfies(h -> assertThat(h.answerHighlight()).isEmpty());
        }
    }
}
