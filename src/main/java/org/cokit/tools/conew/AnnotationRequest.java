package org.cokit.tools.conew;

/**
 * A service user's annotation of one stage: feeling 1-5, a problem, an idea (at least one of the three), and contact
 * details only with {@code contact} ticked. {@code website} is a field people never see: bots fill it in.
 */
public record AnnotationRequest(Long stageId, Integer feeling, String problem, String idea, Boolean contact,
        String contactName, String contactEmail, String website) {
}
