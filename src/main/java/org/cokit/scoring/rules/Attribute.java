package org.cokit.scoring.rules;

import java.util.List;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.i18n.Language;

/**
 * One attribute of a rule set's tree: an input (a leaf that takes the answer to {@code question}) or a node (an
 * aggregate computed from the attributes in {@code from}). Every attribute has a scale, which for weighted rule
 * sets is made of its bands.
 */
public record Attribute(String id, LocalizedText title, Scale scale, String question, List<String> from) {

    public Attribute {
        title = title == null ? LocalizedText.NONE : title;
        from = from == null ? List.of() : List.copyOf(from);
    }

    public boolean isInput() {
        return question != null;
    }

    /** Its title in {@code language}, or its id when it has none. */
    public String name(Language language) {
        return title.isEmpty() ? id : title.in(language);
    }
}
