package org.cokit.scoring.rules;

import java.util.List;
import java.util.Map;

/**
 * The evaluation behind a rule set, one per kind: reads the answers into input values of type {@code S}, computes
 * every attribute's value from them, and offers the one-step changes of an input that the ±1 analysis tries.
 */
abstract sealed class RuleSetEvaluator<S> permits DexRuleSetEvaluator, WeightedEvaluator {

    /** Answers not known for scoring: "don't know / not applicable". */
    static final String NOT_APPLICABLE = "n/a";

    /** The input values the answers give. */
    abstract S read(Map<String, String> answers);

    /** Every attribute's value for these input values. */
    abstract void evaluate(S inputs, ScoringValues values);

    /** How many inputs the evaluator reads; positions are its own order. */
    abstract int inputCount();

    /** The attribute index of the input at {@code position}. */
    abstract int inputAttribute(int position);

    /** The input values with input {@code position} one step up ({@code +1}) or down ({@code -1}), or null. */
    abstract Step<S> step(S inputs, int position, int direction);

    /** Changed input values and the answer that gives them (null when no answer maps exactly onto the value). */
    record Step<S>(S inputs, String answer) {
    }

    final ScoringResult evaluate(RuleSet ruleSet, Map<String, String> answers, boolean explain) {
        S inputs = read(answers);
        ScoringValues values = new ScoringValues(ruleSet.attributes().size());
        evaluate(inputs, values);
        Explanation explanation = explain ? Explainer.explain(ruleSet, this, inputs, values, answers) : null;
        return new ScoringResult(ruleSet, values, answers, explanation);
    }

    static boolean isUnknown(String answer) {
        return answer == null || answer.isEmpty() || answer.equals(NOT_APPLICABLE);
    }

    static IllegalArgumentException notMappable(String question, String answer) {
        return new IllegalArgumentException("question '" + question + "': '" + answer
                + "' is not an answer this rule set can score");
    }
}
