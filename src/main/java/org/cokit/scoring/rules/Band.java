package org.cokit.scoring.rules;

import org.cokit.engine.definition.LocalizedText;
import org.cokit.scoring.dex.DexScale;

/** One band of a weighted rule set: the scores from {@code from} (0-100) up to the next band's start. */
public record Band(String id, double from, DexScale.Group group, LocalizedText label) {

    public Band {
        group = group == null ? DexScale.Group.NEUTRAL : group;
        label = label == null ? LocalizedText.NONE : label;
    }
}
