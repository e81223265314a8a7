package org.cokit.engine.answers;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Submissions, scoped through their assessment's organisation. */
@ApplicationScoped
public class SubmissionRepository extends OrganisationOwnedRepository<Submission> {

    public SubmissionRepository() {
        super(Submission.class, "assessment.organisation");
    }

    public Optional<Submission> findOf(long organisationId, long assessmentId, long memberId) {
        return list(organisationId, "e.assessment.id = :assessment and e.member.id = :member", null,
                Parameters.with("assessment", assessmentId).and("member", memberId)).stream().findFirst();
    }

    public List<Submission> listOf(long organisationId, long assessmentId) {
        return list(organisationId, "e.assessment.id = :assessment", null, Parameters.with("assessment", assessmentId));
    }

    /** How many submissions each assessment has, and how many of them are submitted: one query for all. */
    public java.util.Map<Long, SubmissionCounts> countsByAssessment(java.util.Collection<Long> assessmentIds) {
        java.util.Map<Long, SubmissionCounts> counts = new java.util.HashMap<>();
        if (assessmentIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = entityManager.createQuery("select s.assessment.id, count(s), sum(case when s.status = "
                + ":submitted then 1 else 0 end) from Submission s where s.assessment.id in :ids group by s.assessment.id",
                Object[].class).setParameter("submitted", SubmissionStatus.SUBMITTED)
                .setParameter("ids", assessmentIds).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], new SubmissionCounts(((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** Submissions of one assessment: all of them, and those submitted. */
    public record SubmissionCounts(long all, long submitted) {
        public static final SubmissionCounts NONE = new SubmissionCounts(0, 0);
    }

    /**
     * Moves the submission to the next version if it is still at {@code expected}; false when another save got there
     * first. The row lock this takes also queues concurrent savers, so exactly one of them wins each version.
     */
    public boolean bumpVersion(long submissionId, long expected, java.time.Instant now) {
        return Submission.update("version = version + 1, updatedAt = ?1 where id = ?2 and version = ?3", now,
                submissionId, expected) == 1;
    }
}
