package prepdeck.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search through the whole program: the CLI over the imported seeds, an index kept current by imports. */
class SeedSearchTest {
    @TempDir Path temp;

    InProcess.Run prepdeck(String... args) {
        return new InProcess(temp.resolve("data")).prepdeck(args);
    }

    static List<String> prompts(JsonNode hits) {
        return StreamSupport.stream(hits.spliterator(), false).map(h -> h.get("source").asText() + ": " + h.get("prompt").asText()).toList();
    }

    @Test
    void findsWhatTheUserMeansAndNamesTheBadTokenOfAMalformedQuery() {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        var typo = prepdeck("search", "генератр", "--json");
        assertThat(typo.exit()).as(typo.err()).isZero();
        assertThat(prompts(typo.json())).contains("003_0e42585650cfbd26.txt: Расскажите про гененатор и итератор", "000_94e9e51ef25a3735.txt: Что такое генератор?");
        var first = typo.json().get(0);
        assertThat(List.of("id", "prompt", "topic", "source", "line", "score")).allSatisfy(f -> assertThat(first.has(f)).as(f).isTrue());

        assertThat(prompts(prepdeck("search", "docker", "ps", "--json").json()))
                .contains("002_20a9cd8d7ec74e8b.txt: Яка команда: перегляд запущених контейнерів?");
        assertThat(prompts(prepdeck("search", "select_related", "--json").json()))
                .contains("000_94e9e51ef25a3735.txt: Django Queryset: расскажите про select_related");
        assertThat(prepdeck("search", "потоков", "--limit", "3", "--json").json().size()).isBetween(1, 3);

        var bad = prepdeck("search", "foo:bar");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown field \"foo:\" at position 1");
    }

    @Test
    void aHitFoundThroughAnotherLanguageSaysWhatMatchedInTextAndJson() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("python.md"), "# Python\n\n## Decorators\nA decorator wraps a function and returns another one.\n",
                StandardCharsets.UTF_8);
        assertThat(prepdeck("import", notes.toString()).exit()).isZero();
        var text = prepdeck("search", "декоратор");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("WHY").contains("matched «декоратор» → decorators");
        var json = prepdeck("search", "декоратор", "--json").json().get(0);
        assertThat(json.get("prompt").asText()).isEqualTo("Python: tell me about decorators");
        assertThat(json.get("why").asText()).isEqualTo("matched «декоратор» → decorators");
        var match = json.get("matched").get(0);
        assertThat(List.of(match.get("query").asText(), match.get("card").asText(), match.get("via").asText()))
                .containsExactly("декоратор", "decorators", "glossary");
        // a word found as written needs no saying
        var plain = prepdeck("search", "decorator");
        assertThat(plain.out()).doesNotContain("WHY").contains("decorators");
    }

    @Test
    void gapsListCardsElsewhereThatCoverThem() {
        assertThat(prepdeck("import", SeedImportTest.SEEDS.toString()).exit()).isZero();
        var gaps = StreamSupport.stream(prepdeck("gaps", "--json").json().spliterator(), false).toList();
        var threads = gaps.stream().filter(g -> g.get("title").asText().equals("Многопоточность: что это?")).findFirst().orElseThrow();
        assertThat(threads.get("related").size()).isPositive();
        var cards = StreamSupport.stream(prepdeck("cards", "--json").json().spliterator(), false).toList();
        var covering = cards.stream().filter(c -> StreamSupport.stream(threads.get("related").spliterator(), false)
                .anyMatch(id -> id.asLong() == c.get("id").asLong())).toList();
        assertThat(covering).allSatisfy(c -> assertThat(c.get("source").asText()).isNotEqualTo("000_94e9e51ef25a3735.txt"));
        assertThat(covering).anySatisfy(c -> assertThat((c.get("prompt").asText() + " " + c.get("answer").asText()).toLowerCase())
                .containsAnyOf("поток", "потік", "thread"));
    }

    @Test
    void theIndexFollowsEveryImportAndCanBeRebuilt() throws Exception {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# Брокеры\n\n## Kafka\nЛог сообщений с партициями.\n\n## RabbitMQ\nОчереди и обменники.\n");
        assertThat(prepdeck("import", notes.toString()).exit()).isZero();
        assertThat(prompts(prepdeck("search", "партиции", "--json").json())).containsExactly("a.md: Брокеры: расскажите про Kafka");
        assertThat(prepdeck("search", "идемпотентность", "--json").json().size()).isZero();

        Files.writeString(notes.resolve("a.md"), "# Брокеры\n\n## Kafka\nЛог сообщений с партициями.\n\n## Consumer\nИдемпотентность обработки сообщений.\n",
                StandardCharsets.UTF_8);
        assertThat(prepdeck("import", notes.toString()).exit()).isZero();
        assertThat(prompts(prepdeck("search", "идемпотентности", "--json").json())).containsExactly("a.md: Брокеры: расскажите про Consumer");
        assertThat(prepdeck("search", "обменники", "--json").json().size()).as("a retired card is not found").isZero();

        var rebuilt = prepdeck("reindex");
        assertThat(rebuilt.exit()).isZero();
        assertThat(rebuilt.out()).startsWith("Indexed 2 cards");
        assertThat(prompts(prepdeck("search", "kafka", "--json").json())).containsExactly("a.md: Брокеры: расскажите про Kafka");
    }
}
