package org.cokit.bench;

import java.sql.SQLException;

/**
 * CoReady for every organisation: a closed round answered by its five respondents, for half of them an earlier
 * closed round too, and for the first {@link ScaleChunk#openRounds()} organisations an open round with five draft
 * submissions (the answer-saving load test writes into those).
 */
public class CoReadyScaleData implements ScaleDataPart {

    @Override
    public String name() {
        return "coready";
    }

    @Override
    public void fill(ScaleChunk chunk) throws SQLException {
        for (ScaleChunk.GeneratedOrganisation organisation : chunk.organisations()) {
            double favourable = 0.2 + 0.6 * chunk.random().nextDouble();
            if (chunk.random().nextBoolean()) {
                ScaleRounds.round(chunk, organisation.id(), "coready", null, "Readiness (earlier)",
                        organisation.coordinator(), organisation.respondents(), chunk.random().nextInt(300), false,
                        favourable * 0.8);
            }
            ScaleRounds.round(chunk, organisation.id(), "coready", null, "Readiness",
                    organisation.coordinator(), organisation.respondents(), 365 + chunk.random().nextInt(300), false,
                    favourable);
            if (organisation.index() < chunk.openRounds()) {
                ScaleRounds.round(chunk, organisation.id(), "coready", null, "Readiness (open)",
                        organisation.coordinator(), organisation.respondents(), 700, true, favourable);
            }
        }
    }
}
