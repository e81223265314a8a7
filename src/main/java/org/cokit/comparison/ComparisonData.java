package org.cokit.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.organisation.OrganisationDataOwner;

/** The comparison's copies of an organisation's latest rounds; it keeps nothing about members. */
@ApplicationScoped
public class ComparisonData implements OrganisationDataOwner {

    private final EntityManager entityManager;

    public ComparisonData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return COMPARISON;
    }

    @Override
    public void deleteOrganisationData(long organisationId) {
        for (String sql : List.of("delete from comparison_score where organisation_id = ?1",
                "delete from comparison_round where organisation_id = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, organisationId).executeUpdate();
        }
    }

    @Override
    public void eraseMember(long memberId, String email, String replacement) {
        // comparison rows name no one
    }
}
