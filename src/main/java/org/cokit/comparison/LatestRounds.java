package org.cokit.comparison;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentClosed;

/**
 * Keeps {@code comparison_round} and {@code comparison_score}: per tool and organisation, the latest closed round
 * and the non-input node scores of its frozen result. Runs when an assessment closes, in the same transaction and
 * after the result has been frozen, so a comparison never sees one without the other; {@link PeerTableKeeper}
 * moves the organisation's figures from the old round to the new one.
 */
@ApplicationScoped
public class LatestRounds {

    /** Parameters: tool, organisation id. */
    public static final String FORGET_SCORES = "delete from comparison_score where tool = ? and organisation_id = ?";
    public static final String FORGET_ROUND = "delete from comparison_round where tool = ? and organisation_id = ?";
    /** Parameters: assessment id. */
    public static final String KEEP_ROUND = "insert into comparison_round (tool, organisation_id, assessment_id)"
            + " select tool, organisation_id, id from assessment where id = ?";
    public static final String KEEP_SCORES = "insert into comparison_score (tool, node_id, organisation_id,"
            + " assessment_id, score) select a.tool, nr.node_id, a.organisation_id, a.id, nr.score from assessment a"
            + " join node_result nr on nr.assessment_id = a.id"
            + " where a.id = ? and nr.is_input = false and nr.score is not null";

    private final EntityManager entityManager;
    private final PeerTableKeeper peerTables;

    public LatestRounds(EntityManager entityManager, PeerTableKeeper peerTables) {
        this.entityManager = entityManager;
        this.peerTables = peerTables;
    }

    /** Later than the default priority, so after the result has been frozen by its own observer. */
    void closed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) AssessmentClosed closed) {
        record(closed.assessment());
    }

    /**
     * Makes a closed assessment its organisation's latest round of its tool, unless a round that closed later is
     * already kept (the later {@code closed_at} wins, the higher id on a tie).
     */
    public void record(Assessment assessment) {
        entityManager.flush();
        List<?> kept = entityManager.createNativeQuery("select r.assessment_id from comparison_round r"
                + " join assessment a on a.id = r.assessment_id where r.tool = ? and r.organisation_id = ?"
                + " and (a.closed_at > ? or (a.closed_at = ? and a.id > ?))")
                .setParameter(1, assessment.tool).setParameter(2, assessment.organisation.id)
                .setParameter(3, assessment.closedAt).setParameter(4, assessment.closedAt)
                .setParameter(5, assessment.id).getResultList();
        if (!kept.isEmpty()) {
            return;
        }
        peerTables.withdraw(assessment.tool, assessment.organisation.id);
        for (String statement : new String[] {FORGET_SCORES, FORGET_ROUND}) {
            entityManager.createNativeQuery(statement).setParameter(1, assessment.tool)
                    .setParameter(2, assessment.organisation.id).executeUpdate();
        }
        for (String statement : new String[] {KEEP_ROUND, KEEP_SCORES}) {
            entityManager.createNativeQuery(statement).setParameter(1, assessment.id).executeUpdate();
        }
        peerTables.contribute(assessment.tool, assessment.organisation.id);
    }
}
