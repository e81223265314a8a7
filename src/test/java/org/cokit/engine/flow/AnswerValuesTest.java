package org.cokit.engine.flow;

import static org.cokit.engine.QuestionnaireFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.error.FieldError;
import org.junit.jupiter.api.Test;

/** Checking and normalising raw answers of every question type, and the values conditions see. */
class AnswerValuesTest {

    private static Question question(String id) {
        return sample().question(id).orElseThrow();
    }

    private static String valid(String questionId, Object raw) {
        AnswerValues.Checked checked = AnswerValues.check(question(questionId), raw);
        return assertInstanceOf(AnswerValues.Valid.class, checked, () -> "not valid: " + checked).value();
    }

    private static FieldError invalid(String questionId, Object raw) {
        AnswerValues.Checked checked = AnswerValues.check(question(questionId), raw);
        FieldError error = assertInstanceOf(AnswerValues.Invalid.class, checked, () -> "not invalid: " + checked)
                .error();
        assertEquals(questionId, error.field());
        return error;
    }

    @Test
    void yesNoBecomesYesOrNo() {
        assertEquals("yes", valid("many-users", "yes"));
        assertEquals("yes", valid("many-users", " YES "));
        assertEquals("no", valid("many-users", false));
        assertEquals("yes", valid("many-users", "true"));
        assertEquals("invalid-choice", invalid("many-users", "maybe").code());
    }

    @Test
    void scaleBecomesAPointFromOneToN() {
        assertEquals("3", valid("satisfaction", "3"));
        assertEquals("5", valid("satisfaction", 5));
        assertEquals("2", valid("satisfaction", "2.0"));
        FieldError tooHigh = invalid("satisfaction", "6");
        assertEquals("out-of-range", tooHigh.code());
        assertEquals("must be a whole number from 1 to 5", tooHigh.message());
        assertEquals(Map.of("min", 1, "max", 5), tooHigh.args());
        assertEquals("out-of-range", invalid("satisfaction", "0").code());
        assertEquals("out-of-range", invalid("satisfaction", "2.5").code());
        assertEquals("not-a-number", invalid("satisfaction", "good").code());
    }

    @Test
    void singleChoiceBecomesTheOptionId() {
        assertEquals("counter", valid("main-channel", "counter"));
        FieldError error = invalid("main-channel", "fax");
        assertEquals("invalid-choice", error.code());
        assertEquals("'fax' is not one of the choices", error.message());
        assertEquals("invalid-choice", invalid("main-channel", List.of("online", "phone")).code());
    }

    @Test
    void multiChoiceBecomesOptionIdsInDefinitionOrder() {
        assertEquals("online,phone,post", valid("other-channels", List.of("post", "online", "phone", "online")));
        assertEquals("counter,post", valid("other-channels", "post, counter"));
        assertEquals("online", valid("other-channels", new String[] {"online"}));
        assertEquals("invalid-choice", invalid("other-channels", List.of("online", "fax")).code());
        assertInstanceOf(AnswerValues.Blank.class, AnswerValues.check(question("other-channels"), List.of()));
        assertInstanceOf(AnswerValues.Blank.class, AnswerValues.check(question("other-channels"), " , "));
    }

    @Test
    void numberBecomesAPlainDecimalWithinMinAndMax() {
        assertEquals("1200", valid("users-count", "1200"));
        assertEquals("1200", valid("users-count", "1.2E3"));
        assertEquals("12.5", valid("users-count", "12.50"));
        assertEquals("0", valid("users-count", 0.0));
        assertEquals("7", valid("users-count", 7L));
        assertEquals("12.25", valid("users-count", new BigDecimal("12.250")));
        FieldError negative = invalid("users-count", "-1");
        assertEquals("out-of-range", negative.code());
        assertEquals("must be from 0 to 10000000", negative.message());
        assertEquals("out-of-range", invalid("users-count", "10000001").code());
        assertEquals("not-a-number", invalid("users-count", "many").code());
        assertEquals("not-a-number", invalid("users-count", "1,5").code());
        assertEquals("not-a-number", invalid("users-count", Double.NaN).code());
        assertEquals("out-of-range", invalid("users-count", "0.00000000001").code());
    }

    @Test
    void openNumbersCheckOnlyTheBoundTheyHave() {
        Question atLeastOne = number(BigDecimal.ONE, null);
        assertEquals("must be at least 1", message(AnswerValues.check(atLeastOne, "0")));
        assertEquals(Map.of("min", "1"), ((AnswerValues.Invalid) AnswerValues.check(atLeastOne, "0")).error().args());
        assertEquals(new AnswerValues.Valid("123456"), AnswerValues.check(atLeastOne, "123456"));
        Question atMostTen = number(null, BigDecimal.TEN);
        assertEquals(new AnswerValues.Valid("-5"), AnswerValues.check(atMostTen, "-5"));
        assertEquals("must be at most 10", message(AnswerValues.check(atMostTen, "11")));
    }

    private static Question number(BigDecimal min, BigDecimal max) {
        return new Question("n", QuestionType.NUMBER, LocalizedText.english("N"), null, false, false, List.of(),
                min, max, null, null, null);
    }

    private static String message(AnswerValues.Checked checked) {
        return assertInstanceOf(AnswerValues.Invalid.class, checked).error().message();
    }

    @Test
    void textKeepsWhatWasTypedUpToItsMaximumLength() {
        assertEquals("Mornings, 8 to 12", valid("phone-hours", "  Mornings, 8 to 12 "));
        assertEquals("x".repeat(50), valid("phone-hours", "x".repeat(50)));
        FieldError tooLong = invalid("phone-hours", "x".repeat(51));
        assertEquals("too-long", tooLong.code());
        assertEquals("must be at most 50 characters", tooLong.message());
        assertEquals("line one\nline two", valid("complaints", "line one\r\nline two"));
        assertEquals("too-long", invalid("complaints", "x".repeat(5001)).code());
        assertEquals("x".repeat(5000), valid("complaints", "x".repeat(5000)));
        // Characters outside the basic plane count once, as a person counts them.
        assertEquals("😀".repeat(50), valid("phone-hours", "😀".repeat(50)));
    }

    @Test
    void theDefaultMaximumOfAShortTextIs200() {
        Question text = new Question("t", QuestionType.TEXT, LocalizedText.english("T"), null, false, false,
                List.of(), null, null, null, null, null);
        assertInstanceOf(AnswerValues.Valid.class, AnswerValues.check(text, "x".repeat(200)));
        assertEquals("must be at most 200 characters", message(AnswerValues.check(text, "x".repeat(201))));
    }

    @Test
    void notApplicableOnlyWhereTheQuestionAllowsIt() {
        assertEquals("n/a", valid("many-users", "n/a"));
        assertEquals("n/a", valid("satisfaction", "N/A"));
        FieldError refused = invalid("main-channel", "n/a");
        assertEquals("not-applicable-not-allowed", refused.code());
        assertEquals("not-applicable-not-allowed", invalid("users-count", "n/a").code());
        assertEquals("not-applicable-not-allowed", invalid("other-channels", List.of("n/a")).code());
        // In a text that does not offer it, "n/a" is simply what someone typed.
        assertEquals("n/a", valid("phone-hours", "n/a"));
        assertTrue(AnswerValues.isNotApplicable(question("many-users"), "n/a"));
        assertFalse(AnswerValues.isNotApplicable(question("phone-hours"), "n/a"));
    }

    @Test
    void nothingGivenIsBlankNotAnError() {
        for (Object raw : new Object[] {null, "", "   ", List.of()}) {
            assertInstanceOf(AnswerValues.Blank.class, AnswerValues.check(question("many-users"), raw));
        }
    }

    @Test
    void conditionsSeeTypedValuesAndNothingForNotApplicable() {
        assertEquals(Optional.of("yes"), AnswerValues.forConditions(question("many-users"), "yes"));
        assertEquals(Optional.of(1200.0), AnswerValues.forConditions(question("users-count"), "1200"));
        assertEquals(Optional.of(4.0), AnswerValues.forConditions(question("satisfaction"), "4"));
        assertEquals(Optional.of("phone"), AnswerValues.forConditions(question("main-channel"), "phone"));
        assertEquals(Optional.of(List.of("online", "post")),
                AnswerValues.forConditions(question("other-channels"), "online,post"));
        assertEquals(Optional.of("Mornings"), AnswerValues.forConditions(question("phone-hours"), "Mornings"));
        assertEquals(Optional.empty(), AnswerValues.forConditions(question("many-users"), "n/a"));
        assertEquals(Optional.empty(), AnswerValues.forConditions(question("many-users"), null));
        assertEquals(Optional.empty(), AnswerValues.forConditions(question("main-channel"), "removed-option"));
    }
}
