package org.cokit.organisation;

/** A newly made invitation with the only copy of its link (the database keeps a hash of the token). */
public record IssuedInvitation(Invitation invitation, String link, boolean mailed) {
}
