package org.cokit.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password an invitee chooses, typed twice. The minimum length is a setting, checked by the service. */
public record AcceptInvitationRequest(
        @NotBlank @Size(max = 200) String password,
        @NotBlank @Size(max = 200) String passwordRepeat) {
}
