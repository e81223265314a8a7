package org.cokit.organisation;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Invitations; looked up by organisation for coordinators and by token hash for the invitee. */
@ApplicationScoped
public class InvitationRepository extends OrganisationOwnedRepository<Invitation> {

    public InvitationRepository() {
        super(Invitation.class);
    }

    public List<Invitation> listOpen(long organisationId, Instant now) {
        return list(organisationId, "e.acceptedAt is null and e.revokedAt is null and e.expiresAt > :now",
                Sort.by("createdAt").descending(), Parameters.with("now", now));
    }

    public List<Invitation> listOpenFor(long organisationId, String email, Instant now) {
        return list(organisationId,
                "e.email = :email and e.acceptedAt is null and e.revokedAt is null and e.expiresAt > :now",
                null, Parameters.with("email", email).and("now", now));
    }

    /** The invitee holds the token, which is their authority: this look-up is deliberately not scoped. */
    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return Invitation.find("from Invitation i join fetch i.organisation where i.tokenHash = ?1", tokenHash)
                .firstResultOptional();
    }
}
