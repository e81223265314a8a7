package org.cokit.tools.conew;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.cokit.report.PdfRenderer;
import org.cokit.report.export.Csv;
import org.cokit.tools.coserve.Channel;
import org.cokit.tools.coserve.CoServeService;
import org.cokit.web.Form;
import org.cokit.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * CoNew's pages for the team: journeys (building one, its stages with move up/down, touchpoints, the visual map),
 * public links with their printable QR codes, the moderation queue, and the aggregated feedback with its exports.
 */
@Path("/journeys")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class JourneysPage {

    @Inject
    JourneyService journeys;

    @Inject
    AnnotationService annotations;

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackCsv csv;

    @Inject
    CoServeService coServe;

    @Inject
    OrganisationScope scope;

    @Inject
    RequestLanguage language;

    @Inject
    PdfRenderer pdf;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    public record Option(String value, String label) {
    }

    public record JourneyRow(long id, String title, String service, int stages, String created) {
    }

    public record StageRow(long id, int position, String name, String userAction, List<TouchpointRow> touchpoints,
            boolean first, boolean last) {
    }

    public record TouchpointRow(long id, String name, String channel) {
    }

    public record LinkRow(long id, String label, String channel, String closes, String state, boolean open) {
    }

    public record AnnotationRow(long id, String stage, String feeling, String problem, String idea, String status,
            String statusLabel, String hiddenReason, Long mergedInto, String link, String created, String contact,
            boolean redacted, long support, List<Option> mergeTargets) {
    }

    public record StageFeedbackRow(int position, String name, int annotations, List<Integer> counts, String average,
            int problems, String share, int ideas) {
    }

    public record FeedbackModel(FeedbackView feedback, FeedbackCharts charts, List<StageFeedbackRow> stages,
            String average, String worst, String curveDescription, String stripDescription, String filterText) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance journeys(List<JourneyRow> journeys, boolean coordinator, List<Option> services,
                Form form, boolean noService);

        static native TemplateInstance journey(Journey journey, String service, List<StageRow> stages,
                List<LinkRow> links, boolean coordinator, List<Option> channels, Form form, String notice,
                String pending);

        static native TemplateInstance stage(Journey journey, StageRow stage, List<Option> channels, Form form,
                String notice);

        static native TemplateInstance link(Journey journey, JourneyLink link, String url, QrCodeSvg qr,
                String closes, String channel);

        static native TemplateInstance moderation(Journey journey, List<AnnotationRow> annotations, String status,
                List<Option> statuses, Form form, Long formFor, String notice);

        static native TemplateInstance feedback(Journey journey, FeedbackModel model, List<Option> links,
                List<Option> channels, Form filter, String query);

        static native TemplateInstance feedbackPdf(Journey journey, FeedbackModel model, String lang,
                String printedOn);
    }

    @GET
    public TemplateInstance list() {
        return listPage(Form.empty());
    }

    @POST
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response create(@RestForm String service, @RestForm String title, @RestForm String persona,
            @RestForm String usualStages) {
        Form form = Form.empty().with("service", service).with("title", title).with("persona", persona)
                .with("usualStages", usualStages);
        try {
            Long serviceId = parseId("service", service);
            List<StageRequest> stages = new ArrayList<>();
            if ("yes".equals(usualStages)) {
                ConewMessages m = messages();
                for (String name : List.of(m.usual_aware(), m.usual_apply(), m.usual_processed(), m.usual_receive(),
                        m.usual_follow_up())) {
                    stages.add(new StageRequest(name, null, null));
                }
            }
            Journey journey = journeys.create(new JourneyRequest(serviceId, title, persona, stages));
            return seeOther("/journeys/" + journey.id + "?done=created");
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(listPage(form)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance journey(@PathParam("id") long id, @QueryParam("done") String done) {
        return journeyPage(id, Form.empty(), notice(done));
    }

    @POST
    @Path("{id}/stages")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response addStage(@PathParam("id") long id, @RestForm String name, @RestForm String userAction) {
        Form form = Form.empty().with("name", name).with("userAction", userAction);
        try {
            journeys.addStage(id, new StageRequest(name, userAction, null)).orElseThrow(NotFoundException::new);
            return seeOther("/journeys/" + id + "?done=stage-added#stages");
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(journeyPage(id, form, null)).build();
        }
    }

    @POST
    @Path("{id}/stages/{stageId}/move")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response move(@PathParam("id") long id, @PathParam("stageId") long stageId,
            @RestForm String direction) {
        journeys.moveStage(id, stageId, direction).orElseThrow(NotFoundException::new);
        return seeOther("/journeys/" + id + "?done=moved#stage-" + stageId);
    }

    @GET
    @Path("{id}/stages/{stageId}")
    public TemplateInstance stage(@PathParam("id") long id, @PathParam("stageId") long stageId,
            @QueryParam("done") String done) {
        return stagePage(id, stageId, Form.empty(), notice(done));
    }

    @POST
    @Path("{id}/stages/{stageId}")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response updateStage(@PathParam("id") long id, @PathParam("stageId") long stageId,
            @RestForm String name, @RestForm String userAction) {
        Form form = Form.empty().with("name", name).with("userAction", userAction);
        try {
            journeys.updateStage(id, stageId, new StageRequest(name, userAction, null))
                    .orElseThrow(NotFoundException::new);
            return seeOther("/journeys/" + id + "/stages/" + stageId + "?done=saved");
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(stagePage(id, stageId, form, null)).build();
        }
    }

    @POST
    @Path("{id}/stages/{stageId}/delete")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response deleteStage(@PathParam("id") long id, @PathParam("stageId") long stageId) {
        try {
            if (!journeys.deleteStage(id, stageId)) {
                throw new NotFoundException();
            }
            return seeOther("/journeys/" + id + "?done=stage-removed#stages");
        } catch (ConflictException e) {
            Form form = Form.empty().withError("delete", messages().stage_delete_refused());
            return Response.status(409).entity(stagePage(id, stageId, form, null)).build();
        }
    }

    @POST
    @Path("{id}/stages/{stageId}/touchpoints")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response addTouchpoint(@PathParam("id") long id, @PathParam("stageId") long stageId,
            @RestForm String touchpointName, @RestForm String channel) {
        Form form = Form.empty().with("touchpointName", touchpointName).with("channel", channel);
        try {
            journeys.addTouchpoint(id, stageId, new TouchpointRequest(touchpointName, channel))
                    .orElseThrow(NotFoundException::new);
            return seeOther("/journeys/" + id + "/stages/" + stageId + "?done=touchpoint-added#touchpoints");
        } catch (InvalidInputException e) {
            List<FieldError> renamed = e.errors().stream().map(f -> f.field().equals("name")
                    ? new FieldError("touchpointName", f.code(), f.message(), f.args()) : f).toList();
            form.withErrors(renamed, language.messages());
            return Response.status(400).entity(stagePage(id, stageId, form, null)).build();
        }
    }

    @POST
    @Path("{id}/stages/{stageId}/touchpoints/{touchpointId}/delete")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response removeTouchpoint(@PathParam("id") long id, @PathParam("stageId") long stageId,
            @PathParam("touchpointId") long touchpointId) {
        if (!journeys.removeTouchpoint(id, stageId, touchpointId)) {
            throw new NotFoundException();
        }
        return seeOther("/journeys/" + id + "/stages/" + stageId + "?done=touchpoint-removed#touchpoints");
    }

    @POST
    @Path("{id}/links")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response createLink(@PathParam("id") long id, @RestForm String label, @RestForm String channel,
            @RestForm String closesOn) {
        Form form = Form.empty().with("label", label).with("channel", channel).with("closesOn", closesOn);
        try {
            JourneyService.CreatedLink created = journeys.createLink(id, new LinkRequest(label, channel, closesOn))
                    .orElseThrow(NotFoundException::new);
            // the token travels once, to the printable page; only its hash is stored
            return seeOther("/journeys/" + id + "/links/" + created.link().id + "?token="
                    + URLEncoder.encode(created.token(), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(journeyPage(id, form, null)).build();
        }
    }

    /** The printable page of a new link: its address and QR code. It needs the token, which only its creator has. */
    @GET
    @Path("{id}/links/{linkId}")
    public TemplateInstance link(@PathParam("id") long id, @PathParam("linkId") long linkId,
            @QueryParam("token") String token) {
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        JourneyLink link = journeys.linkWithToken(id, linkId, token).orElseThrow(NotFoundException::new);
        String url = JourneyResource.publicUrl(uri, token);
        ConewMessages m = messages();
        return Templates.link(journey, link, url, QrCodeSvg.of(url),
                link.closesAt == null ? null : language.formatDate(link.closesAt.minusSeconds(1)),
                link.channel == null ? null : Channel.label(link.channel, language.get()));
    }

    @POST
    @Path("{id}/links/{linkId}/revoke")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response revokeLink(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        journeys.revokeLink(id, linkId).orElseThrow(NotFoundException::new);
        return seeOther("/journeys/" + id + "?done=revoked#links");
    }

    @GET
    @Path("{id}/moderation")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
    public TemplateInstance moderation(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("done") String done) {
        return moderationPage(id, status, Form.empty(), null, notice(done));
    }

    @POST
    @Path("{id}/annotations/{annotationId}")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response moderate(@PathParam("id") long id, @PathParam("annotationId") long annotationId,
            @RestForm String action, @RestForm String reason, @RestForm String mergeInto, @RestForm String problem,
            @RestForm String idea, @RestForm String status) {
        Form form = Form.empty().with("reason", reason).with("mergeInto", mergeInto).with("problem", problem)
                .with("idea", idea);
        try {
            Long target = mergeInto == null || mergeInto.isBlank() ? null : parseId("mergeInto", mergeInto);
            annotations.moderate(id, annotationId, new ModerationRequest(action, reason, target,
                    "redact".equals(action) ? problem : null, "redact".equals(action) ? idea : null))
                    .orElseThrow(NotFoundException::new);
            String back = status == null || status.isBlank() ? "pending" : status;
            return seeOther("/journeys/" + id + "/moderation?status=" + URLEncoder.encode(back,
                    StandardCharsets.UTF_8) + "&done=" + URLEncoder.encode(action, StandardCharsets.UTF_8));
        } catch (InvalidInputException | ConflictException e) {
            List<FieldError> errors = e instanceof InvalidInputException invalid ? invalid.errors()
                    : List.of(FieldError.of("action", "conflict", e.getMessage()));
            // one page lists every annotation's forms, so each field's id carries the annotation's
            form.withErrors(errors, language.messages()).withTarget("reason", "reason-" + annotationId)
                    .withTarget("mergeInto", "merge-" + annotationId)
                    .withTarget("problem", "redact-" + (problem == null ? "idea-" : "problem-") + annotationId)
                    .withTarget("idea", "redact-idea-" + annotationId)
                    .withTarget("action", "annotation-" + annotationId);
            return Response.status(400).entity(moderationPage(id, status, form, annotationId, null)).build();
        }
    }

    @GET
    @Path("{id}/feedback")
    public TemplateInstance feedback(@PathParam("id") long id, @QueryParam("link") String link,
            @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to) {
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        Form filterForm = Form.empty().with("link", link).with("channel", channel).with("from", from).with("to", to);
        FeedbackFilter filter;
        try {
            filter = FeedbackFilter.parse(link, channel, from, to);
        } catch (InvalidInputException e) {
            filterForm.withErrors(e.errors(), language.messages());
            filter = FeedbackFilter.NONE;
        }
        FeedbackModel model = model(feedback.feedback(id, filter).orElseThrow(NotFoundException::new), filter);
        ConewMessages m = messages();
        List<Option> links = journeys.links(id).stream().map(l -> new Option(String.valueOf(l.id), l.label))
                .toList();
        return Templates.feedback(journey, model, links, channelOptions(), filterForm, query(filter));
    }

    @GET
    @Path("{id}/feedback.csv")
    @Produces(Csv.MEDIA_TYPE)
    public Response feedbackCsv(@PathParam("id") long id, @QueryParam("link") String link,
            @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to) {
        FeedbackView view = feedback.feedback(id, FeedbackFilter.parse(link, channel, from, to))
                .orElseThrow(NotFoundException::new);
        exported(view, "csv");
        return csv.response(view, language.get());
    }

    @GET
    @Path("{id}/feedback.pdf")
    @Produces("application/pdf")
    public Response feedbackPdf(@PathParam("id") long id, @QueryParam("link") String link,
            @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to) {
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        FeedbackFilter filter = FeedbackFilter.parse(link, channel, from, to);
        FeedbackView view = feedback.feedback(id, filter).orElseThrow(NotFoundException::new);
        String html = Templates.feedbackPdf(journey, model(view, filter), language.get().tag(),
                messages().printed_on(language.formatDate(clock.instant()))).render();
        exported(view, "pdf");
        return Response.ok(pdf.render(html, uri.getBaseUri().toString())).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"conew-feedback.pdf\"").build();
    }

    private void exported(FeedbackView view, String format) {
        journeys.find(view.journeyId()).ifPresent(j -> audit.record(j.organisation.id, AuditAction.DATA_EXPORTED,
                "journey-feedback", j.id, j.title, "format=" + format));
    }

    private TemplateInstance listPage(Form form) {
        Caller caller = member();
        List<JourneyRow> rows = journeys.list().stream().map(j -> new JourneyRow(j.id, j.title, j.service.name,
                j.stages.size(), language.formatDate(j.createdAt))).toList();
        List<Option> services = coServe.list().stream().map(s -> new Option(String.valueOf(s.id), s.name)).toList();
        if (form.value("service").isEmpty()) {
            coServe.chosen().ifPresent(c -> form.with("service", c.serviceId()));
        }
        if (form.value("usualStages").isEmpty() && !form.isInvalid()) {
            form.with("usualStages", "yes");
        }
        return Templates.journeys(rows, caller.has(Role.COORDINATOR), services, form, services.isEmpty());
    }

    private TemplateInstance journeyPage(long id, Form form, String notice) {
        Caller caller = member();
        ConewMessages m = messages();
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        List<LinkRow> links = journeys.links(id).stream().map(l -> new LinkRow(l.id, l.label,
                l.channel == null ? null : Channel.label(l.channel, language.get()),
                l.closesAt == null ? null : language.formatDate(l.closesAt.minusSeconds(1)),
                l.revokedAt != null ? m.link_revoked(language.formatDate(l.revokedAt))
                        : l.isOpen(clock.instant()) ? m.link_open() : m.link_expired(), l.isOpen(clock.instant())))
                .toList();
        int pending = annotations.list(id, AnnotationStatus.PENDING).map(List::size).orElse(0);
        return Templates.journey(journey, journey.service.name, stageRows(journey, m), links,
                caller.has(Role.COORDINATOR), channelOptions(), form, notice,
                pending == 0 ? null : m.moderation_waiting(pending));
    }

    private TemplateInstance stagePage(long id, long stageId, Form form, String notice) {
        member();
        ConewMessages m = messages();
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        StageRow stage = stageRows(journey, m).stream().filter(s -> s.id() == stageId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (form.value("name").isEmpty() && !form.isInvalid()) {
            form.with("name", stage.name()).with("userAction", stage.userAction());
        }
        return Templates.stage(journey, stage, channelOptions(), form, notice);
    }

    private TemplateInstance moderationPage(long id, String status, Form form, Long formFor, String notice) {
        member();
        ConewMessages m = messages();
        Journey journey = journeys.find(id).orElseThrow(NotFoundException::new);
        String wanted = status == null || status.isBlank() ? "pending" : status.trim();
        AnnotationStatus filter = "all".equals(wanted) ? null : AnnotationStatus.fromId(wanted)
                .orElse(AnnotationStatus.PENDING);
        List<AnnotationView> all = annotations.list(id, null).orElseThrow(NotFoundException::new);
        List<Option> targets = all.stream().filter(a -> a.status().equals("published") || a.status().equals("pending"))
                .map(a -> new Option(String.valueOf(a.id()), "#" + a.id() + " – " + a.stageName() + ": "
                        + shorten(a.idea() != null ? a.idea() : a.problem() != null ? a.problem() : "")))
                .toList();
        List<AnnotationRow> rows = all.stream().filter(a -> filter == null || a.status().equals(filter.id()))
                .map(a -> new AnnotationRow(a.id(), a.stageName(), a.feeling() == null ? null
                        : a.feeling() + " – " + feelingWord(a.feeling(), m), a.problem(), a.idea(), a.status(),
                        statusLabel(a.status(), m), a.hiddenReason(), a.mergedInto(), a.linkLabel(),
                        language.formatDate(a.createdAt()), a.contactEmail() == null ? null
                                : (a.contactName() == null ? "" : a.contactName() + ", ") + a.contactEmail(),
                        a.redacted(), a.support(), targets.stream()
                                .filter(o -> !o.value().equals(String.valueOf(a.id()))).toList())).toList();
        List<Option> statuses = new ArrayList<>();
        for (String s : List.of("pending", "published", "hidden", "merged", "all")) {
            statuses.add(new Option(s, statusLabel(s, m)));
        }
        return Templates.moderation(journey, rows, filter == null ? "all" : filter.id(), statuses, form, formFor,
                notice);
    }

    private FeedbackModel model(FeedbackView f, FeedbackFilter filter) {
        ConewMessages m = messages();
        Locale locale = language.get().locale();
        List<String> words = List.of(m.feeling_1(), m.feeling_2(), m.feeling_3(), m.feeling_4(), m.feeling_5());
        FeedbackCharts charts = FeedbackCharts.of(f, words, locale);
        List<StageFeedbackRow> rows = new ArrayList<>();
        StringBuilder curve = new StringBuilder();
        StringBuilder strip = new StringBuilder();
        int position = 1;
        for (FeedbackView.StageFeedback s : f.stages()) {
            String average = s.feelingAverage() == null ? "–" : String.format(locale, "%.2f", s.feelingAverage());
            String share = String.format(locale, "%d %%", Math.round(s.problemShare() * 100));
            rows.add(new StageFeedbackRow(position, s.name(), s.annotations(), s.feelingCounts(), average,
                    s.problems(), share, s.ideas()));
            curve.append(curve.isEmpty() ? "" : "; ").append(position).append(". ").append(s.name()).append(": ")
                    .append(average);
            strip.append(strip.isEmpty() ? "" : "; ").append(position).append(". ").append(s.name()).append(": ")
                    .append(s.annotations() == 0 ? "–" : share);
            position++;
        }
        String worst = f.stages().stream().filter(s -> f.worstStageId() != null && s.stageId() == f.worstStageId())
                .findFirst().map(FeedbackView.StageFeedback::name).orElse(null);
        return new FeedbackModel(f, charts, rows, f.feelingAverage() == null ? "–"
                : String.format(locale, "%.2f", f.feelingAverage()), worst,
                m.curve_description(curve.toString()), m.strip_description(strip.toString()),
                filter.isEmpty() ? null : m.filter_applied());
    }

    private List<StageRow> stageRows(Journey journey, ConewMessages m) {
        List<StageRow> rows = new ArrayList<>();
        for (int i = 0; i < journey.stages.size(); i++) {
            Stage s = journey.stages.get(i);
            rows.add(new StageRow(s.id, i + 1, s.name, s.userAction, s.touchpoints.stream().map(t ->
                    new TouchpointRow(t.id, t.name, Channel.label(t.channel, language.get()))).toList(), i == 0,
                    i == journey.stages.size() - 1));
        }
        return rows;
    }

    private String notice(String done) {
        if (done == null) {
            return null;
        }
        ConewMessages m = messages();
        return switch (done) {
            case "created" -> m.done_created();
            case "stage-added" -> m.done_stage_added();
            case "stage-removed" -> m.done_stage_removed();
            case "moved" -> m.done_moved();
            case "saved" -> m.done_saved();
            case "touchpoint-added" -> m.done_touchpoint_added();
            case "touchpoint-removed" -> m.done_touchpoint_removed();
            case "revoked" -> m.done_revoked();
            case "publish" -> m.done_published();
            case "hide" -> m.done_hidden();
            case "merge" -> m.done_merged();
            case "redact" -> m.done_redacted();
            default -> null;
        };
    }

    private static String statusLabel(String status, ConewMessages m) {
        return switch (status) {
            case "pending" -> m.status_pending();
            case "published" -> m.status_published();
            case "hidden" -> m.status_hidden();
            case "merged" -> m.status_merged();
            default -> m.status_all();
        };
    }

    static String feelingWord(int feeling, ConewMessages m) {
        return switch (feeling) {
            case 1 -> m.feeling_1();
            case 2 -> m.feeling_2();
            case 3 -> m.feeling_3();
            case 4 -> m.feeling_4();
            default -> m.feeling_5();
        };
    }

    private static String query(FeedbackFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.linkId() != null) {
            parts.add("link=" + filter.linkId());
        }
        if (filter.channel() != null) {
            parts.add("channel=" + filter.channel());
        }
        if (filter.from() != null) {
            parts.add("from=" + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to=" + filter.to());
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private List<Option> channelOptions() {
        return Channel.ids().stream().map(c -> new Option(c, Channel.label(c, language.get()))).toList();
    }

    private static Long parseId(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldError.of(field, "invalid-choice", "not one of the choices"));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private Caller member() {
        return scope.caller().filter(c -> c.organisationId() != null).orElseThrow(NotFoundException::new);
    }

    private ConewMessages messages() {
        return MessageBundles.get(ConewMessages.class, Localized.Literal.of(language.get().tag()));
    }

}
