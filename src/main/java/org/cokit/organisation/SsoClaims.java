package org.cokit.organisation;

import java.util.List;

/** What the identity provider says about the person signing in, already read out of the ID token. */
public record SsoClaims(String subject, String email, String displayName, String organisation, List<String> roles) {
}
