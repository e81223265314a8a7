package org.cokit.tools.coserve;

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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentRequest;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.error.FieldError;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.cokit.report.PdfRenderer;
import org.cokit.web.Form;
import org.cokit.web.RequestLanguage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * CoServe's pages: the candidate services (coordinators add them and start their assessments), and the ranking
 * with the criteria matrix, chart, explanations, the choice of the service to renew and its history.
 */
@Path("/services")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ServicesPage {

    @Inject
    CoServeService services;

    @Inject
    ServiceRanking ranking;

    @Inject
    RankingCsv csv;

    @Inject
    AssessmentService assessments;

    @Inject
    OrganisationScope scope;

    @Inject
    RequestLanguage language;

    @Inject
    PdfRenderer pdf;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    /** One service in the list; {@code assessments} as "title – status" texts. */
    public record ServiceRow(long id, String name, String description, String unit, String users,
            List<String> channels, List<AssessmentRow> assessments, boolean chosen) {
    }

    public record AssessmentRow(long id, String title, String statusKey) {
    }

    public record Option(String value, String label) {
    }

    public record HistoryRow(String when, String service, String who, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance services(List<ServiceRow> services, boolean coordinator, List<Option> channels,
                Form form, String notice);

        static native TemplateInstance ranking(RankingPageModel model, boolean coordinator, List<Option> options,
                Form form, String notice, String current, List<HistoryRow> history, boolean print);

        static native TemplateInstance rankingPdf(RankingPageModel model, String current, List<HistoryRow> history,
                boolean print, String lang, String printedOn);
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        ServeMessages m = messages();
        String notice = "added".equals(done) ? m.service_added()
                : "assessment".equals(done) ? m.service_assessment_started() : null;
        return servicesPage(Form.empty(), notice);
    }

    @POST
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response create(@RestForm String name, @RestForm String description, @RestForm String responsibleUnit,
            @RestForm String approximateUsers, @RestForm List<String> channels) {
        Form form = Form.empty().with("name", name).with("description", description)
                .with("responsibleUnit", responsibleUnit).with("approximateUsers", approximateUsers)
                .with("channels", channels == null ? "" : String.join(",", channels));
        try {
            Long users = null;
            if (approximateUsers != null && !approximateUsers.isBlank()) {
                try {
                    users = Long.valueOf(approximateUsers.trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(FieldError.of("approximateUsers", "not-a-number",
                            "must be a whole number"));
                }
            }
            services.create(new ServiceRequest(name, description, responsibleUnit, users, channels));
            return seeOther("/services?done=added");
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(servicesPage(form, null)).build();
        }
    }

    /** Starts a CoServe assessment of the service; the coordinator opens it on the assessments page. */
    @POST
    @Path("{id}/assessments")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response assess(@PathParam("id") long id) {
        Service service = services.find(id).orElseThrow(NotFoundException::new);
        assessments.create(new AssessmentRequest(CoServeTool.ID, service.id, service.name));
        return seeOther("/services?done=assessment");
    }

    @GET
    @Path("ranking")
    public TemplateInstance ranking(@QueryParam("done") String done) {
        return rankingPage(Form.empty(), "chosen".equals(done) ? messages().choose_done() : null);
    }

    @POST
    @Path("ranking/choice")
    @RolesAllowed(Role.Names.COORDINATOR)
    public Response choose(@RestForm String service, @RestForm String reason) {
        Form form = Form.empty().with("service", service).with("reason", reason);
        try {
            if (service == null || service.isBlank()) {
                throw new InvalidInputException(FieldError.of("service", "required", "choose a service"));
            }
            long id;
            try {
                id = Long.parseLong(service.trim());
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
            services.choose(id, new ChoiceRequest(reason)).orElseThrow(NotFoundException::new);
            return seeOther("/services/ranking?done=chosen");
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
            return Response.status(400).entity(rankingPage(form, null)).build();
        }
    }

    @GET
    @Path("ranking.csv")
    @Produces(RankingCsv.MEDIA_TYPE)
    public Response rankingCsv() {
        return csv.response(ranking.rank(), language.get());
    }

    @GET
    @Path("ranking.pdf")
    @Produces("application/pdf")
    public Response rankingPdf() {
        member();
        ServeMessages m = messages();
        ServiceRanking.Ranking result = ranking.rank();
        String html = Templates.rankingPdf(RankingPageModel.of(result, language.get(), m),
                result.current().map(c -> m.choose_current(c.service.name)).orElse(null), history(result), true,
                language.get().tag(), m.ranking_printed(language.formatDate(clock.instant()))).render();
        return Response.ok(pdf.render(html, uri.getBaseUri().toString())).type("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"coserve-ranking.pdf\"").build();
    }

    private List<HistoryRow> history(ServiceRanking.Ranking result) {
        return result.history().stream().map(c -> new HistoryRow(language.formatDate(c.chosenAt), c.service.name,
                c.chosenBy, c.reason)).toList();
    }

    private TemplateInstance servicesPage(Form form, String notice) {
        Caller caller = member();
        ServeMessages m = messages();
        Long chosen = services.chosen().map(CoServeService.ChosenService::serviceId).orElse(null);
        List<Assessment> rounds = assessments.list(CoServeTool.ID, null);
        List<ServiceRow> rows = services.list().stream().map(s -> new ServiceRow(s.id, s.name, s.description,
                s.responsibleUnit, s.approximateUsers == null ? null
                        : String.format(language.get().locale(), "%,d", s.approximateUsers),
                s.channelList().stream().map(c -> c.label(language.get())).toList(),
                rounds.stream().filter(a -> s.id.equals(a.subjectId)).map(a -> new AssessmentRow(a.id,
                        a.title == null ? s.name : a.title, "assessment_status_" + a.status.name().toLowerCase()))
                        .toList(), s.id.equals(chosen))).toList();
        return Templates.services(rows, caller.has(Role.COORDINATOR), channelOptions(), form, notice);
    }

    private TemplateInstance rankingPage(Form form, String notice) {
        Caller caller = member();
        ServeMessages m = messages();
        ServiceRanking.Ranking result = ranking.rank();
        RankingPageModel model = RankingPageModel.of(result, language.get(), m);
        List<Option> options = result.entries().stream()
                .map(e -> new Option(String.valueOf(e.service().id), e.service().name)).toList();
        if (form.value("service").isEmpty()) {
            result.current().ifPresent(c -> form.with("service", c.service.id));
        }
        String current = result.current().map(c -> m.choose_current(c.service.name)).orElse(null);
        List<HistoryRow> history = history(result);
        return Templates.ranking(model, caller.has(Role.COORDINATOR), options, form, notice, current, history, false);
    }

    private Caller member() {
        return scope.caller().filter(c -> c.organisationId() != null).orElseThrow(NotFoundException::new);
    }

    private ServeMessages messages() {
        return MessageBundles.get(ServeMessages.class, Localized.Literal.of(language.get().tag()));
    }

    private List<Option> channelOptions() {
        List<Option> options = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            options.add(new Option(channel.id(), channel.label(language.get())));
        }
        return options;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
