package org.cokit.tools.conew;

/**
 * A moderation decision: {@code action} publish, hide (with a {@code reason}) or merge (into annotation
 * {@code mergeInto}, a duplicate); or redact, replacing the {@code problem} and/or {@code idea} text.
 */
public record ModerationRequest(String action, String reason, Long mergeInto, String problem, String idea) {
}
