package org.cokit.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cokit.CokitConfig;
import org.cokit.i18n.Language;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the base layout shows around every page: who is signed in, navigation for their roles, languages. */
@Named("shell")
@RequestScoped
public class Shell {

    @Inject
    OrganisationScope scope;

    @Inject
    RequestLanguage language;

    @Inject
    HttpServerRequest request;

    @Inject
    CokitConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    java.time.Duration sessionTimeout;

    public record NavItem(String href, String messageKey, boolean current) {
    }

    public record LanguageChoice(String tag, String name, boolean current) {
    }

    public Optional<Caller> caller() {
        return scope.caller();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    public String getLang() {
        return language.get().tag();
    }

    public List<LanguageChoice> getLanguages() {
        Language current = language.get();
        return Arrays.stream(Language.values()).map(l -> new LanguageChoice(l.tag(), l.nativeName(), l == current))
                .toList();
    }

    /** The current path and query, so the language switcher can come back to the same page. */
    public String getPath() {
        String uri = request.uri();
        return uri == null || !uri.startsWith("/") || uri.startsWith("//") ? "/" : uri;
    }

    public List<NavItem> getNavigation() {
        List<NavItem> items = new ArrayList<>();
        Optional<Caller> caller = caller();
        items.add(item("/", "nav_home"));
        caller.filter(c -> c.organisationId() != null)
                .ifPresent(c -> items.add(item("/assessments", "nav_assessments", "/submissions")));
        caller.filter(c -> c.organisationId() != null && (c.has(Role.COORDINATOR) || c.has(Role.MANAGER)))
                .ifPresent(c -> {
                    items.add(item("/dashboard", "nav_dashboard"));
                    items.add(item("/roadmap", "nav_roadmap"));
                });
        caller.filter(c -> c.has(Role.COORDINATOR)).ifPresent(c -> items.add(item("/members", "nav_members")));
        caller.filter(Caller::isAdmin).ifPresent(c -> items.add(item("/admin/organisations", "nav_organisations")));
        caller.filter(c -> c.isAdmin() || (c.organisationId() != null && c.has(Role.COORDINATOR)))
                .ifPresent(c -> items.add(item("/audit", "nav_audit")));
        return items;
    }

    /** A navigation link, marked current on its own pages and on those under {@code alsoUnder}. */
    private NavItem item(String href, String key, String... alsoUnder) {
        String path = request.path();
        boolean current = href.equals("/") ? "/".equals(path) : path != null && (path.startsWith(href)
                || Arrays.stream(alsoUnder).anyMatch(path::startsWith));
        return new NavItem(href, key, current);
    }

    public long getSessionTimeoutSeconds() {
        return sessionTimeout.toSeconds();
    }

    public long getSessionWarningSeconds() {
        return Math.max(0, sessionTimeout.minus(config.session().warningBefore()).toSeconds());
    }

    public boolean isDemo() {
        return config.demo().enabled();
    }
}
