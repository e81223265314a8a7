package org.cokit.organisation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the API caller is. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    OrganisationScope scope;

    @Inject
    AccountService accounts;

    @GET
    @Path("data")
    @Operation(summary = "Everything CoKit holds about the caller: account, roles, organisation, accepted"
            + " invitations, submissions, audit entries about them")
    public AccountDataView data() {
        return accounts.data().orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }

    @jakarta.ws.rs.DELETE
    @Operation(summary = "Delete the caller's account (?confirm=<their e-mail>): name and e-mail are erased, answers"
            + " stay only as anonymous group data of closed assessments; the last coordinator cannot")
    public jakarta.ws.rs.core.Response delete(@jakarta.ws.rs.QueryParam("confirm") String confirm) {
        accounts.deleteOwnAccount(confirm);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @GET
    @Operation(summary = "The caller's login, organisation and roles")
    public MeView me() {
        Caller caller = scope.caller().orElseThrow(io.quarkus.security.UnauthorizedException::new);
        MeView.OrganisationRef organisation = caller.organisationId() == null ? null
                : scope.organisation(caller.organisationId()).map(o -> new MeView.OrganisationRef(o.id, o.name))
                        .orElse(null);
        return new MeView(caller.email(), caller.displayName(), organisation,
                caller.roles().stream().sorted().map(Role::id).toList());
    }
}
