package org.cokit.tools.conew;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.tools.coserve.Channel;
import org.cokit.web.Form;
import org.cokit.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * CoNew's public pages for service users, no login: the journey behind a link, a form per stage (works without
 * JavaScript; with it, the form posts to the JSON API), and support for published ideas. A revoked or closed link
 * shows a page that says so.
 */
@Path("/j")
@Produces(MediaType.TEXT_HTML)
public class PublicJourneyPage {

    @Inject
    AnnotationService annotations;

    @Inject
    RequestLanguage language;

    @Inject
    HttpServerRequest request;

    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    public record StageRow(long id, int position, String name, String userAction, List<String> touchpoints,
            int ideas) {
    }

    /** One step of the feeling scale: its value, its words and a symbol that only repeats them. */
    public record FeelingOption(String value, String label, String symbol) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance journey(PublicJourneyView journey, List<StageRow> stages, String token,
                String langQuery, String notice, List<LanguageLink> languages);

        static native TemplateInstance stage(PublicJourneyView journey, PublicJourneyView.PublicStage stage,
                List<String> touchpoints, String token, Form form, String notice, String alert,
                List<FeelingOption> feelings, String langQuery, String langAmp, List<LanguageLink> languages);

        static native TemplateInstance closed(boolean closed, List<LanguageLink> languages);
    }

    @GET
    @Path("{token}")
    public Response journey(@PathParam("token") String token, @QueryParam("done") String done) {
        return guarded(() -> {
            ConewMessages m = messages();
            PublicJourneyView journey = annotations.publicJourney(token);
            List<StageRow> stages = journey.stages().stream().map(s -> new StageRow(s.id(), s.position(), s.name(),
                    s.userAction(), touchpoints(s, m), s.ideas().size())).toList();
            String notice = "thanks".equals(done) ? m.public_thanks() : null;
            return Response.ok(Templates.journey(journey, stages, token, langQuery(), notice, languages())).build();
        });
    }

    @GET
    @Path("{token}/stages/{stageId}")
    public Response stage(@PathParam("token") String token, @PathParam("stageId") long stageId,
            @QueryParam("done") String done) {
        ConewMessages m = messages();
        String notice = "supported".equals(done) ? m.public_supported()
                : "already".equals(done) ? m.public_already_supported() : null;
        return guarded(() -> stagePage(200, token, stageId, Form.empty(), notice, null));
    }

    @POST
    @Path("{token}/stages/{stageId}")
    public Response annotate(@PathParam("token") String token, @PathParam("stageId") long stageId,
            @RestForm String feeling, @RestForm String problem, @RestForm String idea, @RestForm String contact,
            @RestForm String contactName, @RestForm String contactEmail, @RestForm String website) {
        Form form = Form.empty().with("feeling", feeling).with("problem", problem).with("idea", idea)
                .with("contact", contact).with("contactName", contactName).with("contactEmail", contactEmail);
        return guarded(() -> {
            ConewMessages m = messages();
            try {
                Integer value = null;
                if (feeling != null && !feeling.isBlank()) {
                    try {
                        value = Integer.valueOf(feeling.trim());
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException(FieldError.of("feeling", "invalid-choice", "1 to 5"));
                    }
                }
                annotations.annotate(token, new AnnotationRequest(stageId, value, problem, idea, "yes".equals(contact),
                        contactName, contactEmail, website), language.get(), PublicClient.address(request));
                return Response.seeOther(URI.create("/j/" + token + "?done=thanks" + langAmp())).build();
            } catch (InvalidInputException e) {
                List<FieldError> ours = new ArrayList<>();
                for (FieldError error : e.errors()) {
                    if ("nothing-said".equals(error.code())) {
                        form.withError("feeling", m.error_nothing_said());
                    } else if ("stageId".equals(error.field())) {
                        return stageGone(token);
                    } else {
                        ours.add(error);
                    }
                }
                form.withErrors(ours, language.messages());
                return stagePage(400, token, stageId, form, null, null);
            } catch (AnnotationService.TooManyRequestsException e) {
                return stagePage(429, token, stageId, form, null, m.public_rate_limited());
            }
        });
    }

    @POST
    @Path("{token}/ideas/{annotationId}/support")
    public Response support(@PathParam("token") String token, @PathParam("annotationId") long annotationId,
            @RestForm String stage, @CookieParam(PublicClient.VOTER_COOKIE) String voterCookie) {
        return guarded(() -> {
            String back = "/j/" + token + (stage != null && stage.matches("\\d{1,18}") ? "/stages/" + stage : "");
            PublicClient.Voter voter = PublicClient.voter(voterCookie);
            String done;
            try {
                done = annotations.vote(token, annotationId, voter.id(), PublicClient.address(request))
                        .map(o -> o == AnnotationService.VoteOutcome.COUNTED ? "supported" : "already")
                        .orElse(null);
            } catch (AnnotationService.TooManyRequestsException e) {
                done = null;
            }
            Response.ResponseBuilder response = Response.seeOther(URI.create(back
                    + (done == null ? langQuery() : "?done=" + done + langAmp()) + "#ideas"));
            voter.cookie().ifPresent(response::cookie);
            return response.build();
        });
    }

    private Response stagePage(int status, String token, long stageId, Form form, String notice, String alert) {
        ConewMessages m = messages();
        PublicJourneyView journey = annotations.publicJourney(token);
        Optional<PublicJourneyView.PublicStage> stage = journey.stages().stream().filter(s -> s.id() == stageId)
                .findFirst();
        if (stage.isEmpty()) {
            return stageGone(token);
        }
        List<FeelingOption> feelings = List.of(new FeelingOption("", m.feeling_none(), null),
                new FeelingOption("1", m.feeling_1(), "☹"), new FeelingOption("2", m.feeling_2(), null),
                new FeelingOption("3", m.feeling_3(), null), new FeelingOption("4", m.feeling_4(), null),
                new FeelingOption("5", m.feeling_5(), "☺"));
        return Response.status(status).entity(Templates.stage(journey, stage.get(), touchpoints(stage.get(), m),
                token, form, notice, alert, feelings, langQuery(), langAmp(), languages())).build();
    }

    /** A stage that is not (or no longer) part of the journey: back to the journey. */
    private Response stageGone(String token) {
        return Response.seeOther(URI.create("/j/" + token + langQuery())).build();
    }

    private Response guarded(java.util.function.Supplier<Response> page) {
        try {
            return page.get();
        } catch (PublicLinkException e) {
            return Response.status(e.closed() ? 410 : 404).entity(Templates.closed(e.closed(), languages())).build();
        }
    }

    private List<String> touchpoints(PublicJourneyView.PublicStage stage, ConewMessages m) {
        return stage.touchpoints().stream().map(t -> t.name() + " (" + Channel.label(t.channel(), language.get()) + ")").toList();
    }

    /** The explicit language of the address, kept on the links and forms of the public pages. */
    private Optional<Language> explicitLanguage() {
        return Language.fromTag(request.getParam("lang"));
    }

    private String langQuery() {
        return explicitLanguage().map(l -> "?lang=" + l.tag()).orElse("");
    }

    private String langAmp() {
        return explicitLanguage().map(l -> "&lang=" + l.tag()).orElse("");
    }

    private List<LanguageLink> languages() {
        Language current = language.get();
        String path = request.path();
        return Arrays.stream(Language.values()).map(l -> new LanguageLink(l.tag(), l.nativeName(),
                path + "?lang=" + l.tag(), l == current)).toList();
    }

    private ConewMessages messages() {
        return MessageBundles.get(ConewMessages.class, Localized.Literal.of(language.get().tag()));
    }
}
