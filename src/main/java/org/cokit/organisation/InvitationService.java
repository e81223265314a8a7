package org.cokit.organisation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cokit.CokitConfig;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.error.ConflictException;
import org.cokit.error.FieldError;
import org.cokit.error.InputValidator;
import org.cokit.error.InvalidInputException;
import org.cokit.security.SecretTokens;
import org.jboss.logging.Logger;

/**
 * Inviting people into an organisation and turning an accepted invitation into a member with a password.
 */
@ApplicationScoped
public class InvitationService {

    private static final Logger LOG = Logger.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final OrganisationScope scope;
    private final PasswordHasher hasher;
    private final InputValidator validator;
    private final CokitConfig config;
    private final Clock clock;
    private final Mailer mailer;
    private final AuditLog audit;

    public InvitationService(InvitationRepository invitations, MemberRepository members, OrganisationScope scope,
            PasswordHasher hasher, InputValidator validator, CokitConfig config, Clock clock, Mailer mailer,
            AuditLog audit) {
        this.invitations = invitations;
        this.members = members;
        this.scope = scope;
        this.hasher = hasher;
        this.validator = validator;
        this.config = config;
        this.clock = clock;
        this.mailer = mailer;
        this.audit = audit;
    }

    /**
     * Invites someone into an organisation the caller may access; empty when it does not exist for the caller.
     * An earlier open invitation of the same address is revoked, so only the newest link works.
     *
     * @param applicationBase the application's absolute base URL, e.g. {@code https://cokit.example.org/}
     */
    @Transactional
    public Optional<IssuedInvitation> invite(long organisationId, InvitationRequest request, String invitedBy,
            java.net.URI applicationBase) {
        Optional<Organisation> organisation = scope.organisation(organisationId);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        validator.check(request);
        if (request.roles().contains(Role.ADMIN)) {
            throw new InvalidInputException(FieldError.of("roles", "invalid-choice",
                    "'admin' is a global role and cannot be given by invitation"));
        }
        String email = MemberRepository.normaliseEmail(request.email());
        if (members.emailTaken(email)) {
            throw new ConflictException("email", "'" + email + "' already has a CoKit account");
        }
        Instant now = clock.instant();
        invitations.listOpenFor(organisationId, email, now).forEach(old -> old.revokedAt = now);

        String token = SecretTokens.newToken();
        Invitation invitation = new Invitation();
        invitation.organisation = organisation.get();
        invitation.email = email;
        invitation.displayName = request.displayName().trim();
        invitation.setRoles(request.roles());
        invitation.tokenHash = SecretTokens.hash(token);
        invitation.invitedBy = invitedBy;
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(config.invitation().validity());
        invitation.persist();
        audit.record(organisationId, organisation.get().name, AuditAction.INVITATION_SENT, AuditAction.INVITATION,
                invitation.id, invitation.email, "roles=" + invitation.roles);

        String link = applicationBase.resolve("invitations/" + token).toString();
        boolean mailed = config.mail().enabled() && mail(invitation, link);
        return Optional.of(new IssuedInvitation(invitation, link, mailed));
    }

    @Transactional
    public List<Invitation> listOpen(long organisationId) {
        return invitations.listOpen(organisationId, clock.instant());
    }

    /** Revokes an open invitation; false when there is no such invitation for the caller. */
    @Transactional
    public boolean revoke(long organisationId, long invitationId) {
        Optional<Invitation> invitation = invitations.find(organisationId, invitationId);
        invitation.filter(i -> i.revokedAt == null && i.acceptedAt == null).ifPresent(i -> {
            i.revokedAt = clock.instant();
            audit.record(organisationId, AuditAction.INVITATION_REVOKED, AuditAction.INVITATION, i.id, i.email, null);
        });
        return invitation.isPresent();
    }

    /** The open invitation behind a link's token, if the link still works. */
    @Transactional
    public Optional<Invitation> findOpen(String token) {
        if (!SecretTokens.isPlausible(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(SecretTokens.hash(token)).filter(i -> i.isOpen(now));
    }

    /** Accepts an open invitation: creates the member with the chosen password. Empty when the link is dead. */
    @Transactional
    public Optional<Member> accept(String token, AcceptInvitationRequest request) {
        Optional<Invitation> found = findOpen(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        validator.check(request);
        int minLength = config.password().minLength();
        if (request.password().length() < minLength) {
            throw new InvalidInputException(new FieldError("password", "too-short",
                    "must be at least " + minLength + " characters long", java.util.Map.of("min", minLength)));
        }
        if (!request.password().equals(request.passwordRepeat())) {
            throw new InvalidInputException(FieldError.of("passwordRepeat", "mismatch",
                    "must be the same as the password"));
        }
        Invitation invitation = found.get();
        if (members.emailTaken(invitation.email)) {
            throw new ConflictException("email", "'" + invitation.email + "' already has a CoKit account");
        }
        Instant now = clock.instant();
        Member member = new Member();
        member.organisation = invitation.organisation;
        member.email = invitation.email;
        member.displayName = invitation.displayName;
        member.roles.addAll(invitation.roleSet());
        member.passwordHash = hasher.hash(request.password());
        member.createdAt = now;
        member.persist();
        invitation.acceptedAt = now;
        audit.record(member.organisation.id, member.organisation.name, AuditAction.INVITATION_ACCEPTED,
                AuditAction.MEMBER, member.id, member.email, "invitation=" + invitation.id + ", roles="
                        + invitation.roles);
        return Optional.of(member);
    }

    private boolean mail(Invitation invitation, String link) {
        try {
            mailer.send(Mail.withText(invitation.email, "Your invitation to CoKit",
                    "You have been invited to " + invitation.organisation.name + " on CoKit.\n\n"
                            + "Open this link to choose your password (it works until " + invitation.expiresAt
                            + "):\n" + link + "\n"));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Could not send the invitation e-mail for invitation %d: %s", invitation.id, e.getMessage());
            return false;
        }
    }
}
