package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import java.net.URI;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationDeletion;
import org.cokit.organisation.Role;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's confirmation page for deleting an organisation with all its data: the name must be typed. */
@Path("/admin/organisations/{id}/delete")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class OrganisationDeletionPage {

    @Inject
    OrganisationDeletion deletion;

    @Inject
    RequestLanguage language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(Organisation organisation, Form form);

        static native TemplateInstance deleted();
    }

    @GET
    public TemplateInstance get(@PathParam("id") long organisationId) {
        return Templates.confirm(deletion.find(organisationId).orElseThrow(NotFoundException::new), Form.empty());
    }

    @POST
    public Response delete(@PathParam("id") long organisationId, @RestForm String confirm) {
        try {
            deletion.delete(organisationId, confirm).orElseThrow(NotFoundException::new);
        } catch (InvalidInputException e) {
            Organisation organisation = deletion.find(organisationId).orElseThrow(NotFoundException::new);
            AuditMessages m = MessageBundles.get(AuditMessages.class, Localized.Literal.of(language.get().tag()));
            Form form = Form.empty().with("confirm", confirm).withError("confirm", m.organisation_delete_mismatch());
            return Response.status(400).entity(Templates.confirm(organisation, form)).build();
        }
        return Response.seeOther(URI.create("/admin/organisations/" + organisationId + "/delete/done")).build();
    }

    /** Shown after the deletion (the organisation's id no longer names anything). */
    @GET
    @Path("done")
    public TemplateInstance deleted() {
        return Templates.deleted();
    }
}
