package org.cokit.scoring.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the stored answers of one question select entries of an input's mapping. For a yes-no, scale or single
 * question each answer is an entry; for a multi question each option is (an answer picks several); for a number
 * question each entry holds from its number up to the next entry's. What an entry gives (scale values for DEX,
 * points for weighted) is the evaluator's; this class only finds entries, quickly.
 */
public final class AnswerMapping {

    /** How answers select entries. */
    public enum Kind { CHOICE, MULTI, NUMBER }

    private final Kind kind;
    private final List<String> keys;
    private final Map<String, Integer> byKey;
    private final double[] from;

    private AnswerMapping(Kind kind, List<String> keys, double[] from) {
        this.kind = kind;
        this.keys = List.copyOf(keys);
        this.byKey = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), i);
        }
        this.from = from;
    }

    /** One entry per answer (yes-no, scale, single) or per option (multi), in this order. */
    public static AnswerMapping choices(Kind kind, List<String> answers) {
        if (kind == Kind.NUMBER) {
            throw new IllegalArgumentException("numbers are mapped by their lower bounds");
        }
        return new AnswerMapping(kind, answers, null);
    }

    /** One entry per lower bound, ascending: a number takes the entry of the highest bound not above it. */
    public static AnswerMapping numbers(List<BigDecimal> lowerBounds) {
        double[] from = lowerBounds.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        for (int i = 1; i < from.length; i++) {
            if (!(from[i] > from[i - 1])) {
                throw new IllegalArgumentException("lower bounds must ascend");
            }
        }
        return new AnswerMapping(Kind.NUMBER, lowerBounds.stream().map(BigDecimal::toPlainString).toList(), from);
    }

    public Kind kind() {
        return kind;
    }

    /** The answers, options or lower bounds of the entries, in entry order. */
    public List<String> keys() {
        return keys;
    }

    public int size() {
        return keys.size();
    }

    /** The entry of a stored answer (for multi: of one option id), or -1 when the answer selects none. */
    public int entry(String answer) {
        if (kind != Kind.NUMBER) {
            Integer entry = byKey.get(answer);
            return entry == null ? -1 : entry;
        }
        double number;
        try {
            number = Double.parseDouble(answer);
        } catch (NumberFormatException e) {
            return -1;
        }
        int entry = -1;
        for (int i = 0; i < from.length && number >= from[i]; i++) {
            entry = i;
        }
        return entry;
    }
}
