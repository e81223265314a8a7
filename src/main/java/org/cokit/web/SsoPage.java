package org.cokit.web;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cokit.organisation.SsoClaims;
import org.cokit.organisation.SsoConfig;
import org.cokit.organisation.SsoOutcome;
import org.cokit.organisation.SsoService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The end of a single sign-on: the OpenID Connect code flow guards this path only; here its ID token becomes a
 * CoKit member and the usual session cookie, and the provider's own session is dropped.
 */
@Path("/login/sso")
public class SsoPage {

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession oidcSession;

    @Inject
    SsoService sso;

    @Inject
    SsoConfig config;

    @Inject
    SsoSessionCookie sessionCookie;

    @Inject
    RoutingContext routingContext;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean enabled;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedIn(String name);

        static native TemplateInstance refused(SsoOutcome.Refusal reason, String detail);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response signIn() {
        if (!enabled) {
            throw new NotFoundException();
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Response.seeOther(URI.create("/login")).build();
        }
        SsoOutcome outcome = sso.signIn(new SsoClaims(token.getSubject(), first(token, config.emailClaim()),
                first(token, config.nameClaim()), first(token, config.organisationClaim()),
                claimValues(token, config.rolesClaim())));
        // CoKit's own session takes over; the provider's session cookie is not needed any more.
        oidcSession.logout().await().indefinitely();
        if (!outcome.isSignedIn()) {
            return Response.status(403).entity(Templates.refused(outcome.refusal(), outcome.detail()))
                    .header("Cache-Control", "no-store").build();
        }
        sessionCookie.start(outcome.caller().email(), routingContext);
        // A page, not a redirect: the browser sends the SameSite=Strict cookie only on a navigation that starts here,
        // not at the end of the redirects that came from the provider.
        return Response.ok(Templates.signedIn(outcome.caller().displayName())).header("Cache-Control", "no-store")
                .build();
    }

    private static String first(JsonWebToken token, String claim) {
        List<String> values = claimValues(token, claim);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The claim's text values: one string, a number or a list of them; a path "a/b" reads into nested objects. */
    static List<String> claimValues(JsonWebToken token, String path) {
        String[] parts = path.split("/");
        Object value = token.getClaim(parts[0]);
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(parts[i])
                    : value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        List<String> values = new ArrayList<>();
        addValues(value, values);
        return values;
    }

    private static void addValues(Object value, List<String> values) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> addValues(v, values));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> addValues(v, values));
        } else if (value instanceof JsonString text) {
            values.add(text.getString());
        } else if (value instanceof JsonNumber || value instanceof Number || value instanceof String) {
            values.add(value.toString());
        } else if (value != null && !(value instanceof JsonValue)) {
            values.add(value.toString());
        }
    }
}
