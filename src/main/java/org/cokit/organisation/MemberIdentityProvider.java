package org.cokit.organisation;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Logs members in by e-mail and password, for the login form and for HTTP Basic on the API. */
@ApplicationScoped
public class MemberIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginService logins;

    public MemberIdentityProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    @ActivateRequestContext
    SecurityIdentity verify(String email, String password) {
        return logins.verifyPassword(email, password).map(MemberIdentityProvider::identityOf)
                .orElseThrow(AuthenticationFailedException::new);
    }

    /**
     * The security identity of a member, as a login gives it; also for work done on a member's behalf outside an
     * HTTP request, such as the tools' demo data.
     */
    public static SecurityIdentity identityOf(Caller caller) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.email()))
                .addAttribute(OrganisationScope.MEMBER_ID, caller.memberId())
                .addAttribute(OrganisationScope.DISPLAY_NAME, caller.displayName());
        if (caller.organisationId() != null) {
            builder.addAttribute(OrganisationScope.ORGANISATION_ID, caller.organisationId());
        }
        caller.roles().forEach(role -> builder.addRole(role.id()));
        return builder.build();
    }
}
