package org.cokit.engine.answers;

import java.time.Instant;

/** An assessment as the API shows it, with how many submissions it has and how many are submitted. */
public record AssessmentView(long id, String tool, Long subjectId, String title, String status,
        String questionnaireId, int questionnaireVersion, String ruleSetId, Integer ruleSetVersion, Instant createdAt,
        Instant openedAt, Instant closedAt, long submissions, long submitted) {

    public static AssessmentView of(Assessment a, SubmissionRepository.SubmissionCounts counts) {
        return new AssessmentView(a.id, a.tool, a.subjectId, a.title, a.status.name().toLowerCase(), a.questionnaireId,
                a.questionnaireVersion, a.ruleSetId, a.ruleSetVersion, a.createdAt, a.openedAt, a.closedAt,
                counts.all(), counts.submitted());
    }
}
