package org.cokit.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The admin's H2 backup restores into a fresh database with the data in it; only the admin may take one. */
@QuarkusTest
class BackupTest {

    private static boolean onH2() {
        return "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithTheData() throws Exception {
        assumeTrue(onH2(), "the backup command is for H2; PostgreSQL is backed up with pg_dump (.ci/cluster)");
        String name = "Backed Up Town " + System.nanoTime();
        given().auth().preemptive().basic(TestData.ADMIN, TestData.PASSWORD).contentType("application/json")
                .body(Map.of("name", name, "country", "SI", "governmentLevel", "LOCAL", "sector", "HEALTH",
                        "sizeBand", "UP_TO_49", "language", "SL"))
                .post("/api/organisations").then().statusCode(201);

        Map<String, Object> backup = given().auth().preemptive().basic(TestData.ADMIN, TestData.PASSWORD)
                .contentType("application/json").post("/api/admin/backup").then().statusCode(200).extract().as(Map.class);
        Path file = Path.of((String) backup.get("file"));
        assertTrue(Files.isRegularFile(file), "no backup file at " + file);
        assertEquals(Files.size(file), ((Number) backup.get("bytes")).longValue());

        String url = "jdbc:h2:mem:restored-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection restored = DriverManager.getConnection(url, "cokit", "")) {
            try (var statement = restored.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + file + "' COMPRESSION ZIP");
            }
            assertEquals(1, count(restored, "select count(*) from organisation where name = ?", name));
            assertTrue(count(restored, "select count(*) from member where email = ?", TestData.CITY_COORDINATOR) == 1,
                    "the demo members are in the backup");
            assertTrue(count(restored, "select count(*) from flyway_schema_history where success", null) >= 7,
                    "the migration history is in the backup, so Flyway accepts the restored database");
        }

        List<Map<String, Object>> entries = given().auth().preemptive().basic(TestData.ADMIN, TestData.PASSWORD)
                .queryParam("action", "data-exported").get("/api/audit").then().statusCode(200).extract()
                .path("entries");
        assertEquals("backup", entries.get(0).get("objectType"));
        assertEquals(file.getFileName().toString(), entries.get(0).get("objectLabel"));
    }

    @Test
    void onlyTheAdminTakesBackups() {
        given().auth().preemptive().basic(TestData.CITY_COORDINATOR, TestData.PASSWORD)
                .contentType("application/json").post("/api/admin/backup")
                .then().statusCode(403);
        given().contentType("application/json").post("/api/admin/backup").then().statusCode(401);
    }

    @Test
    void onPostgresqlTheCommandPointsToPgDump() {
        assumeTrue(!onH2());
        given().auth().preemptive().basic(TestData.ADMIN, TestData.PASSWORD)
                .contentType("application/json").post("/api/admin/backup").then()
                .statusCode(409).body("title", org.hamcrest.Matchers.containsString("pg_dump"));
    }

    private static long count(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
