package org.cokit.report.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Everything an organisation owns as one JSON download, for its coordinators and the admin. */
@Path("/api/organisations/{id}/export")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class OrganisationExportResource {

    private final OrganisationExport export;

    public OrganisationExportResource(OrganisationExport export) {
        this.export = export;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the organisation owns as one JSON document: organisation, members (no password"
            + " hashes), invitations, assessments with submissions and answers, results, actions, services and"
            + " choices, sharing settings, audit entries; one key per part")
    public Response get(@PathParam("id") long id) {
        return streamed(export, id);
    }

    /** The response that streams the export, shared with the account page's download link. */
    static Response streamed(OrganisationExport export, long id) {
        OrganisationExport.Prepared prepared = export.prepare(id).orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> export.write(prepared, out);
        return Response.ok(body).type(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + prepared.fileName() + "\"").build();
    }
}
