package org.cokit.tools.conew;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.cokit.organisation.OrganisationOwnedRepository;

/** Public links of journeys; by organisation for the team, by token hash for the anonymous user. */
@ApplicationScoped
public class JourneyLinkRepository extends OrganisationOwnedRepository<JourneyLink> {

    public JourneyLinkRepository() {
        super(JourneyLink.class, "journey.organisation");
    }

    public List<JourneyLink> ofJourney(long organisationId, long journeyId) {
        return list(organisationId, "e.journey.id = :journey", Sort.by("createdAt").and("id"),
                Parameters.with("journey", journeyId));
    }

    /** The user holds the token, which is their authority: this look-up is deliberately not scoped. */
    public Optional<JourneyLink> findByTokenHash(String tokenHash) {
        return JourneyLink.find("from JourneyLink l join fetch l.journey j join fetch j.organisation"
                + " where l.tokenHash = ?1", tokenHash).firstResultOptional();
    }
}
