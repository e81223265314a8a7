package org.cokit.organisation;

/** The body of {@code DELETE /api/organisations/{id}}: the organisation's name, typed again to confirm. */
public record DeleteOrganisationRequest(String confirm) {
}
