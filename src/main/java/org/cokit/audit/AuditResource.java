package org.cokit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log over the API: a coordinator reads their organisation's entries, the admin everyone's. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Operation(summary = "Audit entries, newest first, 50 a page (coordinator: own organisation; admin: all or"
            + " ?organisation=); filter with ?action=")
    public AuditPageView list(@QueryParam("organisation") Long organisation, @QueryParam("action") String action,
            @QueryParam("page") Integer page) {
        return log.page(organisation, action, page == null ? 1 : page).orElseThrow(NotFoundException::new);
    }
}
