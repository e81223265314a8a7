package org.cokit.tools.comaster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How the participant roles see each dimension of an assessment, for those who read results. */
@Path("/api/assessments/{id}/role-gaps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
public class RoleGapResource {

    @Inject
    RoleGapService gaps;

    @GET
    @Operation(summary = "Mean answer per participant role and dimension (1-5), and where roles differ by more than"
            + " one point")
    public RoleGapView get(@PathParam("id") long id) {
        return gaps.of(id).map(report -> RoleGapView.of(id, report)).orElseThrow(NotFoundException::new);
    }
}
