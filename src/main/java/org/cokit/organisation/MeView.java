package org.cokit.organisation;

import java.util.List;

/** The caller as {@code GET /api/me} shows them; {@code organisation} is null for the global admin. */
public record MeView(String login, String displayName, OrganisationRef organisation, List<String> roles) {

    public record OrganisationRef(long id, String name) {
    }
}
