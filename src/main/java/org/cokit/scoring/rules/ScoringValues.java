package org.cokit.scoring.rules;

import java.util.Arrays;

/**
 * The value of every attribute of a rule set for one set of answers, by attribute index: the lowest and highest
 * level (equal for a single value; -1 when the attribute has no value, as a weighted node with nothing answered
 * under it) and the 0-100 score ({@code NaN} when there is none).
 */
public final class ScoringValues {

    private final int[] levelMin;
    private final int[] levelMax;
    private final double[] score;

    ScoringValues(int attributes) {
        levelMin = new int[attributes];
        levelMax = new int[attributes];
        score = new double[attributes];
    }

    /** Values read back from elsewhere (a stored result), by attribute index. */
    public static ScoringValues of(int[] levelMin, int[] levelMax, double[] score) {
        if (levelMin.length != levelMax.length || levelMin.length != score.length) {
            throw new IllegalArgumentException("one level range and score per attribute");
        }
        ScoringValues values = new ScoringValues(levelMin.length);
        for (int a = 0; a < levelMin.length; a++) {
            values.set(a, levelMin[a], levelMax[a], score[a]);
        }
        return values;
    }

    public int levelMin(int attribute) {
        return levelMin[attribute];
    }

    public int levelMax(int attribute) {
        return levelMax[attribute];
    }

    public double score(int attribute) {
        return score[attribute];
    }

    public boolean isKnown(int attribute) {
        return levelMin[attribute] >= 0;
    }

    void set(int attribute, int min, int max, double value) {
        levelMin[attribute] = min;
        levelMax[attribute] = max;
        score[attribute] = value;
    }

    void unset(int attribute) {
        set(attribute, -1, -1, Double.NaN);
    }

    /** Same levels everywhere and scores within {@code tolerance}. */
    public boolean sameAs(ScoringValues other, double tolerance) {
        if (!Arrays.equals(levelMin, other.levelMin) || !Arrays.equals(levelMax, other.levelMax)) {
            return false;
        }
        for (int a = 0; a < score.length; a++) {
            boolean bothMissing = Double.isNaN(score[a]) && Double.isNaN(other.score[a]);
            if (!bothMissing && !(Math.abs(score[a] - other.score[a]) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "ScoringValues[" + Arrays.toString(levelMin) + " " + Arrays.toString(levelMax) + " "
                + Arrays.toString(score) + "]";
    }
}
