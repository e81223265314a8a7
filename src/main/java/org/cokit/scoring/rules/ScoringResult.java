package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of scoring one set of answers with a rule set: every attribute's value, the explanation when it was
 * asked for, and the recommended actions (worked out when first asked for).
 */
public final class ScoringResult {

    private final RuleSet ruleSet;
    private final ScoringValues values;
    private final Map<String, String> answers;
    private final Explanation explanation;
    private List<Action> recommendations;

    ScoringResult(RuleSet ruleSet, ScoringValues values, Map<String, String> answers, Explanation explanation) {
        this.ruleSet = ruleSet;
        this.values = values;
        this.answers = answers;
        this.explanation = explanation;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The raw values by attribute index. */
    public ScoringValues values() {
        return values;
    }

    public NodeResult root() {
        return result(ruleSet.rootIndex());
    }

    /** The value of the node or input {@code id}; throws when the rule set has no such attribute. */
    public NodeResult result(String id) {
        return result(ruleSet.indexOf(id));
    }

    NodeResult result(int attribute) {
        return new NodeResult(ruleSet.attributes().get(attribute), values.levelMin(attribute),
                values.levelMax(attribute), values.score(attribute));
    }

    /** The aggregate nodes' values, in the rule set's order. */
    public List<NodeResult> nodes() {
        return select(false);
    }

    /** The inputs' values, in the rule set's order. */
    public List<NodeResult> inputs() {
        return select(true);
    }

    private List<NodeResult> select(boolean inputs) {
        List<NodeResult> results = new ArrayList<>();
        List<Attribute> attributes = ruleSet.attributes();
        for (int a = 0; a < attributes.size(); a++) {
            if (attributes.get(a).isInput() == inputs) {
                results.add(result(a));
            }
        }
        return results;
    }

    /** The answers scored. */
    public Map<String, String> answers() {
        return answers;
    }

    public Optional<Explanation> explanation() {
        return Optional.ofNullable(explanation);
    }

    /** The actions of every recommendation whose condition certainly holds, in file order. */
    public synchronized List<Action> recommendations() {
        if (recommendations == null) {
            List<Action> actions = new ArrayList<>();
            for (Recommendation recommendation : ruleSet.recommendations()) {
                if (recommendation.when().test(values) == LevelCondition.Truth.TRUE) {
                    actions.addAll(recommendation.actions());
                }
            }
            recommendations = List.copyOf(actions);
        }
        return recommendations;
    }
}
