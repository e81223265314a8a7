package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import org.cokit.i18n.Language;
import org.cokit.scoring.dex.DexScale;

/**
 * The value of one attribute in one result: a level on its scale (worst = 0) or, when answers under it are
 * unknown, a range of levels {@code levelMin..levelMax}; and a 0-100 score (the mid-point of a range). A weighted
 * attribute with nothing answered under it has no value: levels -1, score {@code NaN}.
 */
public record NodeResult(Attribute attribute, int levelMin, int levelMax, double score) {

    public String id() {
        return attribute.id();
    }

    public Scale scale() {
        return attribute.scale();
    }

    public boolean isKnown() {
        return levelMin >= 0;
    }

    /** One value, not a range. */
    public boolean isSingle() {
        return isKnown() && levelMin == levelMax;
    }

    /** The level of a single value; throws for a range or no value. */
    public int level() {
        if (!isSingle()) {
            throw new IllegalStateException(id() + " has no single value");
        }
        return levelMin;
    }

    /** The value ids from {@code levelMin} to {@code levelMax}; empty when there is no value. */
    public List<String> values() {
        List<String> values = new ArrayList<>();
        for (int level = levelMin; level >= 0 && level <= levelMax; level++) {
            values.add(scale().valueId(level));
        }
        return values;
    }

    /** The label of the value, {@code low – high} labels for a range, or null when there is no value. */
    public String label(Language language) {
        if (!isKnown()) {
            return null;
        }
        return isSingle() ? scale().label(levelMin, language)
                : scale().label(levelMin, language) + " – " + scale().label(levelMax, language);
    }

    /** The group of a single value; for a range the group both ends share, else neutral. */
    public DexScale.Group group() {
        if (!isKnown()) {
            return DexScale.Group.NEUTRAL;
        }
        DexScale.Group low = scale().group(levelMin);
        return low == scale().group(levelMax) ? low : DexScale.Group.NEUTRAL;
    }

    /** Weak even at its best: every value it may have is weak (bad group, or the worst value). */
    public boolean isWeak() {
        return isKnown() && scale().isWeak(levelMax);
    }

    /** Strong even at its worst. */
    public boolean isStrong() {
        return isKnown() && scale().isStrong(levelMin);
    }
}
