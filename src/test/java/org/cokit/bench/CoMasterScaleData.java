package org.cokit.bench;

import java.sql.SQLException;
import java.util.List;

/**
 * CoMaster for every organisation: a closed round answered by five participants, two staff members who sign in and
 * two service users and a partner who answer anonymously through the round's participant link, each only the
 * statements their role is asked.
 */
public class CoMasterScaleData implements ScaleDataPart {

    @Override
    public String name() {
        return "comaster";
    }

    @Override
    public void fill(ScaleChunk chunk) throws SQLException {
        for (ScaleChunk.GeneratedOrganisation organisation : chunk.organisations()) {
            long[] staff = organisation.respondents();
            List<ScaleRounds.Participant> participants = List.of(new ScaleRounds.Participant(staff[0], "staff"),
                    new ScaleRounds.Participant(staff[1], "staff"), new ScaleRounds.Participant(0, "user"),
                    new ScaleRounds.Participant(0, "user"), new ScaleRounds.Participant(0, "partner"));
            ScaleRounds.roleRound(chunk, organisation.id(), "comaster", "Co-creation quality",
                    organisation.coordinator(), participants, 500 + chunk.random().nextInt(200),
                    0.2 + 0.6 * chunk.random().nextDouble());
        }
    }
}
