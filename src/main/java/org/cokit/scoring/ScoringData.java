package org.cokit.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.organisation.OrganisationDataOwner;

/** The scoring's rows of an organisation (roadmap actions, frozen node results) and of a member (who adopted). */
@ApplicationScoped
public class ScoringData implements OrganisationDataOwner {

    private final EntityManager entityManager;

    public ScoringData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return SCORING;
    }

    @Override
    public void deleteOrganisationData(long organisationId) {
        for (String sql : List.of("delete from roadmap_action where organisation_id = ?1",
                "delete from node_result where assessment_id in (select id from assessment where organisation_id = ?1)")) {
            entityManager.createNativeQuery(sql).setParameter(1, organisationId).executeUpdate();
        }
    }

    @Override
    public void eraseMember(long memberId, String email, String replacement) {
        entityManager.createNativeQuery("update roadmap_action set created_by = ?2 where created_by = ?1")
                .setParameter(1, email).setParameter(2, replacement).executeUpdate();
    }
}
