package org.cokit.tools.conew;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A touchpoint: what the user meets (e.g. the online form) and the channel, a CoServe channel id. */
public record TouchpointRequest(@NotBlank @Size(max = 200) String name, @NotBlank String channel) {
}
