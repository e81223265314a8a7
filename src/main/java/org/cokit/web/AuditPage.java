package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditEntryView;
import org.cokit.audit.AuditLog;
import org.cokit.audit.AuditPageView;
import org.cokit.organisation.Caller;
import org.cokit.organisation.OrganisationScope;
import org.cokit.organisation.OrganisationService;
import org.cokit.organisation.Role;

/** The audit log as a page: a coordinator's own organisation's entries, or the admin's of all with a filter. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @Inject
    AuditLog log;

    @Inject
    OrganisationScope scope;

    @Inject
    OrganisationService organisations;

    @Inject
    RequestLanguage language;

    public record Row(String when, String isoTime, String organisation, String actor, String action, String object,
            String details) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<Row> rows, boolean admin, String organisationName,
                List<Option> organisations, List<Option> actions, int page, String previous, String next);
    }

    @GET
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public TemplateInstance get(@QueryParam("organisation") String organisation, @QueryParam("action") String action,
            @QueryParam("page") String page) {
        Caller caller = scope.caller().orElseThrow(NotFoundException::new);
        Long organisationId = number(organisation);
        String chosenAction = action == null || action.isBlank() ? null : action.trim();
        int pageNumber = page == null ? 1 : Math.max(1, number(page) == null ? 1 : number(page).intValue());
        AuditPageView view = log.page(organisationId, chosenAction, pageNumber).orElseThrow(NotFoundException::new);
        AuditMessages m = messages();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language.get().dateLocale());
        List<Row> rows = view.entries().stream().map(e -> new Row(format.format(e.at().atZone(ZoneOffset.UTC)),
                iso(e.at()), e.organisationName(), actor(e, m), actionLabel(e.action(), m), object(e), e.details()))
                .toList();
        List<Option> organisationOptions = new ArrayList<>();
        String organisationName = null;
        if (caller.isAdmin()) {
            organisationOptions.add(new Option("", m.audit_filter_all(), organisationId == null));
            organisations.listAll().forEach(o -> organisationOptions.add(new Option(String.valueOf(o.id), o.name,
                    o.id.equals(organisationId))));
        } else {
            organisationName = scope.organisation(caller.organisationId()).map(o -> o.name).orElse("");
        }
        List<Option> actions = new ArrayList<>();
        actions.add(new Option("", m.audit_filter_all(), chosenAction == null));
        AuditAction.ALL.forEach(a -> actions.add(new Option(a, actionLabel(a, m), a.equals(chosenAction))));
        String base = "/audit?" + (caller.isAdmin() && organisationId != null ? "organisation=" + organisationId + "&"
                : "") + (chosenAction == null ? "" : "action=" + URLEncoder.encode(chosenAction,
                        StandardCharsets.UTF_8) + "&") + "page=";
        return Templates.audit(rows, caller.isAdmin(), organisationName, organisationOptions, actions,
                view.page(), view.page() > 1 ? base + (view.page() - 1) : null,
                view.hasNext() ? base + (view.page() + 1) : null);
    }

    private AuditMessages messages() {
        return MessageBundles.get(AuditMessages.class, Localized.Literal.of(language.get().tag()));
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static String actor(AuditEntryView e, AuditMessages m) {
        if (e.actorEmail() != null) {
            return e.actorEmail();
        }
        return e.actorMemberId() != null ? m.audit_erased() : m.audit_nobody();
    }

    private static String object(AuditEntryView e) {
        if (e.objectLabel() != null) {
            return e.objectLabel();
        }
        return e.objectType() + (e.objectId() == null ? "" : " " + e.objectId());
    }

    /** The action's name in the reader's language; an action this version does not know shows as its id. */
    static String actionLabel(String action, AuditMessages m) {
        return switch (action) {
            case AuditAction.ASSESSMENT_OPENED -> m.action_assessment_opened();
            case AuditAction.ASSESSMENT_CLOSED -> m.action_assessment_closed();
            case AuditAction.DATA_EXPORTED -> m.action_data_exported();
            case AuditAction.SHARING_CHANGED -> m.action_sharing_changed();
            case AuditAction.INVITATION_SENT -> m.action_invitation_sent();
            case AuditAction.INVITATION_REVOKED -> m.action_invitation_revoked();
            case AuditAction.INVITATION_ACCEPTED -> m.action_invitation_accepted();
            case AuditAction.MEMBER_DELETED -> m.action_member_deleted();
            case AuditAction.ORGANISATION_CREATED -> m.action_organisation_created();
            case AuditAction.ORGANISATION_DELETED -> m.action_organisation_deleted();
            case AuditAction.PARTICIPANT_LINK_CREATED -> m.action_participant_link_created();
            case AuditAction.PARTICIPANT_LINK_REVOKED -> m.action_participant_link_revoked();
            case AuditAction.JOURNEY_LINK_CREATED -> m.action_journey_link_created();
            case AuditAction.JOURNEY_LINK_REVOKED -> m.action_journey_link_revoked();
            case AuditAction.ANNOTATION_PUBLISHED -> m.action_annotation_published();
            case AuditAction.ANNOTATION_HIDDEN -> m.action_annotation_hidden();
            case AuditAction.ANNOTATION_MERGED -> m.action_annotation_merged();
            case AuditAction.ANNOTATION_REDACTED -> m.action_annotation_redacted();
            case AuditAction.MEMBER_PROVISIONED -> m.action_member_provisioned();
            case AuditAction.MEMBER_ROLES_CHANGED -> m.action_member_roles_changed();
            default -> action;
        };
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
