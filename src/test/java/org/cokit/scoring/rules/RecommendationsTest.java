package org.cokit.scoring.rules;

import static org.cokit.scoring.RuleSetFixtures.answers;
import static org.cokit.scoring.RuleSetFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cokit.i18n.Language;
import org.junit.jupiter.api.Test;

/** Recommendations turn weak nodes into actions, when their condition certainly holds. */
class RecommendationsTest {

    private static final RuleSet DEX = load("sample-dex.yaml");

    private static List<String> actions(ScoringResult result) {
        return result.recommendations().stream().map(Action::id).toList();
    }

    @Test
    void weakNodesBringTheirActions() {
        ScoringResult result = DEX.evaluate(answers("many-users", "no", "satisfaction", "1", "main-channel", "phone"));
        assertEquals(List.of("know-your-users", "open-a-channel"), actions(result));
        Action action = result.recommendations().get(0);
        assertEquals("Saznajte tko koristi uslugu", action.title().in(Language.HR));
        assertEquals(Action.Effort.MEDIUM, action.effort());
        assertEquals("https://example.org/user-interviews", action.resources().get(0).url());
        assertEquals("En kort guide til interviews", action.resources().get(0).title().in(Language.DA));
    }

    @Test
    void aStrongResultBringsNone() {
        assertEquals(List.of(), actions(DEX.evaluate(answers("many-users", "yes", "satisfaction", "5",
                "main-channel", "online", "users-count", "200000"))));
    }

    @Test
    void aConditionThatUnknownAnswersLeaveOpenDoesNotApply() {
        // users may be low or high (satisfaction not applicable), so 'users <= low' is not certain.
        assertEquals(List.of(), actions(DEX.evaluate(answers("many-users", "yes", "satisfaction", "n/a",
                "main-channel", "online"))));
    }

    @Test
    void conditionsAreThreeValued() {
        ScoringValues values = new ScoringValues(2);
        values.set(0, 0, 2, 50);
        values.set(1, 1, 1, 50);
        LevelCondition.Truth unknown = LevelCondition.Truth.UNKNOWN;
        assertEquals(unknown, LevelCondition.compare("", 0, LevelCondition.Operator.LE, 1).test(values));
        assertEquals(LevelCondition.Truth.TRUE, LevelCondition.compare("", 0, LevelCondition.Operator.LE, 2)
                .test(values));
        assertEquals(LevelCondition.Truth.FALSE, LevelCondition.compare("", 0, LevelCondition.Operator.GT, 2)
                .test(values));
        LevelCondition open = LevelCondition.compare("", 0, LevelCondition.Operator.EQ, 1);
        LevelCondition yes = LevelCondition.compare("", 1, LevelCondition.Operator.EQ, 1);
        LevelCondition no = LevelCondition.compare("", 1, LevelCondition.Operator.NE, 1);
        assertEquals(unknown, LevelCondition.and("", open, yes).test(values));
        assertEquals(LevelCondition.Truth.FALSE, LevelCondition.and("", open, no).test(values));
        assertEquals(LevelCondition.Truth.TRUE, LevelCondition.or("", open, yes).test(values));
        assertEquals(unknown, LevelCondition.or("", open, no).test(values));
        assertEquals(unknown, LevelCondition.not("", open).test(values));
        values.unset(1);
        assertEquals(unknown, yes.test(values));
    }
}
