package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.i18n.Language;
import org.cokit.scoring.dex.DexScale;

/**
 * The ordered values a node or input of a rule set takes, with their labels in each language. Results speak in
 * <em>levels</em>: the zero-based position on the scale counted from the worst value, whatever order the DEX scale
 * underneath lists its values in (a DEXi scale may list the best first). A value is weak when it is in the bad
 * group, or, on a scale without one, when it is the worst; strong likewise with the good group and the best.
 */
public final class Scale {

    private final String id;
    private final DexScale values;
    private final List<LocalizedText> labels;
    private final boolean hasBad;
    private final boolean hasGood;

    /**
     * @param id     the scale's id in the rule set (for a DEXi model or bands, the id of what it belongs to)
     * @param values the discrete DEX scale
     * @param labels one label per value in the DEX scale's order, {@link LocalizedText#NONE} where there is none
     */
    public Scale(String id, DexScale values, List<LocalizedText> labels) {
        this.id = Objects.requireNonNull(id);
        if (!values.isDiscrete()) {
            throw new IllegalArgumentException("scale '" + id + "' must be discrete");
        }
        this.values = values;
        List<LocalizedText> copy = new ArrayList<>(labels == null ? List.of() : labels);
        while (copy.size() < values.size()) {
            copy.add(LocalizedText.NONE);
        }
        this.labels = List.copyOf(copy);
        this.hasBad = values.values().stream().anyMatch(v -> v.group() == DexScale.Group.BAD);
        this.hasGood = values.values().stream().anyMatch(v -> v.group() == DexScale.Group.GOOD);
    }

    public String id() {
        return id;
    }

    /** The scale as DEX evaluation sees it. */
    public DexScale values() {
        return values;
    }

    public int size() {
        return values.size();
    }

    /** Whether the values are ordered by preference, so that worse and better mean something. */
    public boolean isOrdered() {
        return values.order() != DexScale.Order.NONE;
    }

    /** The level (worst = 0) of the DEX scale's ordinal. */
    public int level(int ordinal) {
        return values.order() == DexScale.Order.DESCENDING ? values.size() - 1 - ordinal : ordinal;
    }

    /** The DEX scale's ordinal of a level; the inverse of {@link #level}. */
    public int ordinal(int level) {
        return level(level);
    }

    /** The lowest level among the ordinals of {@code mask}. */
    public int minLevel(long mask) {
        return values.order() == DexScale.Order.DESCENDING
                ? level(63 - Long.numberOfLeadingZeros(mask)) : Long.numberOfTrailingZeros(mask);
    }

    /** The highest level among the ordinals of {@code mask}. */
    public int maxLevel(long mask) {
        return values.order() == DexScale.Order.DESCENDING
                ? level(Long.numberOfTrailingZeros(mask)) : 63 - Long.numberOfLeadingZeros(mask);
    }

    /** The value's id (its name in the file) at {@code level}. */
    public String valueId(int level) {
        return values.label(ordinal(level));
    }

    /** The level of the value named {@code valueId}, or -1. */
    public int levelOf(String valueId) {
        int ordinal = values.indexOf(valueId);
        return ordinal < 0 ? -1 : level(ordinal);
    }

    /** The value ids worst first. */
    public List<String> valueIds() {
        List<String> ids = new ArrayList<>(size());
        for (int level = 0; level < size(); level++) {
            ids.add(valueId(level));
        }
        return ids;
    }

    /** The label in {@code language} (English when not translated), or the value id where none is given. */
    public String label(int level, Language language) {
        LocalizedText label = labels.get(ordinal(level));
        return label.isEmpty() ? valueId(level) : label.in(language);
    }

    public DexScale.Group group(int level) {
        return values.group(ordinal(level));
    }

    /** In the bad group, or the worst value of a scale without a bad group. */
    public boolean isWeak(int level) {
        return hasBad ? group(level) == DexScale.Group.BAD : level == 0;
    }

    /** In the good group, or the best value of a scale without a good group. */
    public boolean isStrong(int level) {
        return hasGood ? group(level) == DexScale.Group.GOOD : level == size() - 1;
    }

    @Override
    public String toString() {
        return "Scale[" + id + " " + valueIds() + "]";
    }
}
