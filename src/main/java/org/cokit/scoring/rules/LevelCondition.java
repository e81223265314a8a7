package org.cokit.scoring.rules;

import java.util.Objects;

/**
 * A recommendation's {@code when}: comparisons of node levels with values of the node's scale, combined with
 * {@code and}, {@code or} and {@code not}; parsed and type-checked when the rule set loads. A node whose value is a
 * range (unknown answers) or that has no value (weighted, nothing answered) may make a comparison undecided; the
 * logic is then three-valued (Kleene's), and a recommendation applies only when its condition is certainly true.
 */
public abstract sealed class LevelCondition {

    /** Three-valued truth: certainly true, certainly false, or undecided. */
    public enum Truth {
        TRUE, FALSE, UNKNOWN;

        Truth not() {
            return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
        }
    }

    /** The comparison operators, as written. */
    public enum Operator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private final String source;

    private LevelCondition(String source) {
        this.source = source;
    }

    /** The condition as written in the file. */
    public String source() {
        return source;
    }

    /** The truth of the condition for the levels of one result. */
    public abstract Truth test(ScoringValues values);

    @Override
    public String toString() {
        return source;
    }

    /** {@code node op value}: {@code attribute} indexes the rule set's attributes, {@code level} the value. */
    public static LevelCondition compare(String source, int attribute, Operator operator, int level) {
        return new Comparison(source, attribute, operator, level);
    }

    public static LevelCondition and(String source, LevelCondition left, LevelCondition right) {
        return new Junction(source, left, right, true);
    }

    public static LevelCondition or(String source, LevelCondition left, LevelCondition right) {
        return new Junction(source, left, right, false);
    }

    public static LevelCondition not(String source, LevelCondition operand) {
        return new Negation(source, operand);
    }

    private static final class Comparison extends LevelCondition {
        private final int attribute;
        private final Operator operator;
        private final int level;

        Comparison(String source, int attribute, Operator operator, int level) {
            super(source);
            this.attribute = attribute;
            this.operator = Objects.requireNonNull(operator);
            this.level = level;
        }

        @Override
        public Truth test(ScoringValues values) {
            int low = values.levelMin(attribute);
            int high = values.levelMax(attribute);
            if (low < 0) {
                return Truth.UNKNOWN;
            }
            return switch (operator) {
                case LE -> high <= level ? Truth.TRUE : low > level ? Truth.FALSE : Truth.UNKNOWN;
                case LT -> high < level ? Truth.TRUE : low >= level ? Truth.FALSE : Truth.UNKNOWN;
                case GE -> low >= level ? Truth.TRUE : high < level ? Truth.FALSE : Truth.UNKNOWN;
                case GT -> low > level ? Truth.TRUE : high <= level ? Truth.FALSE : Truth.UNKNOWN;
                case EQ -> equal(low, high);
                case NE -> equal(low, high).not();
            };
        }

        private Truth equal(int low, int high) {
            if (low == level && high == level) {
                return Truth.TRUE;
            }
            return level < low || level > high ? Truth.FALSE : Truth.UNKNOWN;
        }
    }

    private static final class Junction extends LevelCondition {
        private final LevelCondition left;
        private final LevelCondition right;
        private final boolean and;

        Junction(String source, LevelCondition left, LevelCondition right, boolean and) {
            super(source);
            this.left = left;
            this.right = right;
            this.and = and;
        }

        @Override
        public Truth test(ScoringValues values) {
            Truth a = left.test(values);
            Truth b = right.test(values);
            Truth dominant = and ? Truth.FALSE : Truth.TRUE;
            if (a == dominant || b == dominant) {
                return dominant;
            }
            return a == Truth.UNKNOWN || b == Truth.UNKNOWN ? Truth.UNKNOWN : a;
        }
    }

    private static final class Negation extends LevelCondition {
        private final LevelCondition operand;

        Negation(String source, LevelCondition operand) {
            super(source);
            this.operand = operand;
        }

        @Override
        public Truth test(ScoringValues values) {
            return operand.test(values).not();
        }
    }
}
