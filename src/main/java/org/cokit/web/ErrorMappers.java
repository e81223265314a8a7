package org.cokit.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one set of exception mappers: RFC 9457 problem JSON for {@code /api/**}, a friendly HTML page otherwise.
 * User mistakes become 4xx answers that name the field; nothing here ever shows a stack trace.
 */
public class ErrorMappers {

    @Inject
    UriInfo uriInfo;

    @Inject
    RequestLanguage language;

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(int status, String title, String text);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return respond(400, "Invalid input", e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return respond(400, "Invalid input", InputValidator.errorsOf(e.getConstraintViolations()));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? fieldOf(m) : "body";
        String message = e instanceof JsonMappingException ? "has the wrong type or an unknown value"
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
                : "is not well-formed JSON (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                        + ")";
        return respond(400, "Invalid input", List.of(FieldError.of(field, "invalid-value", message)));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        List<FieldError> errors = e.field() == null ? List.of()
                : List.of(FieldError.of(e.field(), e.code(), e.getMessage()));
        return respond(409, e.getMessage(), errors);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "Not found", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "Forbidden", List.of());
    }

    @ServerExceptionMapper
    public Response csrfRejected(CsrfFilter.CsrfRejectedException e) {
        if (isApi()) {
            return respond(403, e.getMessage(), List.of());
        }
        return html(403, language.messages().error_403_title(), language.messages().error_csrf());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500 || e.getResponse().getLocation() != null) {
            return e.getResponse();
        }
        return respond(status, e.getResponse().getStatusInfo().getReasonPhrase(), List.of());
    }

    private Response respond(int status, String title, List<FieldError> errors) {
        if (isApi()) {
            List<Problem.InvalidParam> params = errors.stream()
                    .map(f -> new Problem.InvalidParam(f.field(), f.code(), f.message())).toList();
            String detail = errors.isEmpty() ? null
                    : errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, detail, uriInfo.getPath(), params)).build();
        }
        Messages m = language.messages();
        return switch (status) {
            case 400 -> html(400, m.error_400_title(), m.error_400_text());
            case 403 -> html(403, m.error_403_title(), m.error_403_text());
            case 404 -> html(404, m.error_404_title(), m.error_404_text());
            case 409 -> html(409, m.error_409_title(), m.error_409_text());
            default -> html(status, title, m.error_400_text());
        };
    }

    private Response html(int status, String title, String text) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, text)).build();
    }

    private boolean isApi() {
        String path = uriInfo.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }
}
