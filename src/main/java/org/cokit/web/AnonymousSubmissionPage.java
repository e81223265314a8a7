package org.cokit.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cokit.engine.participation.ParticipationService;

/**
 * An anonymous participant's submission, reached by its resume token (the address they keep): the same section and
 * review pages as a member's ({@link SubmissionForms}), without an account. The token is checked on every request.
 */
@Path("/answer/{token}")
@Produces(MediaType.TEXT_HTML)
public class AnonymousSubmissionPage {

    @Inject
    SubmissionForms forms;

    @Inject
    ParticipationService participation;

    @GET
    public Response resume(@PathParam("token") String token) {
        return noReferrer(forms.resume(target(token)));
    }

    @GET
    @Path("sections/{sectionId}")
    public Response section(@PathParam("token") String token, @PathParam("sectionId") String sectionId) {
        TemplateInstance page = forms.section(target(token), sectionId);
        return noReferrer(Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }

    @POST
    @Path("sections/{sectionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(@PathParam("token") String token, @PathParam("sectionId") String sectionId,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, MultivaluedMap<String, String> fields) {
        return noReferrer(forms.save(target(token), sectionId, accept, fields));
    }

    @GET
    @Path("review")
    public Response review(@PathParam("token") String token, @QueryParam("submitted") boolean justSubmitted) {
        TemplateInstance page = forms.review(target(token), justSubmitted);
        return noReferrer(Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("token") String token) {
        return noReferrer(forms.submit(target(token)));
    }

    /** Grants this request the token's submission; an unknown token, or one whose link was revoked, is a 404. */
    private SubmissionForms.Target target(String token) {
        long id = participation.resume(token).orElseThrow(NotFoundException::new);
        return new SubmissionForms.Target(id, "/answer/" + token, null);
    }

    /** The address holds the resume token: it must not leak to other sites through the Referer header. */
    private static Response noReferrer(Response response) {
        return Response.fromResponse(response).header("Referrer-Policy", "no-referrer").build();
    }
}
