package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cokit.comparison.BenchmarkSharing;
import org.cokit.comparison.ComparisonConfig;
import org.cokit.comparison.SharingRequest;
import org.cokit.error.FieldError;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.jboss.resteasy.reactive.RestForm;

/** The "Sharing for comparison" setting of an organisation, with what it shares: for its coordinators and the admin. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SharingPage {

    @Inject
    OrganisationScope scope;

    @Inject
    BenchmarkSharing sharing;

    @Inject
    ComparisonConfig config;

    @Inject
    RequestLanguage language;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sharing(Organisation organisation, Form form, boolean saved, int minGroupSize);
    }

    /** The coordinator's own organisation's setting. */
    @GET
    @Path("sharing")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response own() {
        Long own = scope.ownOrganisationId().orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/organisations/" + own + "/sharing")).build();
    }

    @GET
    @Path("organisations/{id}/sharing")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public TemplateInstance get(@PathParam("id") long organisationId, @QueryParam("saved") boolean saved) {
        Organisation organisation = sharing.find(organisationId).orElseThrow(NotFoundException::new);
        return page(organisation, Form.empty().with("benchmarkOptIn", organisation.benchmarkOptIn), saved);
    }

    @POST
    @Path("organisations/{id}/sharing")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Response set(@PathParam("id") long organisationId, @RestForm String benchmarkOptIn) {
        if (!"true".equals(benchmarkOptIn) && !"false".equals(benchmarkOptIn)) {
            Organisation organisation = sharing.find(organisationId).orElseThrow(NotFoundException::new);
            Form form = Form.empty().with("benchmarkOptIn", benchmarkOptIn).withErrors(List.of(FieldError.of(
                    "benchmarkOptIn", "required", "choose whether to share")), language.messages());
            return Response.status(400).entity(page(organisation, form, false)).build();
        }
        sharing.set(organisationId, new SharingRequest(Boolean.valueOf(benchmarkOptIn)))
                .orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/organisations/" + organisationId + "/sharing?saved=true")).build();
    }

    private TemplateInstance page(Organisation organisation, Form form, boolean saved) {
        return Templates.sharing(organisation, form.withTarget("benchmarkOptIn", "share-yes"), saved,
                config.minGroupSize());
    }
}
