package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out an {@link Explanation}: DEX's selective explanation (weak nodes from the root down, with the weak
 * answers under each) and its plus-minus analysis (each answered input one step up and down, alone).
 */
final class Explainer {

    private Explainer() {
    }

    static <S> Explanation explain(RuleSet ruleSet, RuleSetEvaluator<S> evaluator, S inputs, ScoringValues values,
            Map<String, String> answers) {
        ScoringResult result = new ScoringResult(ruleSet, values, answers, null);
        return new Explanation(weakNodes(ruleSet, result), changes(ruleSet, evaluator, inputs, result, +1),
                changes(ruleSet, evaluator, inputs, result, -1));
    }

    private static List<Explanation.WeakNode> weakNodes(RuleSet ruleSet, ScoringResult result) {
        List<Explanation.WeakNode> weak = new ArrayList<>();
        for (int a : preOrder(ruleSet, ruleSet.rootIndex())) {
            NodeResult node = result.result(a);
            if (node.attribute().isInput() || !node.isWeak()) {
                continue;
            }
            List<Explanation.Driver> drivers = new ArrayList<>();
            for (int below : preOrder(ruleSet, a)) {
                NodeResult input = result.result(below);
                String answer = result.answers().get(input.attribute().question());
                if (input.attribute().isInput() && input.isWeak() && !RuleSetEvaluator.isUnknown(answer)) {
                    drivers.add(new Explanation.Driver(input, answer));
                }
            }
            weak.add(new Explanation.WeakNode(node, drivers));
        }
        return weak;
    }

    /** {@code from} and everything under it, each once, parents before their inputs. */
    private static List<Integer> preOrder(RuleSet ruleSet, int from) {
        Set<Integer> seen = new LinkedHashSet<>();
        visit(ruleSet, from, seen);
        return new ArrayList<>(seen);
    }

    private static void visit(RuleSet ruleSet, int attribute, Set<Integer> seen) {
        if (seen.add(attribute)) {
            for (String child : ruleSet.attributes().get(attribute).from()) {
                visit(ruleSet, ruleSet.indexOf(child), seen);
            }
        }
    }

    /**
     * The single steps in {@code direction} that move the root the same way: those that change its value first,
     * then the biggest move.
     */
    private static <S> List<Explanation.Change> changes(RuleSet ruleSet, RuleSetEvaluator<S> evaluator, S inputs,
            ScoringResult result, int direction) {
        NodeResult root = result.root();
        List<Explanation.Change> changes = new ArrayList<>();
        for (int position = 0; position < evaluator.inputCount(); position++) {
            RuleSetEvaluator.Step<S> step = evaluator.step(inputs, position, direction);
            if (step == null) {
                continue;
            }
            ScoringValues after = new ScoringValues(ruleSet.attributes().size());
            evaluator.evaluate(step.inputs(), after);
            ScoringResult changed = new ScoringResult(ruleSet, after, result.answers(), null);
            NodeResult rootAfter = changed.root();
            double move = rootAfter.score() - root.score();
            if (root.isKnown() && rootAfter.isKnown() && move * direction > 0) {
                int a = evaluator.inputAttribute(position);
                NodeResult input = result.result(a);
                changes.add(new Explanation.Change(input, result.answers().get(input.attribute().question()),
                        changed.result(a), step.answer(), root, rootAfter));
            }
        }
        changes.sort(Comparator.comparing((Explanation.Change c) -> !c.changesLevel())
                .thenComparingDouble(c -> -Math.abs(c.gain())));
        return changes;
    }
}
