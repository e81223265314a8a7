package org.cokit.engine.answers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.organisation.OrganisationDataOwner;

/**
 * The engine's rows of an organisation (assessments, submissions, answers, participant links) and of a member: a deleted account's
 * submissions stay as anonymous group data where the assessment is closed, and go with their answers otherwise.
 */
@ApplicationScoped
public class EngineData implements OrganisationDataOwner {

    private final EntityManager entityManager;

    public EngineData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return ENGINE;
    }

    @Override
    public void deleteOrganisationData(long organisationId) {
        for (String sql : List.of(
                "delete from answer where submission_id in (select s.id from submission s join assessment a"
                        + " on a.id = s.assessment_id where a.organisation_id = ?1)",
                "delete from submission where assessment_id in (select id from assessment where organisation_id = ?1)",
                "delete from participant_link where assessment_id in (select id from assessment"
                        + " where organisation_id = ?1)",
                "delete from assessment where organisation_id = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, organisationId).executeUpdate();
        }
    }

    @Override
    public void eraseMember(long memberId, String email, String replacement) {
        String notClosed = " and assessment_id in (select id from assessment where status <> 'CLOSED')";
        entityManager.createNativeQuery("delete from answer where submission_id in (select id from submission"
                + " where member_id = ?1" + notClosed + ")").setParameter(1, memberId).executeUpdate();
        entityManager.createNativeQuery("delete from submission where member_id = ?1" + notClosed)
                .setParameter(1, memberId).executeUpdate();
        entityManager.createNativeQuery("update submission set member_id = null where member_id = ?1")
                .setParameter(1, memberId).executeUpdate();
        entityManager.createNativeQuery("update assessment set created_by = ?2 where created_by = ?1")
                .setParameter(1, email).setParameter(2, replacement).executeUpdate();
        entityManager.createNativeQuery("update participant_link set created_by = ?2 where created_by = ?1")
                .setParameter(1, email).setParameter(2, replacement).executeUpdate();
    }

    @Override
    public List<HeldItem> heldAbout(long memberId) {
        return entityManager.createQuery("from Submission s join fetch s.assessment where s.member.id = :member"
                + " order by s.startedAt desc", Submission.class).setParameter("member", memberId)
                .getResultStream().map(s -> new HeldItem("submission", s.id,
                        s.assessment.title != null ? s.assessment.title : s.assessment.tool + " #" + s.assessment.id,
                        s.status.name().toLowerCase(java.util.Locale.ROOT) + ", assessment "
                                + s.assessment.status.name().toLowerCase(java.util.Locale.ROOT),
                        s.submittedAt != null ? s.submittedAt : s.startedAt))
                .toList();
    }
}
