package org.cokit.report;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.cokit.scoring.roadmap.RoadmapAction;
import org.cokit.scoring.roadmap.RoadmapRequest;
import org.cokit.scoring.roadmap.RoadmapService;
import org.cokit.web.Form;
import org.cokit.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;

/** The organisation's roadmap: every adopted action with owner, status and due date; coordinators update them. */
@Path("/roadmap")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MANAGER})
public class RoadmapPage {

    @Inject
    RoadmapService roadmap;

    @Inject
    OrganisationScope scope;

    @Inject
    RequestLanguage language;

    @Inject
    ActionTitleLanguage titleLanguage;

    /** One action as the page shows it, with its own form's fields. */
    /** {@code titleLang}: the title's language where it is not the page's. */
    public record Row(long id, String title, String tool, String owner, String status, String due, String adoptedOn,
            String completedOn, String resultHref, ActionFields fields, String titleLang) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roadmap(List<Row> rows, boolean coordinator, List<ActionFields.StatusOption> statuses,
                Form form, String notice);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") Long saved) {
        String notice = saved == null ? null : roadmap.find(saved).map(a -> texts().roadmap_saved(a.title))
                .orElse(null);
        return page(Form.empty(), null, notice);
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response update(@PathParam("id") long id, @RestForm String owner, @RestForm String due,
            @RestForm String status) {
        String prefix = "action-" + id + "-";
        Form form = Form.empty().with(prefix + "owner", owner).with(prefix + "due", due).with(prefix + "status",
                status);
        try {
            // a form always sends the due field: empty clears the date
            roadmap.update(id, new RoadmapRequest(null, owner == null ? "" : owner, status, due == null ? "" : due))
                    .orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/roadmap?saved=" + id + "#action-" + id)).build();
        } catch (InvalidInputException e) {
            form.withErrors(e.errors().stream().map(error -> new FieldError(prefix + error.field(), error.code(),
                    error.message(), error.args())).toList(), language.messages());
            return Response.status(400).entity(page(form, id, null)).build();
        }
    }

    private TemplateInstance page(Form form, Long failed, String notice) {
        ReportMessages t = texts();
        boolean coordinator = scope.caller().map(c -> c.has(Role.COORDINATOR)).orElse(false);
        List<Row> rows = roadmap.list(null).stream().map(a -> row(a, t, form, failed != null && failed == a.id))
                .toList();
        List<ActionFields.StatusOption> statuses = ActionFields.statuses(t, false);
        return Templates.roadmap(rows, coordinator, statuses, form, notice);
    }

    /** {@code refused}: this row's form was just refused, so it shows what was typed rather than what is stored. */
    private Row row(RoadmapAction a, ReportMessages t, Form form, boolean refused) {
        return new Row(a.id, a.title, language.toolName(a.tool), a.owner, ActionFields.label(a.status, t),
                a.dueDate == null ? null : language.formatDate(a.dueDate.atStartOfDay(ZoneOffset.UTC).toInstant()),
                language.formatDate(a.createdAt), a.completedAt == null ? null : language.formatDate(a.completedAt),
                "/assessments/" + a.assessment.id + "/result", ActionFields.stored("action-" + a.id + "-", form,
                        refused, a.owner, a.dueDate == null ? "" : a.dueDate.toString(), a.status.id()),
                titleLanguage.of(a, language.get()));
    }

    private ReportMessages texts() {
        return MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.get().tag()));
    }
}
