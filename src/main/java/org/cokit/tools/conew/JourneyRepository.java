package org.cokit.tools.conew;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Journeys, always within one organisation. */
@ApplicationScoped
public class JourneyRepository extends OrganisationOwnedRepository<Journey> {

    public JourneyRepository() {
        super(Journey.class);
    }

    /** The organisation's journeys, newest first. */
    public List<Journey> list(long organisationId) {
        return list(organisationId, null, Sort.by("createdAt").descending().and("id").descending(), null);
    }

    /** The newest journey of a service. */
    public Optional<Journey> newestOf(long organisationId, long serviceId) {
        return list(organisationId, "e.service.id = :service", Sort.by("createdAt").descending().and("id")
                .descending(), Parameters.with("service", serviceId)).stream().findFirst();
    }
}
