package org.cokit.organisation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;

/**
 * How single sign-on claims become a CoKit member: which claims carry the organisation and the roles, and which
 * claim values stand for which role. Whether single sign-on is on at all is {@code quarkus.oidc.tenant-enabled}.
 */
@ConfigMapping(prefix = "cokit.oidc")
public interface SsoConfig {

    /** Shown on the login page's button, "Sign in with ..." (env {@code COKIT_OIDC_PROVIDER_NAME}). */
    @WithName("provider-name")
    @WithDefault("SSO")
    String providerName();

    /** The ID-token claim naming the member's organisation; a path into nested claims is written a/b. */
    @WithName("organisation-claim")
    @WithDefault("organisation")
    String organisationClaim();

    /** What the organisation claim holds: the organisation's {@code name} (any case) or its numeric {@code id}. */
    @WithName("organisation-match")
    @WithDefault("name")
    OrganisationMatch organisationMatch();

    /** The ID-token claim with the member's roles (a list or one string); a path is written a/b. */
    @WithName("roles-claim")
    @WithDefault("roles")
    String rolesClaim();

    @WithName("email-claim")
    @WithDefault("email")
    String emailClaim();

    @WithName("name-claim")
    @WithDefault("name")
    String nameClaim();

    /** Claim values that give each CoKit role; {@code admin} is never given by single sign-on. */
    @WithName("role-values")
    RoleValues roleValues();

    interface RoleValues {
        @WithDefault("respondent")
        List<String> respondent();

        @WithDefault("coordinator")
        List<String> coordinator();

        @WithDefault("manager")
        List<String> manager();
    }

    /** How the organisation claim is matched. */
    enum OrganisationMatch {
        NAME, ID
    }
}
