package org.cokit.organisation;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.cokit.error.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Organisations, their members and invitations. Every {@code {id}} goes through {@link OrganisationScope}: another
 * organisation's id answers 404 exactly as a missing one does.
 */
@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrganisationResource {

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    @Inject
    MemberRepository members;

    @Inject
    InvitationService invitations;

    @Inject
    UriInfo uriInfo;

    @Inject
    OrganisationDeletion deletion;

    @GET
    @Operation(summary = "Organisations the caller may see: all for the admin, otherwise the caller's own")
    public List<OrganisationView> list() {
        Caller caller = scope.caller().orElseThrow();
        if (caller.isAdmin()) {
            return organisations.listAll().stream().map(OrganisationView::of).toList();
        }
        return scope.ownOrganisationId().flatMap(scope::organisation).map(OrganisationView::of).stream().toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation the caller may see")
    public OrganisationView get(@PathParam("id") long id) {
        return scope.organisation(id).map(OrganisationView::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Create an organisation (admin)")
    public Response create(OrganisationRequest request) {
        Organisation created = organisations.create(InvalidInputException.requireBody(request));
        return Response.created(URI.create("/api/organisations/" + created.id)).entity(OrganisationView.of(created))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an organisation with all its data (admin); confirm with its name:"
            + " ?confirm=<name> or {\"confirm\":\"<name>\"}")
    public Response delete(@PathParam("id") long id, @QueryParam("confirm") String confirm,
            DeleteOrganisationRequest request) {
        String name = confirm != null ? confirm : request == null ? null : request.confirm();
        deletion.delete(id, name).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(summary = "The organisation's members")
    public List<MemberView> members(@PathParam("id") long id) {
        scope.organisation(id).orElseThrow(NotFoundException::new);
        return members.listMembers(id).stream().map(MemberView::of).toList();
    }

    @GET
    @Path("{id}/invitations")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Operation(summary = "The organisation's open invitations (without their links)")
    public List<InvitationView> openInvitations(@PathParam("id") long id) {
        scope.organisation(id).orElseThrow(NotFoundException::new);
        return invitations.listOpen(id).stream().map(i -> InvitationView.of(i, null)).toList();
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Operation(summary = "Invite someone; the answer carries the only copy of the invitation link")
    public Response invite(@PathParam("id") long id, InvitationRequest request) {
        String invitedBy = scope.caller().orElseThrow().email();
        IssuedInvitation issued = invitations.invite(id, InvalidInputException.requireBody(request), invitedBy,
                uriInfo.getBaseUri())
                .orElseThrow(NotFoundException::new);
        return Response.created(URI.create("/api/organisations/" + id + "/invitations/" + issued.invitation().id))
                .entity(InvitationView.of(issued.invitation(), issued.link())).build();
    }

    @DELETE
    @Path("{id}/invitations/{invitationId}")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Operation(summary = "Revoke an invitation")
    public Response revoke(@PathParam("id") long id, @PathParam("invitationId") long invitationId) {
        if (!invitations.revoke(id, invitationId)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
