package org.cokit.tools.conew;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new public link: a label, optionally the channel or event it is handed out through, and a closing date
 * ({@code yyyy-mm-dd}, the link works until the end of that day, UTC).
 */
public record LinkRequest(@NotBlank @Size(max = 200) String label, String channel, String closesOn) {
}
