package org.cokit.audit;

import static org.cokit.audit.AuditTestData.as;
import static org.cokit.audit.AuditTestData.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Deleting an organisation leaves no row of it in any table: the tables are read from the database's catalogue, so
 * a table added later is checked without editing this test (and must be filled by {@link AuditTestData}).
 */
@QuarkusTest
class OrganisationDeletionTest {

    @Inject
    AuditTestData data;

    @Test
    void deletingAnOrganisationLeavesNoRowOfItAnywhere() {
        AuditTestData.Filled doomed = data.filledOrganisation();
        long survivor = AuditTestData.organisation(AuditTestData.uniqueName("Surviving Town"));
        String survivorCoordinator = data.member(survivor, org.cokit.organisation.Role.COORDINATOR);
        AuditTestData.openAssessment(survivorCoordinator, "Survives");

        Map<String, Long> before = data.rowsByTable(doomed.id());
        before.forEach((table, rows) -> assertTrue(rows > 0, "the fixture has no row in " + table
                + ": fill it in AuditTestData.filledOrganisation() so its deletion is checked"));
        assertTrue(before.keySet().containsAll(List.of("member", "invitation", "assessment", "roadmap_action",
                "comparison_round", "comparison_score", "service", "service_choice", "audit_entry")), before.toString());
        Map<String, List<Long>> ids = data.idsOf(doomed.id());
        assertEquals(3, ids.get("member_id").size());
        assertTrue(data.count("answer", "submission_id in (select s.id from submission s join assessment a"
                + " on a.id = s.assessment_id where a.organisation_id = ?1)", doomed.id()) > 0);
        assertTrue(data.count("node_result", "assessment_id in (select id from assessment"
                + " where organisation_id = ?1)", doomed.id()) > 0);

        asAdmin().queryParam("confirm", "  " + doomed.name().toUpperCase() + " ")
                .delete("/api/organisations/" + doomed.id()).then().statusCode(204);

        assertEquals(List.of(), data.rowsPointingAt(ids));
        asAdmin().get("/api/organisations/" + doomed.id()).then().statusCode(404);
        as(doomed.coordinator()).get("/api/me").then().statusCode(401);
        // the deletion is recorded, with the name, without the id
        List<Map<String, Object>> entries = asAdmin().queryParam("action", "organisation-deleted").get("/api/audit")
                .then().statusCode(200).extract().path("entries");
        Map<String, Object> entry = entries.stream().filter(e -> doomed.name().equals(e.get("objectLabel")))
                .findFirst().orElseThrow(() -> new AssertionError("no deletion entry in " + entries));
        assertEquals("admin@demo", entry.get("actorEmail"));
        assertEquals(doomed.id(), ((Number) entry.get("objectId")).longValue());
        assertEquals(doomed.name(), entry.get("organisationName"));
        assertEquals(null, entry.get("organisationId"));
        // the other organisation keeps everything
        as(survivorCoordinator).get("/api/assessments").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void theNameMustBeTypedAndOnlyTheAdminMayDelete() {
        String name = AuditTestData.uniqueName("Kept Town");
        long organisation = AuditTestData.organisation(name);
        String coordinator = data.member(organisation, org.cokit.organisation.Role.COORDINATOR);
        asAdmin().queryParam("confirm", "Kept").delete("/api/organisations/" + organisation).then().statusCode(400)
                .body("errors[0].field", equalTo("confirm"));
        asAdmin().delete("/api/organisations/" + organisation).then().statusCode(400)
                .body("errors[0].field", equalTo("confirm"));
        as(coordinator).queryParam("confirm", name).delete("/api/organisations/" + organisation).then()
                .statusCode(403);
        as(TestData.REGION_COORDINATOR, TestData.PASSWORD).queryParam("confirm", name)
                .delete("/api/organisations/" + organisation).then().statusCode(404);
        asAdmin().get("/api/organisations/" + organisation).then().statusCode(200);
        asAdmin().queryParam("organisation", organisation).queryParam("action", "organisation-deleted")
                .get("/api/audit").then().body("entries.size()", equalTo(0));
        // a JSON body confirms as well
        asAdmin().body(Map.of("confirm", name)).delete("/api/organisations/" + organisation).then().statusCode(204);
    }
}
