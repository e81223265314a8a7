package org.cokit.comparison;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Whether an organisation takes part in comparisons: any member reads it, its coordinators and the admin set it. */
@Path("/api/organisations/{id}/sharing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SharingResource {

    private final BenchmarkSharing sharing;

    public SharingResource(BenchmarkSharing sharing) {
        this.sharing = sharing;
    }

    @GET
    @Operation(summary = "Whether the organisation shares its results for comparison, and what that shares")
    public SharingView get(@PathParam("id") long id) {
        return sharing.find(id).map(SharingView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Operation(summary = "Opt in to or out of comparison {\"benchmarkOptIn\":true|false} (coordinator, admin):"
            + " only anonymised aggregates are shared, never answers, names or free text")
    public SharingView put(@PathParam("id") long id, SharingRequest request) {
        SharingRequest body = request == null ? new SharingRequest(null) : request;
        return sharing.set(id, body).map(SharingView::of).orElseThrow(NotFoundException::new);
    }
}
