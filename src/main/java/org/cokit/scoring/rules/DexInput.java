package org.cokit.scoring.rules;

/**
 * How the answers of an input's question become values of a DEX basic attribute: {@code masks[entry]} holds the
 * ordinals of the attribute's DEX scale that the mapping's entry gives (one, or several for {@code *} and ranges).
 */
public record DexInput(String attribute, AnswerMapping mapping, long[] masks) {

    public DexInput {
        if (masks.length != mapping.size()) {
            throw new IllegalArgumentException("input '" + attribute + "': one mask per mapping entry");
        }
        masks = masks.clone();
    }
}
