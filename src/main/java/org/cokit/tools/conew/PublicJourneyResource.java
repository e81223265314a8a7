package org.cokit.tools.conew;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.cokit.web.Problem;
import org.cokit.web.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** CoNew for service users, without an account: the journey behind a public link, annotating it, supporting ideas. */
@Path("/api/public/journeys")
@Produces(MediaType.APPLICATION_JSON)
public class PublicJourneyResource {

    private final AnnotationService annotations;
    private final RequestLanguage language;

    @Context
    HttpServerRequest request;

    public PublicJourneyResource(AnnotationService annotations, RequestLanguage language) {
        this.annotations = annotations;
        this.language = language;
    }

    /** What an accepted annotation answers: it waits for the team's moderation. */
    public record ReceivedView(Long id, String status) {
    }

    public record SupportView(long annotationId, boolean counted, boolean alreadySupported) {
    }

    @GET
    @Path("{token}")
    @Operation(summary = "The journey behind a public link: its stages in order, each with an id, its touchpoints and"
            + " its published ideas with their support. 410 when the link is revoked or closed")
    public PublicJourneyView get(@PathParam("token") String token) {
        return annotations.publicJourney(token);
    }

    @POST
    @Path("{token}/annotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annotate a stage: {\"stageId\": ..., \"feeling\": 1-5, \"problem\": \"...\", \"idea\":"
            + " \"...\"}; any of the last three may be absent, not all. Texts up to 1000 characters; contact,"
            + " contactName, contactEmail only to be contacted. 429 when the link is used too often")
    public Response annotate(@PathParam("token") String token, AnnotationRequest body) {
        Optional<Annotation> saved = annotations.annotate(token, body, language.get(), PublicClient.address(request));
        return saved.map(a -> Response.status(201).entity(new ReceivedView(a.id, a.status.id())).build())
                .orElseGet(() -> Response.status(202).entity(new ReceivedView(null, "pending")).build());
    }

    @POST
    @Path("{token}/annotations/{annotationId}/votes")
    @Operation(summary = "Support a published idea, once per browser (a random voter id in a cookie)")
    public Response vote(@PathParam("token") String token, @PathParam("annotationId") long annotationId,
            @jakarta.ws.rs.CookieParam(PublicClient.VOTER_COOKIE) String voter) {
        PublicClient.Voter v = PublicClient.voter(voter);
        AnnotationService.VoteOutcome outcome = annotations.vote(token, annotationId, v.id(),
                PublicClient.address(request)).orElseThrow(NotFoundException::new);
        Response.ResponseBuilder response = Response.ok(new SupportView(annotationId,
                outcome == AnnotationService.VoteOutcome.COUNTED, outcome == AnnotationService.VoteOutcome.ALREADY));
        v.cookie().ifPresent(response::cookie);
        return response.build();
    }

    @ServerExceptionMapper
    public Response publicLink(PublicLinkException e) {
        int status = e.closed() ? 410 : 404;
        return problem(status, e.closed() ? "Link closed" : "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooMany(AnnotationService.TooManyRequestsException e) {
        return problem(429, "Too many requests", e.getMessage());
    }

    private Response problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem("about:blank", title, status,
                detail, request.path(), List.of())).build();
    }
}
