package org.cokit.scoring.roadmap;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.cokit.i18n.Language;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Puts an action an assessment's result recommends on the organisation's roadmap. */
@Path("/api/assessments/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AdoptionResource {

    private final RoadmapService roadmap;

    public AdoptionResource(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Adopt an action the assessment's result recommends, with owner, optional status and due"
            + " date yyyy-mm-dd (coordinator); its title is kept in ?lang=en|sl|hr|da")
    public Response adopt(@PathParam("id") long assessmentId, @QueryParam("lang") String lang,
            RoadmapRequest request) {
        Language language = Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
        RoadmapAction action = roadmap.adopt(assessmentId, request, language).orElseThrow(NotFoundException::new);
        return Response.created(URI.create("/api/actions/" + action.id)).entity(RoadmapActionView.of(action)).build();
    }

}
