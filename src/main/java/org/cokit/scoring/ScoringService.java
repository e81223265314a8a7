package org.cokit.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.InvalidInputException;
import org.cokit.scoring.loading.RuleSetRegistry;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.ScoringAnswers;
import org.cokit.scoring.rules.ScoringResult;

/**
 * Scores one set of raw answers with a rule set of the registry ({@link ScoringAnswers} prepares them).
 */
@ApplicationScoped
public class ScoringService {

    private final RuleSetRegistry ruleSets;
    private final QuestionnaireRegistry questionnaires;

    public ScoringService(RuleSetRegistry ruleSets, QuestionnaireRegistry questionnaires) {
        this.ruleSets = ruleSets;
        this.questionnaires = questionnaires;
    }

    /**
     * The result of {@code answers} (question id to a raw answer: a string, boolean, number, or a list of option
     * ids) under the newest version of rule set {@code ruleSetId}; empty when there is no such rule set.
     *
     * @param explain whether to work out the explanation and the ±1 analysis
     * @throws InvalidInputException naming every answer that is not one its question accepts, or that answers no
     *                               question of the rule set's questionnaire (field {@code answers.<question-id>})
     */
    public Optional<ScoringResult> evaluate(String ruleSetId, Map<String, ?> answers, boolean explain) {
        Optional<RuleSet> found = ruleSets.find(ruleSetId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RuleSet ruleSet = found.get();
        Map<String, String> scored = ScoringAnswers.of(questionnaire(ruleSet), answers);
        return Optional.of(ruleSet.evaluate(scored, explain));
    }

    /** The questionnaire a rule set scores; the registry checked at startup that it exists. */
    public Questionnaire questionnaire(RuleSet ruleSet) {
        return questionnaires.find(ruleSet.questionnaire()).orElseThrow(() -> new IllegalStateException(
                "rule set '" + ruleSet.id() + "' scores questionnaire '" + ruleSet.questionnaire() + "', which is gone"));
    }
}
