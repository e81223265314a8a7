package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.i18n.Language;
import org.cokit.organisation.Countries;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.OrganisationRequest;
import org.cokit.organisation.OrganisationService;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's list of organisations and the form to add one. */
@Path("/admin/organisations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class OrganisationsPage {

    @Inject
    OrganisationService organisations;

    @Inject
    RequestLanguage language;

    @Inject
    InputValidator validator;

    public record Row(long id, String name, String country, String levelKey, String sectorKey, String sizeKey,
            String language, boolean benchmarkOptIn) {
    }

    public record Option(String value, String label, String labelKey) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance organisations(List<Row> organisations, Form form, List<Option> countries,
                List<Option> levels, List<Option> sectors, List<Option> sizes, List<Option> languages);
    }

    @GET
    public TemplateInstance list() {
        return page(Form.empty().with("language", "EN"));
    }

    @POST
    public Response create(@RestForm String name, @RestForm String country, @RestForm String governmentLevel,
            @RestForm String sector, @RestForm String sizeBand, @RestForm("language") String lang,
            @RestForm String benchmarkOptIn) {
        Form form = Form.empty().with("name", name).with("country", country).with("governmentLevel", governmentLevel)
                .with("sector", sector).with("sizeBand", sizeBand).with("language", lang)
                .with("benchmarkOptIn", benchmarkOptIn);
        List<FieldError> choiceErrors = new ArrayList<>();
        OrganisationRequest request = new OrganisationRequest(name, country,
                choice(GovernmentLevel.class, "governmentLevel", governmentLevel, choiceErrors),
                choice(Sector.class, "sector", sector, choiceErrors),
                choice(SizeBand.class, "sizeBand", sizeBand, choiceErrors),
                choice(Language.class, "language", lang, choiceErrors),
                "true".equals(benchmarkOptIn));
        try {
            if (!choiceErrors.isEmpty()) {
                choiceErrors.addAll(validator.errorsOf(request));
                throw new InvalidInputException(choiceErrors);
            }
            Organisation created = organisations.create(request);
            return Response.seeOther(URI.create("/organisations/" + created.id + "/members")).build();
        } catch (InvalidInputException e) {
            form.withErrors(e.errors(), language.messages());
        } catch (ConflictException e) {
            form.withErrors(List.of(FieldError.of(e.field(), "conflict", e.getMessage())), language.messages());
        }
        return Response.status(400).entity(page(form)).build();
    }

    /** An enum value from a select; a value not offered adds an "invalid choice" error (blank is "required"). */
    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<E> match = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        if (match.isEmpty()) {
            errors.add(FieldError.of(field, "invalid-choice", "unknown value '" + value + "'"));
        }
        return match.orElse(null);
    }

    private TemplateInstance page(Form form) {
        Locale locale = language.get().locale();
        List<Row> rows = organisations.listAll().stream().map(o -> new Row(o.id, o.name,
                Countries.name(o.country, locale), "level_" + o.governmentLevel.name(), "sector_" + o.sector.name(),
                "size_" + o.sizeBand.name(), o.language.nativeName(), o.benchmarkOptIn)).toList();
        List<Option> countries = Countries.all(locale).stream().map(c -> new Option(c.code(), c.name(), null))
                .toList();
        return Templates.organisations(rows, form, countries, keyed(GovernmentLevel.values(), "level_"),
                keyed(Sector.values(), "sector_"), keyed(SizeBand.values(), "size_"),
                Arrays.stream(Language.values()).map(l -> new Option(l.name(), l.nativeName(), null)).toList());
    }

    private static List<Option> keyed(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), null, prefix + v.name())).toList();
    }
}
