package org.cokit.tools.coserve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;

/**
 * CoServe's use cases on the caller's organisation: listing candidate services, and choosing the one to renew.
 * The chosen service is what the next step (CoNew) works on: {@link #chosen(long)} answers it.
 */
@ApplicationScoped
public class CoServeService {

    private final ServiceRepository services;
    private final ServiceChoiceRepository choices;
    private final OrganisationScope scope;
    private final InputValidator validator;
    private final Clock clock;

    public CoServeService(ServiceRepository services, ServiceChoiceRepository choices, OrganisationScope scope,
            InputValidator validator, Clock clock) {
        this.services = services;
        this.choices = choices;
        this.scope = scope;
        this.validator = validator;
        this.clock = clock;
    }

    /** The service chosen for renewal, who chose it, when and why. */
    public record ChosenService(long serviceId, String name, String reason, String chosenBy, Instant chosenAt) {

        static ChosenService of(ServiceChoice choice) {
            return new ChosenService(choice.service.id, choice.service.name, choice.reason, choice.chosenBy,
                    choice.chosenAt);
        }
    }

    @Transactional
    public List<Service> list() {
        return scope.ownOrganisationId().map(services::list).orElse(List.of());
    }

    /** Whether organisation {@code organisationId} has listed any service (false when the caller may not see it). */
    @Transactional
    public boolean hasServices(long organisationId) {
        return !services.list(organisationId).isEmpty();
    }

    @Transactional
    public Optional<Service> find(long serviceId) {
        return scope.ownOrganisationId().flatMap(org -> services.find(org, serviceId));
    }

    /** Adds a candidate service to the caller's organisation. */
    @Transactional
    public Service create(ServiceRequest request) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(request));
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (request.channels() != null) {
            for (String id : request.channels()) {
                Optional<Channel> channel = Channel.fromId(id == null ? "" : id.trim());
                if (channel.isEmpty()) {
                    errors.add(FieldError.of("channels", "invalid-choice", "unknown channel '" + id + "'; known: "
                            + Channel.ids()));
                    break;
                }
                channels.add(channel.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Caller caller = scope.caller().orElseThrow();
        long organisationId = scope.ownOrganisationId().orElseThrow(() -> new InvalidInputException(
                FieldError.of("name", "no-organisation", "only members of an organisation list services")));
        Service service = new Service();
        service.organisation = scope.organisation(organisationId).orElseThrow();
        service.name = request.name().trim();
        service.description = blankToNull(request.description());
        service.responsibleUnit = blankToNull(request.responsibleUnit());
        service.approximateUsers = request.approximateUsers();
        service.channels = channels.stream().map(Channel::id).collect(Collectors.joining(","));
        service.createdBy = caller.email();
        service.createdAt = clock.instant();
        service.persist();
        return service;
    }

    /**
     * Chooses service {@code serviceId} for renewal, or changes an earlier choice; the earlier ones stay in the
     * history. Empty when the caller's organisation has no such service.
     */
    @Transactional
    public Optional<ServiceChoice> choose(long serviceId, ChoiceRequest request) {
        Optional<Service> service = find(serviceId);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        validator.check(request == null ? new ChoiceRequest(null) : request);
        ServiceChoice choice = new ServiceChoice();
        choice.organisation = service.get().organisation;
        choice.service = service.get();
        choice.reason = request.reason().trim();
        choice.chosenBy = scope.caller().orElseThrow().email();
        choice.chosenAt = clock.instant();
        choice.persist();
        return Optional.of(choice);
    }

    /** Every choice of the caller's organisation, newest (the current one) first. */
    @Transactional
    public List<ServiceChoice> history() {
        return scope.ownOrganisationId().map(choices::history).orElse(List.of());
    }

    /** The service the caller's organisation chose to renew, if it chose one. */
    @Transactional
    public Optional<ChosenService> chosen() {
        return scope.ownOrganisationId().flatMap(this::chosen);
    }

    /** The service organisation {@code organisationId} chose to renew, if the caller may see it and there is one. */
    @Transactional
    public Optional<ChosenService> chosen(long organisationId) {
        return choices.current(organisationId).map(ChosenService::of);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
