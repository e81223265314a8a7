package org.cokit.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.cokit.i18n.Language;

/** The language switcher's target: remembers the choice in a cookie and goes back to the page it came from. */
@Path("/language")
public class LanguagePage {

    @GET
    public Response choose(@QueryParam("lang") String tag, @QueryParam("back") String back) {
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/";
        URI location;
        try {
            location = URI.create(target);
        } catch (IllegalArgumentException e) {
            location = URI.create("/");
        }
        Response.ResponseBuilder response = Response.seeOther(location);
        Language.fromTag(tag).ifPresent(language -> response.cookie(new NewCookie.Builder(RequestLanguage.COOKIE)
                .value(language.tag()).path("/").maxAge(60 * 60 * 24 * 365).sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true).build()));
        return response.build();
    }
}
