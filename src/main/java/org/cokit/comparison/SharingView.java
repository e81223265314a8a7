package org.cokit.comparison;

import java.util.List;
import org.cokit.organisation.Organisation;

/** An organisation's sharing setting, with what sharing means. */
public record SharingView(long organisationId, boolean benchmarkOptIn, List<String> shared, List<String> neverShared) {

    static final List<String> SHARED = List.of("the 0-100 scores of the latest closed round of each tool, only"
            + " inside anonymised aggregates (median, quartiles, percentile rank, group size) of at least the"
            + " minimum group size");
    static final List<String> NEVER_SHARED = List.of("answers", "comments and other free text",
            "the organisation's name", "names of members", "any single organisation's score");

    public static SharingView of(Organisation organisation) {
        return new SharingView(organisation.id, organisation.benchmarkOptIn, SHARED, NEVER_SHARED);
    }
}
