package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cokit.CokitConfig;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.InvitationRequest;
import org.cokit.organisation.InvitationService;
import org.cokit.organisation.IssuedInvitation;
import org.cokit.organisation.MemberRepository;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.jboss.resteasy.reactive.RestForm;

/** An organisation's members and open invitations, and the invitation form: for its coordinators and the admin. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    @Inject
    OrganisationScope scope;

    @Inject
    MemberRepository members;

    @Inject
    InvitationService invitations;

    @Inject
    RequestLanguage language;

    @Inject
    CokitConfig config;

    @Inject
    UriInfo uriInfo;

    public record MemberRow(String name, String email, String roles) {
    }

    public record InvitationRow(long id, String name, String email, String roles, String expires) {
    }

    public record RoleOption(String id, String labelKey, String helpKey) {
    }

    /** Shown once after an invitation was made: the only time its link can be seen. */
    public record Issued(String email, String link, String expires, boolean mailed) {
    }

    static final List<RoleOption> ROLE_OPTIONS = List.of(
            new RoleOption("respondent", "role_respondent", "role_respondent_help"),
            new RoleOption("coordinator", "role_coordinator", "role_coordinator_help"),
            new RoleOption("manager", "role_manager", "role_manager_help"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Organisation organisation, List<MemberRow> members,
                List<InvitationRow> invitations, List<RoleOption> roleOptions, Form form, Issued issued,
                boolean revoked, long validityDays);
    }

    /** The coordinator's own organisation's page. */
    @GET
    @Path("members")
    @Authenticated
    public Response own() {
        Long own = scope.ownOrganisationId().orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/organisations/" + own + "/members")).build();
    }

    @GET
    @Path("organisations/{id}/members")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public TemplateInstance get(@PathParam("id") long organisationId, @jakarta.ws.rs.QueryParam("revoked") boolean revoked) {
        return page(organisationId, Form.empty(), null, revoked);
    }

    @POST
    @Path("organisations/{id}/invitations")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Response invite(@PathParam("id") long organisationId, @RestForm String email,
            @RestForm String displayName, @RestForm List<String> roles) {
        Form form = Form.empty().with("email", email).with("displayName", displayName)
                .with("roles", String.join(",", roles == null ? List.of() : roles));
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String id : roles == null ? List.<String>of() : roles) {
            Role role = Role.fromId(id).filter(Role::isOrganisationRole).orElse(null);
            if (role == null) {
                return invalid(organisationId, form, List.of(FieldError.of("roles", "invalid-choice", "unknown role")));
            }
            chosen.add(role);
        }
        try {
            Caller caller = scope.caller().orElseThrow();
            IssuedInvitation issued = invitations.invite(organisationId,
                    new InvitationRequest(email, displayName, chosen), caller.email(), uriInfo.getBaseUri())
                    .orElseThrow(NotFoundException::new);
            Issued shown = new Issued(issued.invitation().email, issued.link(),
                    formatDate(issued.invitation().expiresAt), issued.mailed());
            return Response.ok(page(organisationId, Form.empty(), shown, false)).build();
        } catch (InvalidInputException e) {
            return invalid(organisationId, form, e.errors());
        } catch (ConflictException e) {
            return invalid(organisationId, form, List.of(FieldError.of(e.field(), "conflict", e.getMessage())));
        }
    }

    @POST
    @Path("organisations/{id}/invitations/{invitationId}/revoke")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Response revoke(@PathParam("id") long organisationId, @PathParam("invitationId") long invitationId) {
        if (!invitations.revoke(organisationId, invitationId)) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/organisations/" + organisationId + "/members?revoked=true")).build();
    }

    private Response invalid(long organisationId, Form form, List<FieldError> errors) {
        form.withErrors(errors, language.messages());
        return Response.status(400).entity(page(organisationId, form, null, false)).build();
    }

    private TemplateInstance page(long organisationId, Form form, Issued issued, boolean revoked) {
        Organisation organisation = scope.organisation(organisationId).orElseThrow(NotFoundException::new);
        Messages m = language.messages();
        List<MemberRow> memberRows = members.listMembers(organisationId).stream()
                .map(member -> new MemberRow(member.displayName, member.email, roleLabels(member.roleSet(), m)))
                .toList();
        List<InvitationRow> invitationRows = invitations.listOpen(organisationId).stream()
                .map(i -> new InvitationRow(i.id, i.displayName, i.email, roleLabels(i.roleSet(), m),
                        formatDate(i.expiresAt)))
                .toList();
        form.withTarget("roles", "role-" + ROLE_OPTIONS.get(0).id());
        return Templates.members(organisation, memberRows, invitationRows, ROLE_OPTIONS, form, issued, revoked,
                config.invitation().validity().toDays());
    }

    private String formatDate(java.time.Instant instant) {
        return language.formatDate(instant);
    }

    private static String roleLabels(Set<Role> roles, Messages m) {
        return String.join(", ", roles.stream().sorted().map(r -> HomePage.roleLabel(r, m)).toList());
    }
}
