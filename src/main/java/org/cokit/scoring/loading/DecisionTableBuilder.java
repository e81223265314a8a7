package org.cokit.scoring.loading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cokit.scoring.dex.DexFunction;
import org.cokit.scoring.dex.DexValue;
import org.cokit.scoring.rules.Scale;

/**
 * Expands the decision table of one DEX node from the compact forms of a rule-set file into every combination of
 * its inputs' values, and checks it: rows may overlap only where they agree, every combination needs a value, and
 * the table must be monotone (a better input never gives a worse output) where scales are ordered. Problems are
 * reported with the line of the row or node concerned; {@link #finish} gives the table only if there were none.
 *
 * <p>Filling from weights follows DEXi (dex.md §4). With weights {@code w_j} and input levels {@code l_j} on scales
 * of {@code d_j} values, each combination has {@code s = Σ w_j · l_j / (d_j − 1) / Σ w_j}, from 0 (all worst) to 1
 * (all best). Without rows, the output level is {@code s · (m − 1)} on an output scale of {@code m} values; with
 * rows (DEXi's entered rules), a line {@code y = k · s + c} is fitted to them by least squares (an interval row
 * counting by its mid-point) and used instead, when they hold at least two different {@code s} and the line rises
 * ({@code k > 0}; a flat or falling line would make the weights meaningless). The result is rounded half up and
 * clipped to the scale. Weights are never negative, so {@code s} never falls when an input
 * improves, and without rows the filled table is monotone by construction; with rows the check below decides.
 */
final class DecisionTableBuilder {

    /** Where problems go: a line of the file and a message naming the node. */
    interface Report {
        void problem(int line, String message);
    }

    /** How many combinations a message lists before saying how many more there are. */
    private static final int LISTED = 3;

    private final String node;
    private final int nodeLine;
    private final List<String> inputIds;
    private final List<Scale> inputs;
    private final Scale output;
    private final Report report;
    private final int[] sizes;
    private final int[] strides;
    private final long[] table;
    private final int[] rowLine;
    private final Set<Long> disagreements = new HashSet<>();
    private boolean failed;

    private DecisionTableBuilder(String node, int nodeLine, List<String> inputIds, List<Scale> inputs, Scale output,
            Report report, int rules) {
        this.node = node;
        this.nodeLine = nodeLine;
        this.inputIds = List.copyOf(inputIds);
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.report = report;
        this.sizes = inputs.stream().mapToInt(Scale::size).toArray();
        this.strides = new int[sizes.length];
        int stride = 1;
        for (int i = sizes.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= sizes[i];
        }
        this.table = new long[rules];
        this.rowLine = new int[rules];
    }

    /** A builder for a node over {@code inputs}, or null (with a problem reported) when the table is too large. */
    static DecisionTableBuilder of(String node, int nodeLine, List<String> inputIds, List<Scale> inputs, Scale output,
            Report report) {
        try {
            int rules = DexFunction.ruleCount(inputs.stream().map(Scale::size).toList());
            return new DecisionTableBuilder(node, nodeLine, inputIds, inputs, output, report, rules);
        } catch (IllegalArgumentException e) {
            report.problem(nodeLine, "node '" + node + "': " + e.getMessage() + "; split it into smaller nodes");
            return null;
        }
    }

    /**
     * One row: per input the ordinals it covers (a mask of the input's DEX scale), and the output ordinals.
     * Combinations already covered by an earlier row with another output are a disagreement.
     */
    void row(long[] cells, long outputMask, int line) {
        forEachCombination(cells, 0, 0, index -> {
            if (table[index] == 0) {
                table[index] = outputMask;
                rowLine[index] = line;
            } else if (table[index] != outputMask) {
                long pair = ((long) rowLine[index] << 32) | line;
                if (disagreements.add(pair)) {
                    failed = true;
                    report.problem(line, "node '" + node + "': the rows on lines " + rowLine[index] + " and " + line
                            + " disagree for " + combination(index) + ": " + outputText(table[index]) + " vs "
                            + outputText(outputMask) + "; rows may overlap only where they give the same value");
                }
            }
        });
    }

    /** Takes every rule of a table read from elsewhere (a DEXi model); its undefined rules count as uncovered. */
    void table(DexFunction function) {
        for (int index = 0; index < table.length; index++) {
            DexValue rule = function.rule(index);
            table[index] = rule.isUndefined() ? 0 : rule.mask();
        }
    }

    /** The output by number of favourable inputs ({@code byCount[c]}, each input's scale having two values). */
    void count(long[] byCount, int[] lineByCount) {
        for (int index = 0; index < table.length; index++) {
            int favourable = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (inputs.get(i).level(ordinal(index, i)) == 1) {
                    favourable++;
                }
            }
            table[index] = byCount[favourable];
            rowLine[index] = lineByCount[favourable];
        }
    }

    /** Fills every combination no row covers from the weights of the inputs, as the class comment explains. */
    void fillByWeights(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] s = new double[table.length];
        for (int index = 0; index < table.length; index++) {
            double sum = 0;
            for (int i = 0; i < sizes.length; i++) {
                sum += weights[i] * inputs.get(i).level(ordinal(index, i)) / (sizes[i] - 1);
            }
            s[index] = sum / total;
        }
        int top = output.size() - 1;
        double slope = top;
        double intercept = 0;
        double[] fit = fit(s);
        if (fit != null && fit[0] > 0) {
            slope = fit[0];
            intercept = fit[1];
        }
        for (int index = 0; index < table.length; index++) {
            if (table[index] == 0) {
                int level = (int) Math.floor(slope * s[index] + intercept + 0.5 + 1e-9);
                level = Math.max(0, Math.min(top, level));
                table[index] = 1L << output.ordinal(level);
            }
        }
    }

    /** Least squares {@code y = k·s + c} over the rows entered so far; null with fewer than two distinct s. */
    private double[] fit(double[] s) {
        double n = 0;
        double sumS = 0;
        double sumY = 0;
        Set<Double> distinct = new HashSet<>();
        for (int index = 0; index < table.length; index++) {
            if (table[index] != 0) {
                n++;
                sumS += s[index];
                sumY += (output.minLevel(table[index]) + output.maxLevel(table[index])) / 2.0;
                distinct.add(Math.round(s[index] * 1e9) / 1e9);
            }
        }
        if (distinct.size() < 2) {
            return null;
        }
        double meanS = sumS / n;
        double meanY = sumY / n;
        double sxy = 0;
        double sxx = 0;
        for (int index = 0; index < table.length; index++) {
            if (table[index] != 0) {
                double y = (output.minLevel(table[index]) + output.maxLevel(table[index])) / 2.0;
                sxy += (s[index] - meanS) * (y - meanY);
                sxx += (s[index] - meanS) * (s[index] - meanS);
            }
        }
        double slope = sxy / sxx;
        return new double[] {slope, meanY - slope * meanS};
    }

    /** Checks completeness and monotonicity; the table, or null when it has a problem. */
    DexFunction finish() {
        if (failed) {
            return null;
        }
        List<Integer> uncovered = new ArrayList<>();
        for (int index = 0; index < table.length; index++) {
            if (table[index] == 0) {
                uncovered.add(index);
            }
        }
        if (!uncovered.isEmpty()) {
            List<String> listed = uncovered.stream().limit(LISTED).map(this::combination).toList();
            report.problem(nodeLine, "node '" + node + "': no rule gives a value for " + String.join(", ", listed)
                    + (uncovered.size() > LISTED ? " (and " + (uncovered.size() - LISTED) + " more of "
                            + table.length + " combinations)" : "")
                    + "; cover every combination with rows ('*' and ranges help) or fill the rest from weights");
            return null;
        }
        if (!monotone()) {
            return null;
        }
        List<DexValue> rules = new ArrayList<>(table.length);
        for (long mask : table) {
            rules.add(DexValue.ofMask(mask));
        }
        return new DexFunction(inputs.stream().map(Scale::size).toList(), output.size(), rules, null);
    }

    /** Reports the first place where a better input gives a worse output, and how many such places there are. */
    private boolean monotone() {
        if (!output.isOrdered()) {
            return true;
        }
        int violations = 0;
        int firstWorse = -1;
        int firstBetter = -1;
        int firstInput = -1;
        for (int index = 0; index < table.length; index++) {
            for (int i = 0; i < sizes.length; i++) {
                Scale scale = inputs.get(i);
                int ordinal = ordinal(index, i);
                int level = scale.level(ordinal);
                if (!scale.isOrdered() || level + 1 >= sizes[i]) {
                    continue;
                }
                int better = index + (scale.ordinal(level + 1) - ordinal) * strides[i];
                if (output.minLevel(table[better]) < output.minLevel(table[index])
                        || output.maxLevel(table[better]) < output.maxLevel(table[index])) {
                    if (violations++ == 0) {
                        firstWorse = index;
                        firstBetter = better;
                        firstInput = i;
                    }
                }
            }
        }
        if (violations == 0) {
            return true;
        }
        int line = rowLine[firstBetter] > 0 ? rowLine[firstBetter] : nodeLine;
        String rows = rowLine[firstWorse] > 0 && rowLine[firstBetter] > 0 && rowLine[firstWorse] != line
                ? " (lines " + rowLine[firstWorse] + " and " + line + ")" : "";
        report.problem(line, "node '" + node + "': the table is not monotone: " + combination(firstWorse) + " gives "
                + outputText(table[firstWorse]) + ", but " + combination(firstBetter) + ", better in "
                + inputIds.get(firstInput) + ", gives the worse " + outputText(table[firstBetter]) + rows
                + (violations > 1 ? "; " + (violations - 1) + " more such pair(s)" : "")
                + "; a better input must never make the node worse");
        return false;
    }

    private interface IndexConsumer {
        void accept(int index);
    }

    private void forEachCombination(long[] cells, int depth, int base, IndexConsumer consumer) {
        long mask = cells[depth];
        while (mask != 0) {
            int index = base + Long.numberOfTrailingZeros(mask) * strides[depth];
            mask &= mask - 1;
            if (depth == cells.length - 1) {
                consumer.accept(index);
            } else {
                forEachCombination(cells, depth + 1, index, consumer);
            }
        }
    }

    private int ordinal(int index, int input) {
        return index / strides[input] % sizes[input];
    }

    /** {@code (users=low, organisation=medium)}. */
    private String combination(int index) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            Scale scale = inputs.get(i);
            parts.add(inputIds.get(i) + "=" + scale.valueId(scale.level(ordinal(index, i))));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private String outputText(long mask) {
        int low = output.minLevel(mask);
        int high = output.maxLevel(mask);
        return low == high ? output.valueId(low) : output.valueId(low) + ".." + output.valueId(high);
    }
}
