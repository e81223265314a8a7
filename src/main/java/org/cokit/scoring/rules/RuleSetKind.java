package org.cokit.scoring.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two ways a rule set scores: DEX decision tables, or weighted points with bands. */
public enum RuleSetKind {
    DEX,
    WEIGHTED;

    /** The id in YAML, e.g. {@code dex}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleSetKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
