package prepdeck.knowledge;

import java.util.Locale;

/** The formats the importer recognises, always from a file's content, never from its name. */
public enum SourceFormat {
    /** Markdown with headings: outlines, written sections. */
    MARKDOWN,
    /** A numbered list of interview questions with answers below them. */
    QUESTIONS,
    /** Course notes by module ("M1 22.01.24"), with lecture time codes and cheat sheets. */
    COURSE_NOTES,
    /** Loose prose: definitions, lead-in lists. */
    PLAIN_TEXT,
    /** A Jupyter notebook exported to text ("In [15]:" cells followed by their output). */
    NOTEBOOK_TEXT,
    /** A Jupyter notebook in its JSON form. */
    IPYNB,
    /** An Anki package. */
    ANKI,
    /** An HTML page: saved from the web, or exported from Notion or Google Docs; read as the Markdown it shows. */
    HTML,
    /** A Word document (.docx); read as the Markdown it shows, lines counted as paragraphs. */
    DOCX,
    /** reStructuredText; read as the Markdown it shows. */
    RST,
    /** A CSV question bank: a question (and an answer) per row. */
    CSV;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
