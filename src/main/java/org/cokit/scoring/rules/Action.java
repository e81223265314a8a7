package org.cokit.scoring.rules;

import java.util.List;
import java.util.Locale;
import org.cokit.engine.definition.LocalizedText;

/** A roadmap action a recommendation proposes: what to do, how much effort it takes, and where to read more. */
public record Action(String id, LocalizedText title, LocalizedText text, Effort effort, List<Resource> resources) {

    public Action {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** How much work an action is. */
    public enum Effort {
        LOW, MEDIUM, HIGH;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Further reading for an action: a title and, optionally, a link. */
    public record Resource(LocalizedText title, String url) {
    }
}
