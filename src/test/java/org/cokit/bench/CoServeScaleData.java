package org.cokit.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** CoServe for every organisation: four candidate services, each assessed in a closed round by three members. */
public class CoServeScaleData implements ScaleDataPart {

    private static final String SERVICE = "insert into service (id, organisation_id, name, description,"
            + " responsible_unit, approximate_users, channels, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[] NAMES = {"Parking permits", "Building permits", "Child benefit", "Waste collection"};

    @Override
    public String name() {
        return "coserve";
    }

    @Override
    public void fill(ScaleChunk chunk) throws SQLException {
        PreparedStatement service = chunk.batch(SERVICE);
        for (ScaleChunk.GeneratedOrganisation organisation : chunk.organisations()) {
            long[] team = {organisation.coordinator(), organisation.respondents()[0], organisation.respondents()[1]};
            for (int s = 0; s < NAMES.length; s++) {
                long id = chunk.nextId("service");
                service.setLong(1, id);
                service.setLong(2, organisation.id());
                service.setString(3, NAMES[s]);
                service.setString(4, "Generated for load tests.");
                service.setString(5, "Unit " + (s + 1));
                service.setLong(6, 100L + chunk.random().nextInt(100_000));
                service.setString(7, "web,phone");
                service.setString(8, ScaleChunk.email(organisation.coordinator()));
                service.setTimestamp(9, chunk.day(400));
                service.addBatch();
                chunk.wrote("service", 1);
                chunk.service(organisation.id(), id);
                ScaleRounds.round(chunk, organisation.id(), "coserve", id, NAMES[s], organisation.coordinator(),
                        team, 420 + s, false, 0.2 + 0.6 * chunk.random().nextDouble());
            }
        }
    }
}
