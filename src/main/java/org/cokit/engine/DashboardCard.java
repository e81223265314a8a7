package org.cokit.engine;

import java.util.List;
import java.util.Optional;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;

/**
 * The contract by which a tool adds a card to the organisation's dashboard: what the tool has settled that scores
 * do not show (e.g. the service chosen for renewal, later a journey's feedback). The dashboard shows every bean of
 * this type in its tool's section; it never names a tool.
 */
public interface DashboardCard {

    /** The stable id of the tool the card belongs to; the card shows in that tool's section. */
    String toolId();

    /**
     * The card for the caller's organisation, its texts in {@code language}; empty when the tool has nothing to
     * report yet (then nothing shows, never a placeholder).
     */
    Optional<Content> content(Caller caller, Language language);

    /**
     * What a card shows: a title, a few lines of text and an optional link ({@code href} and its text, both null
     * for none).
     */
    record Content(String title, List<String> lines, String href, String linkText) {

        public Content {
            lines = List.copyOf(lines);
        }
    }
}
