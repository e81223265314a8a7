package org.cokit.organisation;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Rebuilds the caller from the encrypted session cookie on each page request. Roles are read afresh, so a
 * removed member or a changed role takes effect at once, on every instance.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final LoginService logins;

    public SessionIdentityProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> load(request.getPrincipal()));
    }

    @ActivateRequestContext
    SecurityIdentity load(String email) {
        return logins.loadSessionCaller(email).map(MemberIdentityProvider::identityOf)
                .orElseThrow(AuthenticationFailedException::new);
    }
}
