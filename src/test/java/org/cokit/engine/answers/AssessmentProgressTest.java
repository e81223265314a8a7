package org.cokit.engine.answers;

import static org.cokit.TestData.REGION_COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.engine.ToolStep.StepStatus;
import org.junit.jupiter.api.Test;

/** Demo Region runs the sample tool only here, so its status is this test's own. */
@QuarkusTest
class AssessmentProgressTest {

    @Inject
    AssessmentProgress progress;

    @Inject
    TestData data;

    @Test
    void aToolIsInProgressWhileARoundRunsAndDoneWhenOnlyClosedOnesRemain() {
        long region = data.organisationIdOf(REGION_COORDINATOR);
        assertEquals(StepStatus.NOT_STARTED, progress.statusOf(region, SampleTool.ID));

        int round = AssessmentFlowTest.as(REGION_COORDINATOR).body(Map.of("tool", SampleTool.ID))
                .post("/api/assessments").then().statusCode(201).extract().path("id");
        assertEquals(StepStatus.IN_PROGRESS, progress.statusOf(region, SampleTool.ID), "a draft is under way");
        assertFalse(progress.hasOpen(region, SampleTool.ID));

        AssessmentFlowTest.as(REGION_COORDINATOR).post("/api/assessments/" + round + "/open").then().statusCode(200);
        assertTrue(progress.hasOpen(region, SampleTool.ID));

        AssessmentFlowTest.as(REGION_COORDINATOR).post("/api/assessments/" + round + "/close").then().statusCode(200)
                .body("status", equalTo("closed"));
        assertEquals(StepStatus.DONE, progress.statusOf(region, SampleTool.ID));
        assertFalse(progress.hasOpen(region, SampleTool.ID));
    }
}
