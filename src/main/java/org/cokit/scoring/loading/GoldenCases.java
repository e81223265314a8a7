package org.cokit.scoring.loading;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.SourceFile;
import org.cokit.engine.loading.YamlTree;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.scoring.rules.Action;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.ScoringAnswers;
import org.cokit.scoring.rules.ScoringResult;

/**
 * The golden cases of one rule set ({@code scoring-rules/tests/<rule-set-id>.yaml}): answers and the results they
 * must give. The test suite and the authors' command run them for every rule set.
 *
 * <pre>
 * - name: every favourable answer
 *   answers: {many-users: yes, satisfaction: 5}
 *   expect:
 *     overall: suitable                  # one value
 *     user-base: [low, medium, high]     # a range: every value from the lowest to the highest
 *     users: {value: fair, score: 58.33} # the score too (to 0.01)
 *     spare: null                        # no value (weighted, nothing answered under it)
 *   recommendations: [know-your-users]   # optional: exactly these actions, in order
 * </pre>
 * Answers are checked against the questionnaire and scored as the flow would score them, like the API does.
 */
public final class GoldenCases {

    /** The sub-folder of a rule-set folder that holds the golden cases. */
    public static final String FOLDER = "tests";

    private static final double SCORE_TOLERANCE = 0.01;
    private static final Set<String> CASE_FIELDS = Set.of("name", "answers", "expect", "recommendations");

    /** One case: the answers and what they must give, with the line it starts on. */
    public record Case(String name, int line, Map<String, Object> answers, Map<String, Integer> answerLines,
            List<Expectation> expect, List<String> recommendations) {
    }

    /**
     * What one node must be: its values from lowest to highest (null: not checked; empty: no value) and its score
     * (null: not checked).
     */
    public record Expectation(String node, int line, List<String> values, Double score) {
    }

    private final SourceFile file;
    private final List<Case> cases;

    private GoldenCases(SourceFile file, List<Case> cases) {
        this.file = file;
        this.cases = List.copyOf(cases);
    }

    /**
     * Reads a file of golden cases.
     *
     * @throws DefinitionException naming every place where the file is not a list of cases as above
     */
    public static GoldenCases read(SourceFile file) {
        YamlTree tree = YamlTree.parse(file.name(), file.content());
        List<Problem> problems = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        JsonNode root = tree.root();
        if (!root.isArray() || root.isEmpty()) {
            throw new DefinitionException(List.of(new Problem(file.name(), 1, "golden cases are a list of cases,"
                    + " each with a name, answers and what to expect")));
        }
        for (int c = 0; c < root.size(); c++) {
            String pointer = YamlTree.child("", c);
            JsonNode node = root.path(c);
            String name = node.path("name").isTextual() ? node.path("name").asText() : "#" + (c + 1);
            String where = "case '" + name + "': ";
            if (!node.isObject() || !node.path("answers").isObject()
                    || !node.path("expect").isObject() && !node.path("recommendations").isArray()) {
                problems.add(new Problem(file.name(), tree.line(pointer), where + "needs 'answers' and 'expect' (or"
                        + " 'recommendations')"));
                continue;
            }
            node.fieldNames().forEachRemaining(field -> {
                if (!CASE_FIELDS.contains(field)) {
                    problems.add(new Problem(file.name(), tree.line(YamlTree.child(pointer, field)), where
                            + "unknown field '" + field + "' (name, answers, expect, recommendations)"));
                }
            });
            Map<String, Object> answers = new LinkedHashMap<>();
            Map<String, Integer> answerLines = new LinkedHashMap<>();
            node.path("answers").fields().forEachRemaining(e -> {
                answers.put(e.getKey(), raw(e.getValue()));
                answerLines.put(e.getKey(), tree.line(YamlTree.child(pointer + "/answers", e.getKey())));
            });
            List<Expectation> expect = new ArrayList<>();
            node.path("expect").fields().forEachRemaining(e -> {
                int line = tree.line(YamlTree.child(pointer + "/expect", e.getKey()));
                Expectation expectation = expectation(e.getKey(), line, e.getValue());
                if (expectation == null) {
                    problems.add(new Problem(file.name(), line, where + "expect '" + e.getKey() + "' as a value, a"
                            + " list of values, {value: ..., score: ...} or null"));
                } else {
                    expect.add(expectation);
                }
            });
            List<String> recommendations = null;
            if (node.has("recommendations")) {
                recommendations = new ArrayList<>();
                for (JsonNode id : node.path("recommendations")) {
                    recommendations.add(id.asText());
                }
            }
            cases.add(new Case(name, tree.line(pointer), answers, answerLines, expect, recommendations));
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return new GoldenCases(file, cases);
    }

    private static Expectation expectation(String node, int line, JsonNode value) {
        if (value.isNull()) {
            return new Expectation(node, line, List.of(), null);
        }
        if (value.isValueNode()) {
            return new Expectation(node, line, List.of(value.asText()), null);
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(v -> values.add(v.asText()));
            return values.isEmpty() ? null : new Expectation(node, line, values, null);
        }
        JsonNode single = value.path("value");
        JsonNode score = value.path("score");
        int known = (value.has("value") ? 1 : 0) + (value.has("score") ? 1 : 0);
        if (known == 0 || known != value.size()
                || !single.isMissingNode() && !single.isValueNode() && !single.isArray()
                || !score.isMissingNode() && !score.isNumber()) {
            return null;
        }
        List<String> values = null;
        if (single.isArray()) {
            values = new ArrayList<>();
            for (JsonNode v : single) {
                values.add(v.asText());
            }
        } else if (single.isValueNode()) {
            values = single.isNull() ? List.of() : List.of(single.asText());
        }
        return new Expectation(node, line, values, score.isNumber() ? score.doubleValue() : null);
    }

    /** The answer as a raw value: text, number, boolean, or a list of option ids. */
    private static Object raw(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return items;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isNull() ? null : value.asText();
    }

    /**
     * Reads {@code golden} and runs it against the rule set it is named after; every problem: a malformed file,
     * no such rule set, or failing cases.
     *
     * @param ruleSets the newest rule set with an id
     * @param questionnaires the newest questionnaire with an id
     */
    public static List<Problem> check(SourceFile golden, Function<String, Optional<RuleSet>> ruleSets,
            Function<String, Optional<Questionnaire>> questionnaires) {
        GoldenCases cases;
        try {
            cases = read(golden);
        } catch (DefinitionException e) {
            return e.problems();
        }
        Optional<RuleSet> ruleSet = ruleSets.apply(cases.ruleSetId());
        if (ruleSet.isEmpty()) {
            return List.of(new Problem(golden.name(), 0, "there is no rule set '" + cases.ruleSetId() + "' for these"
                    + " golden cases; the file is named after the rule set's id"));
        }
        Optional<Questionnaire> questionnaire = questionnaires.apply(ruleSet.get().questionnaire());
        if (questionnaire.isEmpty()) {
            return List.of(new Problem(golden.name(), 0, "questionnaire '" + ruleSet.get().questionnaire()
                    + "' of rule set '" + cases.ruleSetId() + "' is not there"));
        }
        return cases.run(ruleSet.get(), questionnaire.get());
    }

    /** The id of the rule set the file is for: its name without {@code .yaml}. */
    public String ruleSetId() {
        String name = file.fileName();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    public SourceFile file() {
        return file;
    }

    public List<Case> cases() {
        return cases;
    }

    /** Runs every case; the failures, each with the file and the line of what failed. Empty when all pass. */
    public List<Problem> run(RuleSet ruleSet, Questionnaire questionnaire) {
        List<Problem> failures = new ArrayList<>();
        for (Case c : cases) {
            failures.addAll(run(c, ruleSet, questionnaire));
        }
        return failures;
    }

    /** Runs one case. */
    public List<Problem> run(Case c, RuleSet ruleSet, Questionnaire questionnaire) {
        List<Problem> failures = new ArrayList<>();
        String where = "case '" + c.name() + "': ";
        ScoringResult result;
        try {
            result = ruleSet.evaluate(ScoringAnswers.of(questionnaire, c.answers()));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String question = error.field().substring("answers.".length());
                failures.add(new Problem(file.name(), c.answerLines().getOrDefault(question, c.line()), where
                        + "the answer to '" + question + "' " + error.message()));
            }
            return failures;
        }
        for (Expectation expected : c.expect()) {
            Optional<Attribute> attribute = ruleSet.attribute(expected.node());
            if (attribute.isEmpty()) {
                failures.add(new Problem(file.name(), expected.line(), where + "rule set '" + ruleSet.id()
                        + "' has no node '" + expected.node() + "'"));
                continue;
            }
            if (expected.values() != null) {
                List<String> unknown = expected.values().stream()
                        .filter(v -> attribute.get().scale().levelOf(v) < 0).toList();
                if (!unknown.isEmpty()) {
                    failures.add(new Problem(file.name(), expected.line(), where + "'" + String.join("', '", unknown)
                            + "' is not a value of '" + expected.node() + "' (" + String.join(", ",
                                    attribute.get().scale().valueIds()) + ")"));
                    continue;
                }
            }
            NodeResult actual = result.result(expected.node());
            boolean valuesMatch = expected.values() == null || expected.values().equals(actual.values());
            boolean scoreMatches = expected.score() == null
                    || actual.isKnown() && Math.abs(actual.score() - expected.score()) <= SCORE_TOLERANCE;
            if (!valuesMatch || !scoreMatches) {
                failures.add(new Problem(file.name(), expected.line(), where + expected.node() + " is "
                        + describe(actual) + ", expected " + describe(expected)));
            }
        }
        if (c.recommendations() != null) {
            List<String> actions = result.recommendations().stream().map(Action::id).toList();
            if (!actions.equals(c.recommendations())) {
                failures.add(new Problem(file.name(), c.line(), where + "recommends " + actions + ", expected "
                        + c.recommendations()));
            }
        }
        return failures;
    }

    private static String describe(NodeResult node) {
        if (!node.isKnown()) {
            return "without a value";
        }
        String values = node.isSingle() ? node.values().get(0) : node.values().toString();
        return values + " (score " + score(node.score()) + ")";
    }

    private static String describe(Expectation expected) {
        List<String> parts = new ArrayList<>();
        if (expected.values() != null) {
            parts.add(expected.values().isEmpty() ? "no value" : expected.values().size() == 1
                    ? expected.values().get(0) : expected.values().toString());
        }
        if (expected.score() != null) {
            parts.add("score " + score(expected.score()));
        }
        return String.join(", ", parts);
    }

    private static String score(double score) {
        return new BigDecimal(score).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }
}
