package org.cokit.engine.participation;

/** A link just made: the only time its token and path ({@code /take/<token>}) are shown. */
public record IssuedParticipantLink(ParticipantLinkView link, String token, String path) {
}
