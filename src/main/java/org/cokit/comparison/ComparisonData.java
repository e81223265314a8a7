package org.cokit.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.organisation.OrganisationDataOwner;

/**
 * The comparison's copies of an organisation's latest rounds, withdrawn from the peer tables' aggregates before
 * they go; it keeps nothing about members.
 */
@ApplicationScoped
public class ComparisonData implements OrganisationDataOwner {

    private final EntityManager entityManager;
    private final PeerTableKeeper peerTables;

    public ComparisonData(EntityManager entityManager, PeerTableKeeper peerTables) {
        this.entityManager = entityManager;
        this.peerTables = peerTables;
    }

    @Override
    public int order() {
        return COMPARISON;
    }

    @Override
    public void deleteOrganisationData(long organisationId) {
        peerTables.withdrawAll(organisationId);
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
