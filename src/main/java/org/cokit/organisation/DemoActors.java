package org.cokit.organisation;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets a tool's demo data act as the demo organisations' members, so its rounds go through the same services (and
 * checks) as anyone's. Demo data is made at start-up, outside any request, or inside a test's request.
 */
@ApplicationScoped
public class DemoActors {

    private final CurrentIdentityAssociation identities;
    private final LoginService logins;

    public DemoActors(CurrentIdentityAssociation identities, LoginService logins) {
        this.identities = identities;
        this.logins = logins;
    }

    /**
     * Runs {@code work} in a request context whose identity {@link #as} may change: a context made for it when none
     * is active, else the active one, whose identity is given back afterwards.
     */
    public void acting(Runnable work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        SecurityIdentity previous = activated ? null : identities.getIdentity();
        try {
            work.run();
        } finally {
            if (activated) {
                requestContext.terminate();
            } else {
                identities.setIdentity(previous);
            }
        }
    }

    /** Runs {@code work} as {@code caller}; only inside {@link #acting}. */
    public <T> T as(Caller caller, Supplier<T> work) {
        identities.setIdentity(MemberIdentityProvider.identityOf(caller));
        return work.get();
    }

    /** The organisation's coordinators and respondents, coordinators first, then by e-mail address. */
    public List<Caller> staff(Organisation organisation) {
        return Member.<Member>list("organisation", organisation).stream()
                .filter(m -> m.roleSet().contains(Role.COORDINATOR) || m.roleSet().contains(Role.RESPONDENT))
                .sorted(Comparator.comparing((Member m) -> !m.roleSet().contains(Role.COORDINATOR))
                        .thenComparing(m -> m.email))
                .map(m -> logins.loadSessionCaller(m.email).orElseThrow()).toList();
    }
}
