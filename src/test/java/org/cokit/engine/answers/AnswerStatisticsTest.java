package org.cokit.engine.answers;

import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.openAssessment;
import static org.cokit.TestData.submissionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnswerStatisticsTest {

    private static final String RESPONDENT2 = "respondent2@demo-city";

    @Inject
    AnswerStatistics statistics;

    @Inject
    org.cokit.TestData data;

    @Inject
    QuestionnaireRegistry questionnaires;

    @Test
    void distributionsAndDisagreementCountOnlySubmittedVisibleAnswers() {
        long assessment = openAssessment();
        answerAndSubmit(CITY_RESPONDENT, assessment, Map.of("many-users", "yes", "users-count", 10, "satisfaction", 1,
                "main-channel", "online", "other-channels", List.of("phone", "post"), "complaints", "Long queues"));
        answerAndSubmit(RESPONDENT2, assessment, Map.of("many-users", "no", "satisfaction", 5,
                "main-channel", "online", "other-channels", List.of("phone")));
        answerAndSubmit(CITY_COORDINATOR, assessment, Map.of("many-users", "n/a", "main-channel", "online"));
        // a draft does not count
        String drafter = data.newMember(CITY_COORDINATOR, org.cokit.TestData.PASSWORD, org.cokit.organisation.Role.RESPONDENT);
        long draft = submissionOf(drafter, assessment);
        AssessmentFlowTest.save(drafter, draft, Map.of("satisfaction", 3, "main-channel", "phone"), null).then()
                .statusCode(200);

        Map<String, QuestionStatistics> byId = byQuestion(assessment);
        QuestionStatistics manyUsers = byId.get("many-users");
        assertEquals(2, manyUsers.answered());
        assertEquals(1, manyUsers.notApplicable());
        assertEquals(Map.of("yes", 1, "no", 1), manyUsers.counts());
        assertEquals(1.0, manyUsers.disagreement(), 1e-9, "one yes, one no: evenly split");

        assertEquals(0.0, byId.get("main-channel").disagreement(), 1e-9, "all three said online");
        assertEquals(3, byId.get("main-channel").counts().get("online"));
        assertEquals(1.0, byId.get("satisfaction").disagreement(), 1e-9, "1 and 5: as far apart as the scale goes");
        assertEquals(2, byId.get("other-channels").counts().get("phone"));
        assertEquals(1, byId.get("other-channels").counts().get("post"));
        assertEquals(0, byId.get("other-channels").counts().get("online"));
        assertEquals(1, byId.get("users-count").answered(), "only the respondent who saw the question");
        assertNull(byId.get("users-count").disagreement());

        assertEquals("no", manyUsers.consensus(), "a yes needs a strict majority; n/a is left out");
        assertEquals("online", byId.get("main-channel").consensus());
        assertEquals("1", byId.get("satisfaction").consensus(), "the lower median of 1 and 5");
        assertEquals("phone", byId.get("other-channels").consensus(), "the options more than half chose");
        assertEquals("10", byId.get("users-count").consensus());
        assertNull(byId.get("complaints").consensus(), "free text has none");
    }

    @Test
    void theConsensusOfOrderedAnswersIsTheLowerMedianAndOfAChoiceTheOnlyMostFrequent() {
        var questionnaire = questionnaires.find("sample").orElseThrow();
        var scale = questionnaire.question("satisfaction").orElseThrow();
        assertEquals("3", AnswerStatistics.statisticsOf(scale, Map.of("2", 1, "3", 2, "5", 1)).consensus());
        assertEquals("4", AnswerStatistics.statisticsOf(scale, Map.of("4", 2, "5", 1)).consensus());
        var yesNo = questionnaire.question("many-users").orElseThrow();
        assertEquals("yes", AnswerStatistics.statisticsOf(yesNo, Map.of("yes", 2, "no", 1)).consensus());
        assertEquals("no", AnswerStatistics.statisticsOf(yesNo, Map.of("yes", 2, "no", 2)).consensus());
        assertEquals("n/a", AnswerStatistics.statisticsOf(yesNo, Map.of("n/a", 3)).consensus());
        assertNull(AnswerStatistics.statisticsOf(yesNo, Map.of()).consensus());
        var single = questionnaire.question("main-channel").orElseThrow();
        assertNull(AnswerStatistics.statisticsOf(single, Map.of("online", 1, "phone", 1)).consensus(), "a tie");
        assertEquals("phone", AnswerStatistics.statisticsOf(single, Map.of("online", 1, "phone", 2)).consensus());
    }

    @Test
    void aHiddenAnswerIsDroppedWhenTheSubmissionIsSubmitted() {
        long assessment = openAssessment();
        long submission = submissionOf(RESPONDENT2, assessment);
        AssessmentFlowTest.save(RESPONDENT2, submission, Map.of("many-users", "yes", "users-count", 99), null).then()
                .statusCode(200);
        AssessmentFlowTest.save(RESPONDENT2, submission, Map.of("many-users", "no"), null).then().statusCode(200);
        AssessmentFlowTest.as(RESPONDENT2).post("/api/submissions/" + submission + "/submit").then().statusCode(200)
                .body("answers.users-count", org.hamcrest.Matchers.nullValue());
        assertEquals(0, byQuestion(assessment).get("users-count").answered());
    }

    private void answerAndSubmit(String email, long assessment, Map<String, Object> answers) {
        long submission = submissionOf(email, assessment);
        AssessmentFlowTest.save(email, submission, answers, null).then().statusCode(200);
        AssessmentFlowTest.as(email).post("/api/submissions/" + submission + "/submit").then().statusCode(200);
    }

    @Transactional
    Map<String, QuestionStatistics> byQuestion(long assessmentId) {
        Assessment assessment = Assessment.findById(assessmentId);
        Map<String, QuestionStatistics> byId = new java.util.HashMap<>();
        statistics.of(assessment, questionnaires.find("sample", 2).orElseThrow())
                .forEach(s -> byId.put(s.questionId(), s));
        return byId;
    }
}
