package org.cokit.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.cokit.i18n.Language;

/**
 * The language of the current request's pages: a {@code ?lang=} in the address, else the reader's explicit choice
 * (a cookie set by the language switcher), else the best supported one their browser asks for, else English.
 */
@RequestScoped
public class RequestLanguage {

    public static final String COOKIE = "cokit-lang";

    @Inject
    HttpServerRequest request;

    private Language language;

    public Language get() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    /** The interface texts in this request's language. */
    public Messages messages() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(get().tag()));
    }

    /** A date as readers of this language write it, e.g. "3 March 2026" (never the US order) (in UTC, the server's reference time). */
    public String formatDate(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(get().dateLocale()).format(instant.atZone(java.time.ZoneOffset.UTC));
    }

    /** A tool's name from the message {@code step_<id>_name} where the bundle has one, else its id. */
    public String toolName(String toolId) {
        String method = "step_" + toolId.replace('-', '_') + "_name";
        try {
            return (String) Messages.class.getMethod(method).invoke(messages());
        } catch (ReflectiveOperationException | ClassCastException e) {
            return toolId;
        }
    }

    private Language resolve() {
        // a ?lang= in the address wins, so a shared link (e.g. a public journey's) can name its language
        Optional<Language> asked = Language.fromTag(request.getParam("lang"));
        if (asked.isPresent()) {
            return asked.get();
        }
        Cookie chosen = request.getCookie(COOKIE);
        if (chosen != null) {
            Optional<Language> fromCookie = Language.fromTag(chosen.getValue());
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language")).orElse(Language.FALLBACK);
    }

    /** The supported language with the highest q-value in an Accept-Language header. */
    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        record Wish(Language language, double q) {
        }
        return Arrays.stream(header.split(",")).map(String::trim).map(part -> {
            String[] pieces = part.split(";");
            double q = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            double weight = q;
            return Language.fromTag(pieces[0]).map(l -> new Wish(l, weight));
        }).flatMap(Optional::stream).filter(w -> w.q() > 0).max(Comparator.comparingDouble(Wish::q))
                .map(Wish::language);
    }
}
