package org.cokit.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/** Refuses any page post that is not a form whose CSRF field matches the browser's CSRF cookie. */
public class CsrfFilter {

    @Inject
    Csrf csrf;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext context) {
        MediaType type = context.getMediaType();
        boolean form = type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
        if (!"POST".equals(context.getMethod())) {
            return null;
        }
        if (!form) {
            // A cross-site page can post text/plain without a preflight; pages take forms only, the API (Basic
            // auth, JSON) has no ambient session to abuse.
            // The load-test baselines (404 unless cokit.benchmark.endpoints) must cost what a bare insert costs.
            String path = context.getUriInfo().getPath();
            if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/benchmark/")) {
                return null;
            }
            throw new CsrfRejectedException();
        }
        Object submitted = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                .getFormParameter(Csrf.FIELD, true, false);
        if (csrf.matches(submitted == null ? null : submitted.toString())) {
            return null;
        }
        throw new CsrfRejectedException();
    }

    /** The page was open too long or came from elsewhere; answered with a friendly 403 page. */
    public static class CsrfRejectedException extends RuntimeException {
        public CsrfRejectedException() {
            super("The form's security token is missing or does not match");
        }
    }
}
