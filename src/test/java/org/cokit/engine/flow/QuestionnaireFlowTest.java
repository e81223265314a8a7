package org.cokit.engine.flow;

import static org.cokit.engine.QuestionnaireFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Question;
import org.junit.jupiter.api.Test;

/** Visibility, required-now, progress and hidden answers, on the sample questionnaire's conditions. */
class QuestionnaireFlowTest {

    private static QuestionnaireFlow flow(Map<String, String> answers) {
        return QuestionnaireFlow.of(sample(), answers);
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    @Test
    void withoutAnswersConditionalQuestionsAreHidden() {
        QuestionnaireFlow flow = flow(Map.of());
        assertEquals(List.of("many-users", "satisfaction", "main-channel", "other-channels", "complaints"),
                ids(flow.visible()));
        assertEquals(List.of("many-users"), ids(flow.requiredNow()));
        assertEquals(List.of("many-users"), ids(flow.unansweredRequired()));
        assertFalse(flow.isComplete());
        assertEquals(new QuestionnaireFlow.Progress(0, 5), flow.progress());
        assertEquals(0, flow.progress().percent());
    }

    @Test
    void showIfShowsAQuestionAndRequiredIfMakesItRequired() {
        QuestionnaireFlow flow = flow(Map.of("many-users", "yes"));
        assertTrue(flow.isVisible("users-count"));
        assertTrue(flow.isRequired("users-count"));
        assertEquals(List.of("users-count"), ids(flow.unansweredRequired()));

        QuestionnaireFlow answered = flow(Map.of("many-users", "yes", "users-count", "1200"));
        assertTrue(answered.isComplete());
        assertEquals(new QuestionnaireFlow.Progress(2, 6), answered.progress());
        assertEquals(33, answered.progress().percent());
    }

    @Test
    void conditionsOverMultiAndSingleAnswers() {
        assertTrue(flow(Map.of("other-channels", "online,phone")).isVisible("phone-hours"));
        assertTrue(flow(Map.of("main-channel", "phone")).isVisible("phone-hours"));
        assertFalse(flow(Map.of("main-channel", "online", "other-channels", "post")).isVisible("phone-hours"));
    }

    @Test
    void requiredIfOverAScaleAnswer() {
        assertTrue(flow(Map.of("satisfaction", "2")).isRequired("complaints"));
        assertFalse(flow(Map.of("satisfaction", "3")).isRequired("complaints"));
        // "Not applicable" leaves the question out of what conditions see.
        assertFalse(flow(Map.of("satisfaction", "n/a")).isRequired("complaints"));
        assertTrue(flow(Map.of("satisfaction", "1")).isVisible("complaints"));
    }

    @Test
    void answersToHiddenQuestionsAreIgnored() {
        // users-count was answered while many-users was yes; the respondent then changed many-users to no.
        Map<String, String> stored = Map.of("many-users", "no", "users-count", "1200", "unknown", "x");
        QuestionnaireFlow flow = flow(stored);
        assertFalse(flow.isVisible("users-count"));
        assertEquals(Map.of("many-users", "no"), flow.answers());
        assertEquals(Map.of("many-users", "no"), flow.answersToScore());
        assertEquals(new QuestionnaireFlow.Progress(1, 5), flow.progress());
        assertTrue(flow.isComplete());
    }

    @Test
    void hiddenAnswersDoNotDriveLaterConditions() {
        // phone-hours is hidden, so its answer cannot count; main-channel "phone" shows it again.
        QuestionnaireFlow flow = flow(Map.of("main-channel", "online", "phone-hours", "Mornings"));
        assertFalse(flow.answers().containsKey("phone-hours"));
        assertTrue(flow(Map.of("main-channel", "phone", "phone-hours", "Mornings")).answers()
                .containsKey("phone-hours"));
    }

    @Test
    void notApplicableCountsAsAnsweredButIsNotScored() {
        QuestionnaireFlow flow = flow(Map.of("many-users", "n/a", "satisfaction", "4"));
        assertTrue(flow.isComplete());
        assertFalse(flow.isVisible("users-count"));
        assertEquals(Map.of("many-users", "n/a", "satisfaction", "4"), flow.answers());
        assertEquals(Map.of("satisfaction", "4"), flow.answersToScore());
        assertEquals(new QuestionnaireFlow.Progress(2, 5), flow.progress());
    }

    @Test
    void everythingAnsweredIsAHundredPercent() {
        QuestionnaireFlow flow = flow(Map.of("many-users", "yes", "users-count", "10", "satisfaction", "1",
                "main-channel", "phone", "other-channels", "post", "phone-hours", "Always", "complaints", "None"));
        assertEquals(7, flow.visible().size());
        assertEquals(100, flow.progress().percent());
        assertEquals(List.of("many-users", "users-count", "complaints"), ids(flow.requiredNow()));
        assertTrue(flow.isComplete());
        assertEquals(List.of("many-users", "users-count", "satisfaction", "main-channel", "other-channels",
                "phone-hours", "complaints"), List.copyOf(flow.answersToScore().keySet()));
    }

    @Test
    void blankStoredValuesAreUnanswered() {
        QuestionnaireFlow flow = flow(Map.of("many-users", " "));
        assertEquals(List.of("many-users"), ids(flow.unansweredRequired()));
        assertEquals(0, flow.progress().answered());
    }
}
