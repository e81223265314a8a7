package org.cokit.report.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.cokit.i18n.Language;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Downloads of an assessment's answers, for the coordinators and managers of its organisation. */
@Path("/api/assessments/{id}/export")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
public class ExportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AnswerExport export;

    public ExportResource(AnswerExport export) {
        this.export = export;
    }

    @GET
    @Path("answers.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The submitted answers as CSV (UTF-8 with BOM): respondent (R1, R2...), submitted_at, then"
            + " per question its answer code and <question>_comment, in questionnaire order; the same columns for"
            + " every round of a questionnaire version")
    public Response csv(@PathParam("id") long id) {
        return download(id, AnswerExport.Format.CSV, Language.FALLBACK, Csv.MEDIA_TYPE);
    }

    @GET
    @Path("answers.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The answers, the codebook and the result (with the comparison with all sharing"
            + " organisations when the group is large enough) as an Excel workbook; texts in ?lang=en|sl|hr|da")
    public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return download(id, AnswerExport.Format.XLSX, language(lang), XLSX);
    }

    @GET
    @Path("codebook.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The codebook as CSV: per column its question, section, type, text and each answer code"
            + " with its label, in ?lang=en|sl|hr|da")
    public Response codebook(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return download(id, AnswerExport.Format.CODEBOOK, language(lang), Csv.MEDIA_TYPE);
    }

    private Response download(long id, AnswerExport.Format format, Language language, String type) {
        return streamed(export, id, format, language, type);
    }

    /** The response that streams an export, shared with the page's download links. */
    static Response streamed(AnswerExport export, long id, AnswerExport.Format format, Language language,
            String type) {
        AnswerExport.Prepared prepared = export.prepare(id, format, language).orElseThrow(NotFoundException::new);
        StreamingOutput body = out -> export.write(prepared, format, out);
        return Response.ok(body).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + prepared.fileName() + "\"").build();
    }

    private static Language language(String lang) {
        return Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
    }
}
