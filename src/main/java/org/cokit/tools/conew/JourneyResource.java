package org.cokit.tools.conew;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.organisation.Role;
import org.cokit.report.export.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The team's side of CoNew: journeys of the organisation's services, their public links, moderation, feedback. */
@Path("/api/journeys")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class JourneyResource {

    private final JourneyService journeys;
    private final AnnotationService annotations;
    private final FeedbackService feedback;
    private final FeedbackCsv csv;
    private final AuditLog audit;
    private final Clock clock;

    @Context
    UriInfo uri;

    public JourneyResource(JourneyService journeys, AnnotationService annotations, FeedbackService feedback,
            FeedbackCsv csv, AuditLog audit, Clock clock) {
        this.journeys = journeys;
        this.annotations = annotations;
        this.feedback = feedback;
        this.csv = csv;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The organisation's journeys, newest first, each with its stages, touchpoints and links")
    public List<JourneyView> list() {
        return journeys.list().stream().map(j -> view(j.id)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One journey: its stages in order (each with an id, position, what the user does and its"
            + " touchpoints) and its public links (without their tokens, which are shown only once)")
    public JourneyView get(@PathParam("id") long id) {
        return view(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Build a journey: serviceId (the chosen service when absent), title (required), persona,"
            + " stages [{name, userAction, touchpoints [{name, channel}]}] in order; channels as in CoServe")
    public Response create(JourneyRequest request) {
        Journey journey = journeys.create(request);
        return Response.created(URI.create("/api/journeys/" + journey.id)).entity(view(journey.id)).build();
    }

    @POST
    @Path("{id}/stages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Add a stage at the end: {name, userAction, touchpoints}")
    public Response addStage(@PathParam("id") long id, StageRequest request) {
        Stage stage = journeys.addStage(id, request).orElseThrow(NotFoundException::new);
        return Response.created(URI.create("/api/journeys/" + id)).entity(stageOf(id, stage.id)).build();
    }

    @PUT
    @Path("{id}/stages/{stageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Change a stage's name and what the user does; its touchpoints too when listed")
    public JourneyView.StageView updateStage(@PathParam("id") long id, @PathParam("stageId") long stageId,
            StageRequest request) {
        journeys.updateStage(id, stageId, request).orElseThrow(NotFoundException::new);
        return stageOf(id, stageId);
    }

    @POST
    @Path("{id}/stages/{stageId}/move")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Move a stage one place: ?direction=up (earlier) or down (later); returns the journey")
    public JourneyView moveStage(@PathParam("id") long id, @PathParam("stageId") long stageId,
            @QueryParam("direction") String direction) {
        journeys.moveStage(id, stageId, direction).orElseThrow(NotFoundException::new);
        return view(id);
    }

    @DELETE
    @Path("{id}/stages/{stageId}")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Remove a stage without annotations (409 stage-has-annotations otherwise)")
    public Response deleteStage(@PathParam("id") long id, @PathParam("stageId") long stageId) {
        if (!journeys.deleteStage(id, stageId)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Create a public link: {label, channel (optional), closesOn (optional, yyyy-mm-dd)}. The"
            + " answer holds the link's url, the only time it is shown; print its QR code from the url it names")
    public Response createLink(@PathParam("id") long id, LinkRequest request) {
        JourneyService.CreatedLink created = journeys.createLink(id, request).orElseThrow(NotFoundException::new);
        String url = publicUrl(uri, created.token());
        return Response.created(URI.create("/api/journeys/" + id)).entity(LinkView.of(created.link(), url,
                clock.instant())).build();
    }

    @POST
    @Path("{id}/links/{linkId}/revoke")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Revoke a public link for good: it then shows a page saying it is closed")
    public LinkView revokeLink(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        return journeys.revokeLink(id, linkId).map(l -> LinkView.of(l, null, clock.instant()))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/annotations")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    @Operation(summary = "The journey's annotations for moderation, oldest first: ?status=pending|published|hidden|"
            + "merged, or all; with the contact details of those who asked to be contacted (coordinators and managers only)")
    public List<AnnotationView> annotations(@PathParam("id") long id, @QueryParam("status") String status) {
        AnnotationStatus wanted = status == null || status.isBlank() ? null : AnnotationStatus.fromId(status.trim())
                .orElseThrow(() -> new InvalidInputException(FieldError.of("status", "invalid-choice",
                        "must be pending, published, hidden or merged")));
        return annotations.list(id, wanted).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/annotations/{annotationId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Moderate an annotation: {\"action\": \"publish\"}, {\"action\": \"hide\", \"reason\": ...},"
            + " {\"action\": \"merge\", \"mergeInto\": <annotation id>} or {\"action\": \"redact\", \"problem\": ...,"
            + " \"idea\": ...} (the new texts). Nothing is deleted; every decision is in the audit log")
    public AnnotationView moderate(@PathParam("id") long id, @PathParam("annotationId") long annotationId,
            ModerationRequest request) {
        return annotations.moderate(id, annotationId, request).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/feedback")
    @Operation(summary = "The aggregated feedback of published (and merged) annotations: per stage in journey order"
            + " the feeling counts and average (the emotion curve) and the problems' number and share (the heat"
            + " strip); ideas by support; frequent words. Filters: ?link=<id>&channel=<id>&from=&to= (yyyy-mm-dd)")
    public FeedbackView feedback(@PathParam("id") long id, @QueryParam("link") String link,
            @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to) {
        return feedback.feedback(id, FeedbackFilter.parse(link, channel, from, to))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/feedback.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The feedback as CSV (UTF-8, comma-separated), same filters, headings in ?lang=")
    public Response feedbackCsv(@PathParam("id") long id, @QueryParam("link") String link,
            @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("lang") String lang) {
        Language language = Language.ofQueryParameter(lang).orElse(Language.FALLBACK);
        FeedbackView view = feedback.feedback(id, FeedbackFilter.parse(link, channel, from, to))
                .orElseThrow(NotFoundException::new);
        exported(view, "csv");
        return csv.response(view, language);
    }

    private void exported(FeedbackView view, String format) {
        journeys.find(view.journeyId()).ifPresent(j -> audit.record(j.organisation.id, AuditAction.DATA_EXPORTED,
                "journey-feedback", j.id, j.title, "format=" + format));
    }

    static String publicUrl(UriInfo uri, String token) {
        return uri.getBaseUriBuilder().path("j").path(token).build().toString();
    }

    private JourneyView view(long id) {
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        return JourneyView.of(journey, journeys.links(id), clock.instant());
    }

    private JourneyView.StageView stageOf(long journeyId, long stageId) {
        return view(journeyId).stages().stream().filter(s -> s.id() == stageId).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
