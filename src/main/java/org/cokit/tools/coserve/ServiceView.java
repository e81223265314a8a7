package org.cokit.tools.coserve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.cokit.engine.answers.Assessment;

/** A candidate service as the API shows it, with its CoServe assessments (newest first) and whether it is chosen. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceView(long id, String name, String description, String responsibleUnit, Long approximateUsers,
        List<String> channels, boolean chosen, List<AssessmentRef> assessments) {

    /** One assessment of the service. */
    public record AssessmentRef(long id, String status, String title) {
    }

    static ServiceView of(Service s, boolean chosen, List<Assessment> assessments) {
        return new ServiceView(s.id, s.name, s.description, s.responsibleUnit, s.approximateUsers,
                s.channelList().stream().map(Channel::id).toList(), chosen, assessments == null ? null
                        : assessments.stream().filter(a -> s.id.equals(a.subjectId))
                                .map(a -> new AssessmentRef(a.id, a.status.name().toLowerCase(), a.title)).toList());
    }
}
