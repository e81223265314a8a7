package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.cokit.organisation.OrganisationDataOwner;

/** CoServe's rows of an organisation (candidate services and choices) and of a member (who added, who chose). */
@ApplicationScoped
public class CoServeData implements OrganisationDataOwner {

    private final EntityManager entityManager;

    public CoServeData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int order() {
        return TOOLS;
    }

    @Override
    public void deleteOrganisationData(long organisationId) {
        for (String sql : List.of("delete from service_choice where organisation_id = ?1",
                "delete from service where organisation_id = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, organisationId).executeUpdate();
        }
    }

    @Override
    public void eraseMember(long memberId, String email, String replacement) {
        for (String sql : List.of("update service set created_by = ?2 where created_by = ?1",
                "update service_choice set chosen_by = ?2 where chosen_by = ?1")) {
            entityManager.createNativeQuery(sql).setParameter(1, email).setParameter(2, replacement).executeUpdate();
        }
    }
}
