package org.cokit.engine.participation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A coordinator's participant links of one assessment: issue, list, revoke. */
@Path("/api/assessments/{id}/links")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.COORDINATOR)
public class ParticipantLinkResource {

    @Inject
    ParticipationService participation;

    @GET
    @Operation(summary = "The assessment's participant links, newest first (never their tokens)")
    public List<ParticipantLinkView> list(@PathParam("id") long id) {
        return participation.list(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a participant link; its token is in this answer only")
    public Response issue(@PathParam("id") long id, ParticipantLinkRequest request) {
        IssuedParticipantLink issued = participation.issue(id, InvalidInputException.requireBody(request))
                .orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("{linkId}")
    @Operation(summary = "Revoke a participant link: it stops opening and its participants can no longer resume")
    public ParticipantLinkView revoke(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        return participation.revoke(id, linkId).orElseThrow(NotFoundException::new);
    }
}
