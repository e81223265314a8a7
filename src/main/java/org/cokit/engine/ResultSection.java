package org.cokit.engine;

import java.util.List;
import java.util.Optional;
import org.cokit.i18n.Language;

/**
 * The contract by which a tool adds a section of its own to the result page (and its PDF) of its assessments, e.g.
 * how participants in different roles see each dimension. The result page shows every bean of this type whose
 * {@link #toolId()} is the assessment's tool, in {@link #order()}; it never names a tool.
 */
public interface ResultSection {

    /** The stable id of the tool whose results show the section. */
    String toolId();

    /** Position among the tool's sections, lowest first. */
    default int order() {
        return 0;
    }

    /**
     * The section for assessment {@code assessmentId} of the caller's organisation, its texts in {@code language};
     * empty when there is nothing to show (then nothing shows, never a placeholder).
     */
    Optional<Content> content(long assessmentId, Language language);

    /**
     * What a section shows: a heading, a few paragraphs, an optional table and an optional link ({@code href} and
     * its text, both null for none). {@code id} is a kebab-case anchor, unique on the page.
     */
    record Content(String id, String title, List<String> lines, Table table, String href, String linkText) {

        public Content {
            lines = List.copyOf(lines);
        }
    }

    /** A table: a caption, column headings (the first one heads the row headings), and rows. */
    record Table(String caption, List<String> headers, List<Row> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** A row: its heading, its cells, and a note when the row is flagged (null when not). */
    record Row(String heading, List<String> cells, String flag) {

        public Row {
            cells = List.copyOf(cells);
        }

        public boolean flagged() {
            return flag != null;
        }
    }
}
