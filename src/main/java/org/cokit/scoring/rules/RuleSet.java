package org.cokit.scoring.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.scoring.dex.DexModel;

/**
 * One version of a rule set as its YAML file defines it: how the answers to one questionnaire become values of
 * inputs, how nodes aggregate them (DEX decision tables or weighted points), and which recommendations follow.
 * Immutable and safe to share between threads; {@link #evaluate} is a pure function of the answers.
 */
public final class RuleSet {

    /** What identifies a rule set and what it scores; {@code source} names its file. */
    public record Info(String id, int version, String questionnaire, LocalizedText title, String source) {

        public Info {
            Objects.requireNonNull(id);
            Objects.requireNonNull(questionnaire);
            title = title == null ? LocalizedText.NONE : title;
        }
    }

    private final Info info;
    private final RuleSetKind kind;
    private final List<Attribute> attributes;
    private final Map<String, Integer> index;
    private final int root;
    private final List<Recommendation> recommendations;
    private final DexModel dexModel;
    private final RuleSetEvaluator<?> evaluator;

    private RuleSet(Info info, RuleSetKind kind, List<Attribute> attributes, String root,
            List<Recommendation> recommendations, DexModel dexModel,
            java.util.function.Function<RuleSet, RuleSetEvaluator<?>> evaluator) {
        this.info = Objects.requireNonNull(info);
        this.kind = kind;
        this.attributes = List.copyOf(attributes);
        this.index = new HashMap<>();
        for (int a = 0; a < this.attributes.size(); a++) {
            if (index.put(this.attributes.get(a).id(), a) != null) {
                throw new IllegalArgumentException("two attributes have the id '" + this.attributes.get(a).id() + "'");
            }
        }
        Integer rootIndex = index.get(root);
        if (rootIndex == null || this.attributes.get(rootIndex).isInput()) {
            throw new IllegalArgumentException("the root '" + root + "' is not a node of the rule set");
        }
        this.root = rootIndex;
        this.recommendations = List.copyOf(recommendations);
        this.dexModel = dexModel;
        this.evaluator = evaluator.apply(this);
    }

    /**
     * A DEX rule set: {@code model}'s attributes carry the ids of {@code attributes}, each of {@code inputs} maps a
     * question's answers onto one of the model's basic attributes.
     */
    public static RuleSet dex(Info info, List<Attribute> attributes, String root, DexModel model,
            List<DexInput> inputs, List<Recommendation> recommendations) {
        return new RuleSet(info, RuleSetKind.DEX, attributes, root, recommendations, model,
                ruleSet -> new DexRuleSetEvaluator(ruleSet, model, inputs));
    }

    /** A weighted rule set: points per answer, aggregated by the nodes, banded. */
    public static RuleSet weighted(Info info, List<Attribute> attributes, String root, List<WeightedInput> inputs,
            List<WeightedNode> nodes, List<Recommendation> recommendations) {
        return new RuleSet(info, RuleSetKind.WEIGHTED, attributes, root, recommendations, null,
                ruleSet -> new WeightedEvaluator(ruleSet, inputs, nodes));
    }

    public Info info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    public int version() {
        return info.version();
    }

    /** The id of the questionnaire whose answers this rule set scores. */
    public String questionnaire() {
        return info.questionnaire();
    }

    public RuleSetKind kind() {
        return kind;
    }

    /** Inputs and nodes, in the order of the file (for a DEXi model: its inputs as mapped, then its nodes). */
    public List<Attribute> attributes() {
        return attributes;
    }

    public Optional<Attribute> attribute(String id) {
        Integer a = index.get(id);
        return a == null ? Optional.empty() : Optional.of(attributes.get(a));
    }

    /** The position of attribute {@code id} in {@link #attributes()}; throws when there is none. */
    public int indexOf(String id) {
        Integer a = index.get(id);
        if (a == null) {
            throw new IllegalArgumentException("rule set '" + id() + "' has no node or input '" + id + "'");
        }
        return a;
    }

    public Attribute root() {
        return attributes.get(root);
    }

    int rootIndex() {
        return root;
    }

    public List<Recommendation> recommendations() {
        return recommendations;
    }

    /** The DEX model of a DEX rule set. */
    public Optional<DexModel> dexModel() {
        return Optional.ofNullable(dexModel);
    }

    /** The evaluator behind {@link #evaluate}, for the benchmarks that measure it alone. */
    RuleSetEvaluator<?> evaluator() {
        return evaluator;
    }

    /** Scores answers without an explanation: the fast path. */
    public ScoringResult evaluate(Map<String, String> answers) {
        return evaluator.evaluate(this, answers, false);
    }

    /**
     * Scores one set of answers.
     *
     * @param answers question id to the stored (canonical) answer, as {@code AnswerValues} makes it; a missing
     *                question and {@code n/a} are not known: DEX takes every value of the input's scale, weighted
     *                leaves the input out of the denominator
     * @param explain whether to work out the explanation and the ±1 analysis, which evaluates again per input
     * @throws IllegalArgumentException for an answer the rule set cannot map (not a valid answer of its question)
     */
    public ScoringResult evaluate(Map<String, String> answers, boolean explain) {
        return evaluator.evaluate(this, answers, explain);
    }

    /**
     * A result made of values computed earlier (a stored result), with its recommendations but no explanation, for
     * when the rule set would now compute other values from the same answers.
     */
    public ScoringResult restore(ScoringValues values, Map<String, String> answers) {
        return new ScoringResult(this, values, answers, null);
    }

    @Override
    public String toString() {
        return "RuleSet[" + id() + " v" + version() + ", " + kind.id() + "]";
    }
}
