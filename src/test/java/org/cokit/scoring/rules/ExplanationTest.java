package org.cokit.scoring.rules;

import static org.cokit.scoring.RuleSetFixtures.answers;
import static org.cokit.scoring.RuleSetFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Selective explanation (weak nodes and the answers behind them) and the ±1 analysis, for both kinds. */
class ExplanationTest {

    private static final RuleSet DEX = load("sample-dex.yaml");
    private static final RuleSet WEIGHTED = load("sample-weighted.yaml");

    private static List<String> weak(Explanation explanation) {
        return explanation.weakNodes().stream().map(w -> w.node().id() + " <- " + w.drivers().stream()
                .map(d -> d.input().id() + "=" + d.answer()).toList()).toList();
    }

    private static List<String> changes(List<Explanation.Change> changes) {
        return changes.stream().map(c -> c.input().id() + " " + c.answer() + "->" + c.answerAfter() + ": "
                + c.rootBefore().values() + "->" + c.rootAfter().values()).toList();
    }

    @Test
    void noExplanationUnlessAskedFor() {
        assertTrue(DEX.evaluate(answers("many-users", "no")).explanation().isEmpty());
    }

    @Test
    void weakNodesComeWithTheWeakAnswersUnderThem() {
        Explanation explanation = DEX.evaluate(answers("many-users", "no", "satisfaction", "1", "main-channel",
                "phone"), true).explanation().orElseThrow();
        // The root may be unsuitable or conditional (users-count unknown): not certainly weak, so not listed.
        assertEquals(List.of("users <- [many-users=no, satisfaction=1]", "reach <- [many-users=no, online-first=phone]"),
                weak(explanation));
    }

    @Test
    void theWhatIfListsEachSingleStepThatMovesTheRoot() {
        Explanation explanation = DEX.evaluate(answers("many-users", "yes", "satisfaction", "3", "main-channel",
                "counter", "users-count", "500"), true).explanation().orElseThrow();
        assertEquals(List.of(
                "online-first counter->online: [conditional]->[suitable]",
                "user-base 500->1000: [conditional]->[suitable]",
                "satisfaction 3->4: [conditional]->[conditional]"), changes(explanation.raise()),
                "value-changing steps first, then those that raise the score within the value");
        assertEquals(List.of(
                "many-users yes->no: [conditional]->[unsuitable]",
                "satisfaction 3->1: [conditional]->[unsuitable]"), changes(explanation.lower()));
        Explanation.Change first = explanation.raise().get(0);
        assertEquals(List.of("yes"), first.inputAfter().values());
        assertEquals(100 * (2 + (2.75 / 3 + 1 + 0) / 3) / 3 - first.rootBefore().score(), first.gain(), 1e-9);
        assertTrue(first.changesLevel());
    }

    @Test
    void weightedResultsAreExplainedTheSameWay() {
        Explanation explanation = WEIGHTED.evaluate(answers("many-users", "yes", "satisfaction", "2", "users-count",
                "5000", "main-channel", "online", "other-channels", "post"), true).explanation().orElseThrow();
        assertEquals(List.of("overall <- [satisfaction=2, channels=post]"), weak(explanation));
        assertEquals(List.of(
                "user-base 5000->100000: [not-ready]->[ready]",
                "satisfaction 2->3: [not-ready]->[ready]"), changes(explanation.raise()));
        assertEquals(12.5, explanation.raise().get(0).gain(), 1e-9);
        assertEquals(List.of(
                "many-users yes->no: [not-ready]->[not-ready]",
                "user-base 5000->0: [not-ready]->[not-ready]",
                "satisfaction 2->1: [not-ready]->[not-ready]",
                "online-first online->counter: [not-ready]->[not-ready]"), changes(explanation.lower()));
    }
}
