package org.cokit.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Runs Bean Validation on a request and turns violations into {@link FieldError}s for the API and for forms. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} naming every offending field, or returns when the request is valid. */
    public <T> void check(T request) {
        List<FieldError> errors = errorsOf(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The request's problems, empty when it is valid. */
    public <T> List<FieldError> errorsOf(T request) {
        return errorsOf(validator.validate(request));
    }

    public static List<FieldError> errorsOf(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            errors.add(toFieldError(v));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return errors;
    }

    private static FieldError toFieldError(ConstraintViolation<?> v) {
        String field = fieldPath(v.getPropertyPath());
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> args = new HashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (name.equals("min") || name.equals("max") || name.equals("value")) {
                args.put(name, value);
            }
        });
        String code = switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> v.getInvalidValue() != null && String.valueOf(v.getInvalidValue()).length()
                    < ((Number) args.getOrDefault("min", 0)).intValue() ? "too-short" : "too-long";
            case "Email" -> "email";
            case "Min", "Max", "Positive", "PositiveOrZero" -> "out-of-range";
            default -> constraint.toLowerCase(Locale.ROOT);
        };
        return new FieldError(field, code, v.getMessage(), args);
    }

    /** Method validation prefixes the path with the method and parameter; the caller only knows its own fields. */
    private static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
