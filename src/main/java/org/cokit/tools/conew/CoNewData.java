package org.cokit.tools.conew;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.organisation.OrganisationDataOwner;

/** CoNew's rows of an organisation (journeys, links, annotations, votes) and of a member (who built, moderated). */
@ApplicationScoped
public class CoNewData implements OrganisationDataOwner {

    private static final String JOURNEYS = "(select id from journey where organisation_id = ?1)";

    private final EntityManager entityManager;

    public CoNewData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        // above CoServe's owner: journeys point at its services
        return TOOLS + 10;
    }

    @Override
    public void deleteOrganisationData(long organisationId) {
        for (String sql : List.of(
                "delete from annotation_vote where annotation_id in (select id from annotation where journey_id in "
                        + JOURNEYS + ")",
                "update annotation set merged_into_id = null where journey_id in " + JOURNEYS,
                "delete from annotation where journey_id in " + JOURNEYS,
                "delete from journey_link where journey_id in " + JOURNEYS,
                "delete from journey_touchpoint where stage_id in (select id from journey_stage where journey_id in "
                        + JOURNEYS + ")",
                "delete from journey_stage where journey_id in " + JOURNEYS,
                "delete from journey where organisation_id = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, organisationId).executeUpdate();
        }
    }

    @Override
    public void eraseMember(long memberId, String email, String replacement) {
        for (String sql : List.of("update journey set created_by = ?2 where created_by = ?1",
                "update journey_link set created_by = ?2 where created_by = ?1",
                "update journey_link set revoked_by = ?2 where revoked_by = ?1",
                "update annotation set moderated_by = ?2 where moderated_by = ?1",
                "update annotation set redacted_by = ?2 where redacted_by = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, email).setParameter(2, replacement).executeUpdate();
        }
    }
}
