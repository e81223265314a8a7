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
