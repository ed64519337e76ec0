package prepdeck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.InvalidInputException;
import prepdeck.contract.AnswerCheckJson;
import prepdeck.ingest.TextLanguage;
import prepdeck.knowledge.Language;
import prepdeck.review.interview.AnswerCheck;
import prepdeck.review.interview.AnswerChecker;
import prepdeck.search.LuceneTextAnalysis;

/** {@code prepdeck check-answer --reference FILE --answer FILE [--prompt TEXT] [--lang ru|uk|en] [--json]} */
@Command(name = "check-answer", mixinStandardHelpOptions = true,
        description = {"Check a typed answer against a reference answer: which of the reference's key points it states.",
                "Word forms, small typos and Russian/Ukrainian/English synonyms count; words scattered about or negated do not."})
final class CheckAnswerCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--reference", required = true, paramLabel = "FILE", description = "The reference answer (Markdown, UTF-8).")
    Path reference;

    @Option(names = "--answer", required = true, paramLabel = "FILE", description = "The typed answer (UTF-8); - for standard input.")
    Path answer;

    @Option(names = "--prompt", paramLabel = "TEXT", defaultValue = "",
            description = "The card's question: words it already names are no evidence that the answer states a point.")
    String prompt;

    @Option(names = "--lang", paramLabel = "ru|uk|en", description = "The answer's language (default: told from the texts).")
    String lang;

    @Override
    public Integer call() throws IOException {
        String referenceText = read(reference, "reference");
        String answerText = answer.toString().equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : read(answer, "answer");
        Language language;
        try {
            language = lang != null ? Language.fromCode(lang) : TextLanguage.guess(referenceText + "\n" + answerText);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--lang: " + e.getMessage(), e);
        }
        AnswerCheck check;
        try (var analysis = new LuceneTextAnalysis()) {
            check = new AnswerChecker(analysis).check(prompt, referenceText, answerText, language);
        }
        var out = root.console().out();
        if (output.json) {
            out.println(root.json().write(new AnswerCheckJson(root.json()).check(check)));
            return Cli.OK;
        }
        if (check.score().isEmpty()) {
            out.println("The reference has " + AnswerCheck.NOTHING_TO_CHECK + ".");
            return Cli.OK;
        }
        for (var p : check.points()) out.println(InterviewCommand.mark(p.status()) + p.point().text() + (p.matched().isEmpty() ? ""
                : "   (" + (p.contradicted() ? "said otherwise: " : "") + String.join(" ", p.matched()) + ")") + (p.sure() ? "" : "   [not sure]"));
        out.printf(java.util.Locale.ROOT, "score %.2f: %d of %d key points stated, %d contradicted%s%n", check.score().getAsDouble(), check.covered(),
                check.points().size(), check.contradicted(), check.sure() ? "" : " (some verdicts are borderline: judge those yourself)");
        return Cli.OK;
    }

    private static String read(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(what + " " + file + ": no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(what + " " + file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(what + " " + file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
