package prepdeck.knowledge;

import java.util.regex.Pattern;

/**
 * The words the importer puts around a title to ask it as a question ("Расскажите про итераторы", "Django Queryset:
 * tell me about select_related", "Яка команда: вхід у реєстр?"). Search weighs a prompt by its subject, so it reads
 * the title without them.
 */
public final class AskedTitle {
    private static final Pattern FORMULA = Pattern.compile(
            "(?iu)(^|:\\s)(?:расскажите про |расскажите |розкажіть про |розкажіть |tell me about |tell me |перечислите: |перелічіть: |list: "
                    + "|какая команда:? |яка команда:? |which command: )");

    private AskedTitle() {}

    /** The prompt without the asking formula (and the question mark it brought); other prompts as they are. */
    public static String subject(String prompt) {
        var m = FORMULA.matcher(prompt);
        if (!m.find()) return prompt;
        String out = m.replaceFirst("$1");
        boolean command = m.group().toLowerCase(java.util.Locale.ROOT).contains("команд") || m.group().toLowerCase(java.util.Locale.ROOT).contains("command");
        return command && out.endsWith("?") ? out.substring(0, out.length() - 1) : out;
    }
}
