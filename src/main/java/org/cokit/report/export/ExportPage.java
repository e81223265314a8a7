package org.cokit.report.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.cokit.organisation.Role;
import org.cokit.web.RequestLanguage;

/**
 * The pages' download links (signed in with the login form, which {@code /api} does not take): the same exports as
 * {@link ExportResource} and {@link OrganisationExportResource}, in the page's language.
 */
@Path("/export")
public class ExportPage {

    @Inject
    AnswerExport answers;

    @Inject
    OrganisationExport organisation;

    @Inject
    RequestLanguage language;

    @GET
    @Path("assessments/{id}/answers.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    public Response csv(@PathParam("id") long id) {
        return ExportResource.streamed(answers, id, AnswerExport.Format.CSV, language.get(), Csv.MEDIA_TYPE);
    }

    @GET
    @Path("assessments/{id}/answers.xlsx")
    @Produces(ExportResource.XLSX)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    public Response xlsx(@PathParam("id") long id) {
        return ExportResource.streamed(answers, id, AnswerExport.Format.XLSX, language.get(), ExportResource.XLSX);
    }

    @GET
    @Path("assessments/{id}/codebook.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    public Response codebook(@PathParam("id") long id) {
        return ExportResource.streamed(answers, id, AnswerExport.Format.CODEBOOK, language.get(), Csv.MEDIA_TYPE);
    }

    @GET
    @Path("organisations/{id}/data.json")
    @Produces("application/json")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Response organisation(@PathParam("id") long id) {
        return OrganisationExportResource.streamed(organisation, id);
    }
}
