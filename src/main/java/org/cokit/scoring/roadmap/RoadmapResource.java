package org.cokit.scoring.roadmap;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's roadmap: actions adopted from assessment results ({@link AdoptionResource} adds them). */
@Path("/api/actions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RoadmapResource {

    private final RoadmapService roadmap;

    public RoadmapResource(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @GET
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    @Operation(summary = "The organisation's adopted actions, optionally of one tool: unfinished first, by due date")
    public List<RoadmapActionView> list(@QueryParam("tool") String tool) {
        return roadmap.list(tool).stream().map(RoadmapActionView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    @Operation(summary = "One adopted action")
    public RoadmapActionView get(@PathParam("id") long id) {
        return roadmap.find(id).map(RoadmapActionView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Change an adopted action's owner, status (planned, in-progress, done, dropped) or due date")
    public RoadmapActionView update(@PathParam("id") long id, RoadmapRequest request) {
        return roadmap.update(id, request).map(RoadmapActionView::of).orElseThrow(NotFoundException::new);
    }
}
