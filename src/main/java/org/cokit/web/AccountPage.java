package org.cokit.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cokit.error.ConflictException;
import org.cokit.error.InvalidInputException;
import org.cokit.organisation.AccountDataView;
import org.cokit.organisation.AccountService;
import org.cokit.organisation.Role;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in member's own data, and deleting their account after typing their e-mail address. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    @Inject
    AccountService accounts;

    @Inject
    RequestLanguage language;

    @Inject
    SecurityIdentity identity;

    public record Item(String label, String status, String date) {
    }

    public record Entry(String when, String action, String object) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountDataView data, String roles, String created, String lastLogin,
                List<Item> invitations, List<Item> submissions, List<Entry> entries, String refusal, Form form,
                String organisationExport);

        static native TemplateInstance deleted();
    }

    @GET
    @Authenticated
    public TemplateInstance get() {
        return page(Form.empty());
    }

    @POST
    @Path("delete")
    @Authenticated
    public Response delete(@RestForm String confirm) {
        AuditMessages m = messages();
        try {
            accounts.deleteOwnAccount(confirm);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(Form.empty().with("confirm", confirm)
                    .withError("confirm", m.account_confirm_mismatch()))).build();
        } catch (ConflictException e) {
            String message = AccountService.LAST_ADMIN.equals(e.code()) ? m.account_delete_last_admin()
                    : m.account_delete_last();
            return Response.status(409).entity(page(Form.empty().with("confirm", confirm).withError("confirm",
                    message))).build();
        }
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/account/deleted")).build();
    }

    @GET
    @Path("deleted")
    public TemplateInstance deleted() {
        return Templates.deleted();
    }

    private TemplateInstance page(Form form) {
        AccountDataView data = accounts.data().orElseThrow(io.quarkus.security.UnauthorizedException::new);
        AuditMessages m = messages();
        Messages msg = language.messages();
        String roles = String.join(", ", data.roles().stream().map(r -> Role.fromId(r)
                .map(role -> HomePage.roleLabel(role, msg)).orElse(r)).toList());
        List<Item> invitations = data.invitations().stream().map(i -> new Item(i.invitedBy(), i.roles(),
                date(i.acceptedAt()))).toList();
        List<Item> submissions = data.held().stream().filter(h -> "submission".equals(h.kind()))
                .map(h -> new Item(h.label(), h.status(), date(h.at()))).toList();
        List<Entry> entries = data.auditEntries().stream().map(e -> new Entry(date(e.at()),
                AuditPage.actionLabel(e.action(), m), e.objectLabel() == null ? "" : e.objectLabel())).toList();
        Optional<String> refusal = accounts.deletionRefusal();
        String refusalText = refusal.map(code -> AccountService.LAST_ADMIN.equals(code) ? m.account_delete_last_admin()
                : m.account_delete_last()).orElse(null);
        // Coordinators download everything their organisation owns (org.cokit.report.export).
        String organisationExport = data.organisation() != null && data.roles().contains(Role.COORDINATOR.id())
                ? "/export/organisations/" + data.organisation().id() + "/data.json" : null;
        return Templates.account(data, roles, date(data.createdAt()), date(data.lastLoginAt()), invitations,
                submissions, entries, refusalText, form, organisationExport);
    }

    private String date(Instant instant) {
        return instant == null ? "" : language.formatDate(instant);
    }

    private AuditMessages messages() {
        return MessageBundles.get(AuditMessages.class, Localized.Literal.of(language.get().tag()));
    }
}
