package org.cokit.tools.coserve;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's candidate services for CoServe, and the choice of the one to renew. */
@Path("/api/services")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ServiceResource {

    private final CoServeService services;
    private final AssessmentService assessments;

    public ServiceResource(CoServeService services, AssessmentService assessments) {
        this.services = services;
        this.assessments = assessments;
    }

    @GET
    @Operation(summary = "The organisation's candidate services, by name, each with its CoServe assessments and"
            + " whether it is the chosen one")
    public List<ServiceView> list() {
        Long chosen = services.chosen().map(CoServeService.ChosenService::serviceId).orElse(null);
        List<Assessment> rounds = assessments.list(CoServeTool.ID, null);
        return services.list().stream().map(s -> ServiceView.of(s, s.id.equals(chosen), rounds)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One candidate service")
    public ServiceView get(@PathParam("id") long id) {
        Service service = services.find(id).orElseThrow(NotFoundException::new);
        boolean chosen = services.chosen().map(c -> c.serviceId() == id).orElse(false);
        return ServiceView.of(service, chosen, assessments.list(CoServeTool.ID, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "List a candidate service: name (required), description, responsibleUnit,"
            + " approximateUsers (0 or more), channels (web, mobile-app, email, phone, post, office, home-visit)."
            + " Assess it with POST /api/assessments {\"tool\": \"coserve\", \"subjectId\": <its id>}")
    public Response create(ServiceRequest request) {
        Service service = services.create(request == null
                ? new ServiceRequest(null, null, null, null, null) : request);
        return Response.created(URI.create("/api/services/" + service.id))
                .entity(ServiceView.of(service, false, List.of())).build();
    }

    @POST
    @Path("{id}/choose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Choose this service for renewal (the next step, CoNew, works on it), with a required"
            + " reason: {\"reason\": ...}. Choosing again changes the choice; every choice stays in the history")
    public ChoiceView choose(@PathParam("id") long id, ChoiceRequest request) {
        Optional<ServiceChoice> choice = services.choose(id, request);
        return choice.map(ChoiceView::of).orElseThrow(NotFoundException::new);
    }
}
