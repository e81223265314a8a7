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

    /**
     * An anonymous submission by id, for a request its resume token was checked for ({@link AnonymousAccess}):
     * the token, not a signed-in member, scopes it.
     */
    Optional<Submission> findAnonymous(long submissionId) {
        return Optional.ofNullable(entityManager.find(Submission.class, submissionId)).filter(s -> s.member == null);
    }

    /** A submission of the organisation with its assessment, which every use of a submission reads. */
    public Optional<Submission> findWithAssessment(long organisationId, long submissionId) {
        return find(organisationId, submissionId, "join fetch e.assessment");
    }

    public Optional<Submission> findOf(long organisationId, long assessmentId, long memberId) {
        return list(organisationId, "e.assessment.id = :assessment and e.member.id = :member", null,
                Parameters.with("assessment", assessmentId).and("member", memberId)).stream().findFirst();
    }

    /** One member's submissions in the organisation, one per assessment at most. */
    public List<Submission> listOfMember(long organisationId, long memberId) {
        return list(organisationId, "e.member.id = :member", null, Parameters.with("member", memberId));
    }

    /**
     * Who answers each of the assessments: the respondent's display name and where their submission stands, never
     * their answers. One query for all the assessments.
     */
    public java.util.Map<Long, List<ParticipantView>> participantsOf(long organisationId,
            java.util.Collection<Long> assessmentIds) {
        java.util.Map<Long, List<ParticipantView>> byAssessment = new java.util.HashMap<>();
        if (assessmentIds.isEmpty() || !scope.mayAccess(organisationId)) {
            return byAssessment;
        }
        entityManager.createQuery("select s.assessment.id, m.displayName, s.status, s.submittedAt from Submission s "
                + "join s.member m where s.assessment.organisation.id = :organisation and s.assessment.id in :ids "
                + "order by lower(m.displayName), s.id", Object[].class)
                .setParameter("organisation", organisationId).setParameter("ids", assessmentIds).getResultList()
                .forEach(row -> byAssessment.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                        .add(new ParticipantView((String) row[1], ((SubmissionStatus) row[2]).name().toLowerCase(),
                                (java.time.Instant) row[3])));
        return byAssessment;
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
     * {@code lastSection}, when not null, is stored as where to resume.
     */
    public boolean bumpVersion(long submissionId, long expected, java.time.Instant now, String lastSection) {
        return Submission.update("version = version + 1, updatedAt = ?1, lastSection = coalesce(?4, lastSection) "
                + "where id = ?2 and version = ?3", now, submissionId, expected, lastSection) == 1;
    }
}
