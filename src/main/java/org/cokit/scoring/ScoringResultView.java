package org.cokit.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.i18n.Language;
import org.cokit.scoring.rules.Action;
import org.cokit.scoring.rules.Explanation;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.ScoringResult;

/**
 * A scoring result as the API shows it, with labels in one language: the root and every node by id, each with its
 * level (worst = 0; {@code levelMin}/{@code levelMax} for a range) and 0-100 score; the explanation; the actions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoringResultView(String ruleSet, int version, String language, NodeView root,
        Map<String, NodeView> nodes, ExplanationView explanation, List<ActionView> recommendations) {

    /** One node's value. Without a value (weighted, nothing answered under it) only id and name are given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeView(String id, String name, String value, List<String> values, String label, Integer level,
            Integer levelMin, Integer levelMax, Double score, String group) {

        static NodeView of(NodeResult node, Language language) {
            String name = node.attribute().name(language);
            if (!node.isKnown()) {
                return new NodeView(node.id(), name, null, null, null, null, null, null, null, null);
            }
            boolean single = node.isSingle();
            return new NodeView(node.id(), name, single ? node.values().get(0) : null, single ? null : node.values(),
                    node.label(language), single ? node.level() : null, single ? null : node.levelMin(),
                    single ? null : node.levelMax(), Math.round(node.score() * 100) / 100.0,
                    node.group().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Weak nodes with the answers that drove them, and the single changes that would raise or lower the root. */
    public record ExplanationView(List<WeakView> weak, List<ChangeView> raise, List<ChangeView> lower) {
    }

    public record WeakView(NodeView node, List<AnswerView> answers) {
    }

    /** An answer behind a weak node: the question, its text, the answer given and the input's value. */
    public record AnswerView(String question, String text, String answer, NodeView input) {
    }

    /** One input one step up or down: the answer that would do it (null when none maps exactly) and the root after. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeView(String question, String text, String answer, String newAnswer, NodeView input,
            NodeView newInput, NodeView newRoot, double change, boolean changesLevel) {
    }

    public record ActionView(String id, String title, String text, String effort, List<ResourceView> resources) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResourceView(String title, String url) {
    }

    public static ScoringResultView of(ScoringResult result, Questionnaire questionnaire, Language language) {
        Map<String, NodeView> nodes = new LinkedHashMap<>();
        for (NodeResult node : result.nodes()) {
            nodes.put(node.id(), NodeView.of(node, language));
        }
        ExplanationView explanation = result.explanation().map(e -> explanation(e, questionnaire, language))
                .orElse(null);
        List<ActionView> actions = result.recommendations().stream().map(a -> action(a, language)).toList();
        return new ScoringResultView(result.ruleSet().id(), result.ruleSet().version(), language.tag(),
                NodeView.of(result.root(), language), nodes, explanation, actions);
    }

    private static ExplanationView explanation(Explanation explanation, Questionnaire questionnaire,
            Language language) {
        List<WeakView> weak = explanation.weakNodes().stream().map(w -> new WeakView(NodeView.of(w.node(), language),
                w.drivers().stream().map(d -> new AnswerView(d.input().attribute().question(),
                        text(questionnaire, d.input().attribute().question(), language), d.answer(),
                        NodeView.of(d.input(), language))).toList())).toList();
        return new ExplanationView(weak, changes(explanation.raise(), questionnaire, language),
                changes(explanation.lower(), questionnaire, language));
    }

    private static List<ChangeView> changes(List<Explanation.Change> changes, Questionnaire questionnaire,
            Language language) {
        return changes.stream().map(c -> new ChangeView(c.input().attribute().question(),
                text(questionnaire, c.input().attribute().question(), language), c.answer(), c.answerAfter(),
                NodeView.of(c.input(), language), NodeView.of(c.inputAfter(), language),
                NodeView.of(c.rootAfter(), language), Math.round(c.gain() * 100) / 100.0, c.changesLevel()))
                .toList();
    }

    private static String text(Questionnaire questionnaire, String questionId, Language language) {
        return questionnaire.question(questionId).map(Question::text).map(t -> t.in(language)).orElse(questionId);
    }

    private static ActionView action(Action action, Language language) {
        return new ActionView(action.id(), action.title().in(language), action.text().in(language),
                action.effort() == null ? null : action.effort().id(), action.resources().stream()
                        .map(r -> new ResourceView(r.title().in(language), r.url())).toList());
    }
}
