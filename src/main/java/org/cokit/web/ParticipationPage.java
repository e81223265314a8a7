package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
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
import java.time.Duration;
import java.util.List;
import org.cokit.engine.participation.ParticipationService;
import org.cokit.error.ConflictException;
import org.cokit.error.InvalidInputException;
import org.cokit.security.RateLimiter;
import org.cokit.security.SecretTokens;
import org.cokit.web.QuestionView.Text;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A participant link opened by someone without an account: they choose the role they took part in and get an
 * anonymous submission, which they fill in at {@code /answer/<resume-token>} ({@link AnonymousSubmissionPage}).
 * Requests per link and client address are rate-limited, so a link cannot be used to flood the assessment.
 */
@Path("/take/{token}")
@Produces(MediaType.TEXT_HTML)
public class ParticipationPage {

    /** Opening a link: generous, a person may reload; starting: a few submissions per person and link. */
    private static final RateLimiter OPENS = new RateLimiter(60, Duration.ofMinutes(1));
    private static final RateLimiter STARTS = new RateLimiter(10, Duration.ofMinutes(10));

    @Inject
    ParticipationService participation;

    @Inject
    RequestLanguage language;

    @Inject
    HttpServerRequest request;

    /** One role to choose, its label in the reader's language. */
    public record RoleChoice(String id, Text label, boolean checked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(String token, String title, List<RoleChoice> roles, Form form);

        static native TemplateInstance closed(String title, String text);
    }

    @GET
    public Response open(@PathParam("token") String token) {
        if (!OPENS.tryAcquire(key(token))) {
            return tooMany();
        }
        ParticipationService.Invitation invitation = participation.open(token).orElseThrow(NotFoundException::new);
        if (!invitation.open()) {
            return closed();
        }
        return html(200, choose(token, invitation, Form.empty(), null));
    }

    @POST
    public Response start(@PathParam("token") String token, @RestForm String role) {
        if (!STARTS.tryAcquire(key(token))) {
            return tooMany();
        }
        ParticipationService.Invitation invitation = participation.open(token).orElseThrow(NotFoundException::new);
        try {
            String resume = participation.start(token, role).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/answer/" + resume)).build();
        } catch (InvalidInputException e) {
            return html(400, choose(token, invitation, Form.empty().withErrors(e.errors(), language.messages()),
                    role));
        } catch (ConflictException e) {
            return closed();
        }
    }

    private TemplateInstance choose(String token, ParticipationService.Invitation invitation, Form form,
            String chosen) {
        String title = invitation.assessmentTitle() != null ? invitation.assessmentTitle()
                : invitation.questionnaire().title().in(language.get());
        List<RoleChoice> roles = invitation.roles().stream().map(r -> new RoleChoice(r.id(),
                Text.of(r.label(), language.get()), r.id().equals(chosen) || invitation.roles().size() == 1))
                .toList();
        return Templates.choose(token, title, roles, form);
    }

    private Response closed() {
        MasterMessages m = texts();
        return html(410, Templates.closed(m.take_closed_title(), m.take_closed_text()));
    }

    private Response tooMany() {
        MasterMessages m = texts();
        return html(429, Templates.closed(m.take_title(), m.take_too_many()));
    }

    /** The link (by a prefix of its hash, never the token itself) and the client address. */
    private String key(String token) {
        String link = SecretTokens.isPlausible(token) ? SecretTokens.hash(token).substring(0, 16) : "-";
        String address = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        return link + "|" + address;
    }

    private MasterMessages texts() {
        return MessageBundles.get(MasterMessages.class, Localized.Literal.of(language.get().tag()));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page)
                .header("Referrer-Policy", "no-referrer").build();
    }
}
