package org.cokit.engine.definition;

/**
 * One choice of a single or multi question, or one point of a scale question (ids {@code "1"} to {@code "n"},
 * label {@link LocalizedText#NONE} where the point has none).
 */
public record Option(String id, LocalizedText label) {
}
