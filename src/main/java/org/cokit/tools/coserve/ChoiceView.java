package org.cokit.tools.coserve;

import java.time.Instant;

/** One choice of the service to renew: which, why, by whom and when. */
public record ChoiceView(long serviceId, String service, String reason, String chosenBy, Instant chosenAt) {

    static ChoiceView of(ServiceChoice choice) {
        return new ChoiceView(choice.service.id, choice.service.name, choice.reason, choice.chosenBy, choice.chosenAt);
    }
}
