package org.cokit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the body of every API error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidParam> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: its name (a dotted path for nested fields), a stable code and an English message. */
    public record InvalidParam(String field, String code, String message) {
    }
}
