package org.cokit.scoring.loading;

import static org.cokit.scoring.RuleSetFixtures.load;
import static org.cokit.scoring.RuleSetFixtures.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.cokit.engine.QuestionnaireFixtures;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.SourceFile;
import org.cokit.scoring.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** Golden-case files: what a malformed file and a failing case say, with file and line. */
class GoldenCasesReadingTest {

    private static final RuleSet DEX = load("sample-dex.yaml");

    private static List<String> run(String text) {
        return messages(GoldenCases.check(new SourceFile("scoring-rules/tests/sample-dex.yaml", text),
                id -> id.equals("sample-dex") ? Optional.of(DEX) : Optional.empty(),
                id -> Optional.of(QuestionnaireFixtures.sample())));
    }

    @Test
    void aFailingCaseSaysWhatItGotAndWhatItExpected() {
        assertEquals(List.of(
                "scoring-rules/tests/sample-dex.yaml:4: case 'wrong': users is high (score 100), expected medium",
                "scoring-rules/tests/sample-dex.yaml:5: case 'wrong': overall is [conditional, suitable] (score"
                        + " 80.56), expected suitable, score 100",
                "scoring-rules/tests/sample-dex.yaml:6: case 'wrong': 'hgh' is not a value of 'reach' (low, medium,"
                        + " high)",
                "scoring-rules/tests/sample-dex.yaml:7: case 'wrong': rule set 'sample-dex' has no node 'nothing'",
                "scoring-rules/tests/sample-dex.yaml:1: case 'wrong': recommends [], expected [secure-mandate]"),
                run("""
                        - name: wrong
                          answers: {many-users: yes, satisfaction: 5}
                          expect:
                            users: medium
                            overall: {value: suitable, score: 100}
                            reach: hgh
                            nothing: low
                          recommendations: [secure-mandate]
                        """));
    }

    @Test
    void answersAreCheckedAgainstTheQuestionnaire() {
        assertEquals(List.of(
                "scoring-rules/tests/sample-dex.yaml:2: case 'bad answers': the answer to 'many-users' must be yes or"
                        + " no",
                "scoring-rules/tests/sample-dex.yaml:2: case 'bad answers': the answer to 'colour' is not a question"
                        + " of questionnaire 'sample'"),
                run("""
                        - name: bad answers
                          answers: {many-users: maybe, colour: red}
                          expect: {users: low}
                        """));
    }

    @Test
    void aMalformedFileOrOneWithoutItsRuleSetIsNamed() {
        assertEquals(List.of("scoring-rules/tests/sample-dex.yaml:1: golden cases are a list of cases, each with a"
                + " name, answers and what to expect"), run("name: not a list\n"));
        assertEquals(List.of(
                "scoring-rules/tests/sample-dex.yaml:1: case 'one': needs 'answers' and 'expect' (or"
                        + " 'recommendations')",
                "scoring-rules/tests/sample-dex.yaml:5: case 'two': unknown field 'expected' (name, answers, expect,"
                        + " recommendations)",
                "scoring-rules/tests/sample-dex.yaml:7: case 'two': expect 'users' as a value, a list of values,"
                        + " {value: ..., score: ...} or null"),
                run("""
                        - name: one
                          answers: {}
                        - name: two
                          answers: {}
                          expected: {}
                          expect:
                            users: {level: 2}
                        """));
        assertEquals(List.of("scoring-rules/tests/other.yaml: there is no rule set 'other' for these golden cases;"
                + " the file is named after the rule set's id"), messages(GoldenCases.check(new SourceFile(
                        "scoring-rules/tests/other.yaml", "- {name: x, answers: {}, expect: {}}\n"),
                        id -> Optional.empty(), id -> Optional.empty())));
        assertThrows(DefinitionException.class, () -> GoldenCases.read(new SourceFile("t.yaml", "- [unclosed\n")));
    }
}
