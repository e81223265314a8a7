package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.cokit.CokitConfig;
import org.cokit.organisation.DemoData;
import org.cokit.organisation.SsoConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login form (posted to Quarkus' form authentication) with the single sign-on button when that is on, logout
 * and the keep-alive for the session warning.
 */
@Path("/")
public class LoginPage {

    static final List<String> DEMO_LOGINS = List.of("admin@demo", "coordinator@demo-city", "respondent1@demo-city",
            "respondent2@demo-city", "manager@demo-city", "coordinator@demo-region", "respondent1@demo-region",
            "respondent2@demo-region", "manager@demo-region");

    @Inject
    SecurityIdentity identity;

    @Inject
    CokitConfig config;

    @Inject
    SsoConfig ssoConfig;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean ssoEnabled;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, boolean expired, boolean elsewhere,
                String username,
                List<String> demoLogins, String demoPassword, String ssoProvider);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean failed, @QueryParam("logout") boolean loggedOut,
            @QueryParam("expired") boolean expired, @QueryParam("elsewhere") boolean elsewhere) {
        List<String> demo = config.demo().enabled() ? DEMO_LOGINS : List.of();
        return Templates.login(failed, loggedOut, expired, elsewhere, "", demo, DemoData.PASSWORD,
                ssoEnabled ? ssoConfig.providerName() : null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/login?logout=true")).build();
    }

    /** Called by the session warning's button: any authenticated request renews the session cookie. */
    @GET
    @Path("session/extend")
    public Response extend() {
        return Response.status(identity.isAnonymous() ? 401 : 204).header("Cache-Control", "no-store").build();
    }
}
