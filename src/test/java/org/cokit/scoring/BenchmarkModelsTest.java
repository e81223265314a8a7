package org.cokit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.ScoringResult;
import org.junit.jupiter.api.Test;

/** The benchmarks' 80-question model loads and scores, so that the benchmarks (src/jmh) keep working. */
class BenchmarkModelsTest {

    @Test
    void bothRuleSetsOfTheEightyQuestionModelScore() {
        Questionnaire questionnaire = BenchmarkModels.questionnaire();
        assertEquals(80, questionnaire.questions().size());
        RuleSet dex = BenchmarkModels.dex(questionnaire);
        RuleSet weighted = BenchmarkModels.weighted(questionnaire);
        assertEquals(80 + 16 + 4 + 1, dex.attributes().size());
        Map<String, String> answers = BenchmarkModels.answers(1, 0, 1).get(0);
        answers.replaceAll((id, answer) -> answer.equals("no") ? "yes" : answer.equals("yes") ? answer : "3");
        ScoringResult best = dex.evaluate(answers);
        assertEquals(2, best.root().level());
        assertEquals(100.0, weighted.evaluate(answers).root().score(), 1e-9);
        ScoringResult unknown = dex.evaluate(BenchmarkModels.answers(1, 1, 1).get(0));
        assertEquals(0, unknown.root().levelMin());
        assertEquals(2, unknown.root().levelMax());
        assertTrue(weighted.evaluate(BenchmarkModels.answers(1, 1, 1).get(0)).root().values().isEmpty());
    }
}
