package org.cokit.organisation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one place that decides which organisation's data the caller may touch. Members see their own
 * organisation only; the global admin sees every organisation's record and members, to set them up. Every
 * read or write of organisation data goes through here (directly or through {@link OrganisationOwnedRepository}),
 * and a refusal looks exactly like a missing record, so ids of other organisations reveal nothing.
 */
@RequestScoped
public class OrganisationScope {

    static final String MEMBER_ID = "cokit.member-id";
    static final String ORGANISATION_ID = "cokit.organisation-id";
    static final String DISPLAY_NAME = "cokit.display-name";

    @Inject
    SecurityIdentity identity;

    public Optional<Caller> caller() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Long memberId = identity.getAttribute(MEMBER_ID);
        if (memberId == null) {
            return Optional.empty();
        }
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(r -> Role.fromId(r).ifPresent(roles::add));
        return Optional.of(new Caller(memberId, identity.getPrincipal().getName(),
                identity.getAttribute(DISPLAY_NAME), identity.getAttribute(ORGANISATION_ID), roles));
    }

    /** The caller's own organisation id, if the caller belongs to one (admins do not). */
    public Optional<Long> ownOrganisationId() {
        return caller().map(Caller::organisationId);
    }

    /** Whether the caller may read and change data of this organisation. */
    public boolean mayAccess(long organisationId) {
        return caller().map(c -> c.isAdmin() || Long.valueOf(organisationId).equals(c.organisationId()))
                .orElse(false);
    }

    /** The organisation, if it exists and the caller may access it; empty otherwise, whichever the reason. */
    public Optional<Organisation> organisation(long organisationId) {
        if (!mayAccess(organisationId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Organisation.findById(organisationId));
    }
}
