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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.answers.AssessmentStatus;
import org.cokit.engine.definition.ParticipantRole;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.engine.participation.IssuedParticipantLink;
import org.cokit.engine.participation.ParticipantLinkRequest;
import org.cokit.engine.participation.ParticipantLinkView;
import org.cokit.engine.participation.ParticipationService;
import org.cokit.error.ConflictException;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Role;
import org.jboss.resteasy.reactive.RestForm;

/** A coordinator's participant links of one assessment: the list, a form for a new one, and revoking. */
@Path("/assessments/{id}/links")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.COORDINATOR)
public class ParticipantLinksPage {

    @Inject
    ParticipationService participation;

    @Inject
    AssessmentService assessments;

    @Inject
    QuestionnaireRegistry questionnaires;

    @Inject
    RequestLanguage language;

    public record RoleOption(String id, String label, boolean checked) {
    }

    public record LinkRow(long id, String label, String roles, String state, String answers, boolean revocable) {
    }

    /** The page: {@code issued} is a just-made link's full address (shown once), else null. */
    public record Page(long id, String title, boolean hasRoles, boolean open, List<RoleOption> roles,
            List<LinkRow> links, String issued, String notice, Form form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance links(Page page);
    }

    @GET
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("revoked") boolean revoked) {
        return Templates.links(page(id, null, revoked ? texts().links_revoked() : null, Form.empty()));
    }

    @POST
    public Response issue(@PathParam("id") long id, @RestForm List<String> roles, @RestForm String label,
            @RestForm String closesOn, @Context UriInfo uri) {
        Form form = Form.empty().with("label", label).with("closesOn", closesOn);
        roles.forEach(r -> form.with("roles-" + r, r));
        try {
            IssuedParticipantLink issued = participation.issue(id, new ParticipantLinkRequest(roles, label, closesOn))
                    .orElseThrow(NotFoundException::new);
            String address = uri.getBaseUri().resolve(issued.path()).toString();
            return Response.status(201).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.links(page(id, address, texts().links_created(), Form.empty()))).build();
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.links(page(id, null, null, form))).build();
        } catch (ConflictException e) {
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.links(page(id, null, texts().links_closed(), form))).build();
        }
    }

    @POST
    @Path("{linkId}/revoke")
    public Response revoke(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        participation.revoke(id, linkId).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create("/assessments/" + id + "/links?revoked=true")).build();
    }

    private Page page(long id, String issued, String notice, Form form) {
        Assessment assessment = assessments.find(id).orElseThrow(NotFoundException::new);
        Questionnaire questionnaire = questionnaires.find(assessment.questionnaireId,
                assessment.questionnaireVersion).orElseThrow(NotFoundException::new);
        MasterMessages m = texts();
        Map<String, String> labels = questionnaire.participantRoles().stream().collect(Collectors.toMap(
                ParticipantRole::id, r -> r.label().in(language.get())));
        boolean fresh = form.getErrorCount() == 0;
        List<RoleOption> roles = questionnaire.participantRoles().stream().map(r -> new RoleOption(r.id(),
                labels.get(r.id()), fresh ? !r.id().equals(questionnaire.participantRoles().get(0).id())
                        : form.value("roles-" + r.id()) != null)).toList();
        List<LinkRow> links = participation.list(id).orElse(List.of()).stream().map(l -> row(l, labels, m))
                .toList();
        String title = assessment.title != null ? assessment.title : questionnaire.title().in(language.get());
        return new Page(id, title, questionnaire.hasParticipantRoles(), assessment.status != AssessmentStatus.CLOSED,
                roles, links, issued, notice, form);
    }

    private LinkRow row(ParticipantLinkView link, Map<String, String> labels, MasterMessages m) {
        String state = switch (link.state()) {
            case "revoked" -> m.links_state_revoked();
            case "expired" -> m.links_state_expired();
            default -> link.closesOn() == null ? m.links_state_active() : m.links_state_active() + ", "
                    + m.links_closes(language.formatDate(link.closesOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
        };
        return new LinkRow(link.id(), link.label() == null ? "" : link.label(), link.roles().stream()
                .map(r -> labels.getOrDefault(r, r)).collect(Collectors.joining(", ")), state,
                link.submissions() + " / " + link.submitted(), "active".equals(link.state()));
    }

    private MasterMessages texts() {
        return MessageBundles.get(MasterMessages.class, Localized.Literal.of(language.get().tag()));
    }
}
