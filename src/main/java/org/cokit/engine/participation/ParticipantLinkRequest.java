package org.cokit.engine.participation;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new participant link: the roles it offers (all of the questionnaire's when left out), a label for the
 * coordinator's list and an optional last day ({@code yyyy-mm-dd}) on which it takes new participants.
 */
public record ParticipantLinkRequest(List<String> roles, @Size(max = 200) String label, String closesOn) {
}
