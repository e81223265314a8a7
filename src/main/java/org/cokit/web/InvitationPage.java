package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.cokit.CokitConfig;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.AcceptInvitationRequest;
import org.cokit.organisation.Invitation;
import org.cokit.organisation.InvitationService;
import org.jboss.resteasy.reactive.RestForm;

/** Where an invitee lands from the link: chooses a password and so becomes a member. No login needed. */
@Path("/invitations/{token}")
@Produces(MediaType.TEXT_HTML)
public class InvitationPage {

    @Inject
    InvitationService invitations;

    @Inject
    RequestLanguage language;

    @Inject
    CokitConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitation(String token, String name, String email, String organisation,
                String roles, int minLength, Form form);

        static native TemplateInstance invalid();

        static native TemplateInstance accepted(String email);
    }

    @GET
    public Response get(@PathParam("token") String token) {
        return invitations.findOpen(token).map(i -> Response.ok(page(token, i, Form.empty())))
                .orElseGet(InvitationPage::gone).build();
    }

    @POST
    public Response accept(@PathParam("token") String token, @RestForm String password,
            @RestForm String passwordRepeat) {
        Optional<Invitation> invitation = invitations.findOpen(token);
        if (invitation.isEmpty()) {
            return gone().build();
        }
        try {
            return invitations.accept(token, new AcceptInvitationRequest(password, passwordRepeat))
                    .map(member -> Response.ok(Templates.accepted(member.email))).orElseGet(InvitationPage::gone)
                    .build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(token, invitation.get(),
                    Form.empty().withErrors(e.errors(), language.messages()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(page(token, invitation.get(), Form.empty().withErrors(
                    List.of(FieldError.of("password", "conflict", e.getMessage())), language.messages()))).build();
        }
    }

    private TemplateInstance page(String token, Invitation invitation, Form form) {
        Messages m = language.messages();
        String roles = String.join(", ", invitation.roleSet().stream().sorted().map(r -> HomePage.roleLabel(r, m))
                .toList());
        return Templates.invitation(token, invitation.displayName, invitation.email, invitation.organisation.name,
                roles, config.password().minLength(), form);
    }

    /** A dead link answers 404 with a page that says what to do, and never whether the token ever existed. */
    private static Response.ResponseBuilder gone() {
        return Response.status(404).entity(Templates.invalid());
    }
}
