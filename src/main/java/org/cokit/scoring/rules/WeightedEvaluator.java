package org.cokit.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted evaluation of a rule set. An input's points are placed between the fewest and most it can get (0-100);
 * a node takes the mean, the sum (points over possible points) or the weighted mean of the children that have a
 * score; unanswered and not-applicable inputs have none, so they leave the denominator. Every score falls in a band.
 */
final class WeightedEvaluator extends RuleSetEvaluator<double[]> {

    private final int attributeCount;
    private final Bands[] bands;
    /** Per input, in the order given: */
    private final int[] inputAttribute;
    private final String[] questions;
    private final AnswerMapping[] mappings;
    private final double[][] points;
    private final double[] minPoints;
    private final double[] maxPoints;
    /** Each input's distinct points ascending, for the ±1 analysis; null for multi questions. */
    private final double[][] steps;
    /** Per node, children before parents: */
    private final int[] nodeAttribute;
    private final int[][] children;
    private final WeightedNode.Aggregate[] aggregates;
    private final double[][] weights;

    WeightedEvaluator(RuleSet ruleSet, List<WeightedInput> inputs, List<WeightedNode> nodes) {
        this.attributeCount = ruleSet.attributes().size();
        this.bands = new Bands[attributeCount];
        int count = inputs.size();
        inputAttribute = new int[count];
        questions = new String[count];
        mappings = new AnswerMapping[count];
        points = new double[count][];
        minPoints = new double[count];
        maxPoints = new double[count];
        steps = new double[count][];
        for (int i = 0; i < count; i++) {
            WeightedInput input = inputs.get(i);
            inputAttribute[i] = ruleSet.indexOf(input.attribute());
            questions[i] = ruleSet.attributes().get(inputAttribute[i]).question();
            mappings[i] = input.mapping();
            points[i] = input.points();
            minPoints[i] = input.minPoints();
            maxPoints[i] = input.maxPoints();
            if (!(maxPoints[i] > minPoints[i])) {
                throw new IllegalArgumentException("input '" + input.attribute() + "': every answer gives the same"
                        + " points");
            }
            steps[i] = input.mapping().kind() == AnswerMapping.Kind.MULTI ? null
                    : Arrays.stream(input.points()).distinct().sorted().toArray();
            bands[inputAttribute[i]] = input.bands();
        }
        List<WeightedNode> ordered = childrenFirst(nodes);
        nodeAttribute = new int[nodes.size()];
        children = new int[nodes.size()][];
        aggregates = new WeightedNode.Aggregate[nodes.size()];
        weights = new double[nodes.size()][];
        for (int n = 0; n < ordered.size(); n++) {
            WeightedNode node = ordered.get(n);
            nodeAttribute[n] = ruleSet.indexOf(node.attribute());
            children[n] = node.from().stream().mapToInt(ruleSet::indexOf).toArray();
            aggregates[n] = node.aggregate();
            weights[n] = node.weights();
            bands[nodeAttribute[n]] = node.bands();
        }
    }

    /** The nodes ordered so that each comes after the nodes it is computed from. */
    private static List<WeightedNode> childrenFirst(List<WeightedNode> nodes) {
        Map<String, WeightedNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.attribute(), n));
        List<WeightedNode> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (WeightedNode node : nodes) {
            visit(node, byId, done, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(WeightedNode node, Map<String, WeightedNode> byId, Set<String> done, Set<String> open,
            List<WeightedNode> ordered) {
        if (done.contains(node.attribute())) {
            return;
        }
        if (!open.add(node.attribute())) {
            throw new IllegalArgumentException("node '" + node.attribute() + "' depends on itself");
        }
        for (String child : node.from()) {
            WeightedNode childNode = byId.get(child);
            if (childNode != null) {
                visit(childNode, byId, done, open, ordered);
            }
        }
        done.add(node.attribute());
        ordered.add(node);
    }

    @Override
    double[] read(Map<String, String> answers) {
        double[] inputs = new double[questions.length];
        for (int i = 0; i < inputs.length; i++) {
            String answer = answers.get(questions[i]);
            if (isUnknown(answer)) {
                inputs[i] = Double.NaN;
            } else if (mappings[i].kind() == AnswerMapping.Kind.MULTI) {
                double sum = 0;
                for (String option : answer.split(",")) {
                    int entry = mappings[i].entry(option);
                    if (entry < 0) {
                        throw notMappable(questions[i], answer);
                    }
                    sum += points[i][entry];
                }
                inputs[i] = sum;
            } else {
                int entry = mappings[i].entry(answer);
                if (entry < 0) {
                    throw notMappable(questions[i], answer);
                }
                inputs[i] = points[i][entry];
            }
        }
        return inputs;
    }

    @Override
    void evaluate(double[] inputs, ScoringValues values) {
        // Points and their possible range per attribute, for parents that add points up.
        double[] got = new double[attributeCount];
        double[] low = new double[attributeCount];
        double[] high = new double[attributeCount];
        for (int i = 0; i < inputs.length; i++) {
            int a = inputAttribute[i];
            if (Double.isNaN(inputs[i])) {
                values.unset(a);
                got[a] = Double.NaN;
            } else {
                got[a] = inputs[i];
                low[a] = minPoints[i];
                high[a] = maxPoints[i];
                band(values, a, (inputs[i] - minPoints[i]) / (maxPoints[i] - minPoints[i]) * 100);
            }
        }
        for (int n = 0; n < nodeAttribute.length; n++) {
            int a = nodeAttribute[n];
            int[] from = children[n];
            double sum = 0;
            double lows = 0;
            double highs = 0;
            double total = 0;
            int scored = 0;
            for (int c = 0; c < from.length; c++) {
                int child = from[c];
                if (Double.isNaN(got[child])) {
                    continue;
                }
                scored++;
                switch (aggregates[n]) {
                    case MEAN -> sum += values.score(child);
                    case WEIGHTED -> {
                        sum += weights[n][c] * values.score(child);
                        total += weights[n][c];
                    }
                    case SUM -> {
                        sum += got[child];
                        lows += low[child];
                        highs += high[child];
                    }
                }
            }
            if (scored == 0 || aggregates[n] == WeightedNode.Aggregate.WEIGHTED && total == 0) {
                values.unset(a);
                got[a] = Double.NaN;
                continue;
            }
            double score = switch (aggregates[n]) {
                case MEAN -> sum / scored;
                case WEIGHTED -> sum / total;
                case SUM -> (sum - lows) / (highs - lows) * 100;
            };
            if (aggregates[n] == WeightedNode.Aggregate.SUM) {
                got[a] = sum;
                low[a] = lows;
                high[a] = highs;
            } else {
                got[a] = score;
                low[a] = 0;
                high[a] = 100;
            }
            band(values, a, score);
        }
    }

    private void band(ScoringValues values, int attribute, double score) {
        int level = bands[attribute].level(score);
        values.set(attribute, level, level, score);
    }

    @Override
    int inputCount() {
        return questions.length;
    }

    @Override
    int inputAttribute(int position) {
        return inputAttribute[position];
    }

    @Override
    Step<double[]> step(double[] inputs, int position, int direction) {
        double current = inputs[position];
        if (Double.isNaN(current) || steps[position] == null) {
            return null;
        }
        double[] distinct = steps[position];
        int at = Arrays.binarySearch(distinct, current) + direction;
        if (at < 0 || at >= distinct.length) {
            return null;
        }
        double[] changed = inputs.clone();
        changed[position] = distinct[at];
        String answer = null;
        for (int entry = 0; entry < points[position].length && answer == null; entry++) {
            if (points[position][entry] == distinct[at]) {
                answer = mappings[position].keys().get(entry);
            }
        }
        return new Step<>(changed, answer);
    }
}
