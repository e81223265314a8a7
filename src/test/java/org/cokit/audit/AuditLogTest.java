package org.cokit.audit;

import static org.cokit.audit.AuditTestData.as;
import static org.cokit.audit.AuditTestData.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cokit.organisation.Role;
import org.junit.jupiter.api.Test;

/** Each audited action leaves one entry naming who did what to which object; who may read which entries. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditTestData data;

    /** The newest entry of the organisation with the action, as the admin reads it. */
    private static Map<String, Object> newest(long organisation, String action) {
        List<Map<String, Object>> entries = asAdmin().queryParam("organisation", organisation)
                .queryParam("action", action).get("/api/audit").then().statusCode(200).extract().path("entries");
        assertTrue(!entries.isEmpty(), "no " + action + " entry for organisation " + organisation);
        return entries.get(0);
    }

    private static void assertEntry(Map<String, Object> entry, String actor, String objectType, Object objectId,
            String label) {
        assertEquals(actor, entry.get("actorEmail"));
        assertEquals(objectType, entry.get("objectType"));
        assertEquals(((Number) objectId).longValue(), ((Number) entry.get("objectId")).longValue());
        assertEquals(label, entry.get("objectLabel"));
    }

    @Test
    void openingClosingSharingAndInvitingAreRecorded() {
        String name = AuditTestData.uniqueName("Audited Town");
        long organisation = AuditTestData.organisation(name);
        assertEntry(newest(organisation, "organisation-created"), "admin@demo", "organisation", organisation, name);
        String coordinator = data.member(organisation, Role.COORDINATOR);
        long coordinatorId = data.memberId(coordinator);

        long assessment = AuditTestData.openAssessment(coordinator, "Audited round");
        Map<String, Object> opened = newest(organisation, "assessment-opened");
        assertEntry(opened, coordinator, "assessment", assessment, "Audited round");
        assertEquals(coordinatorId, ((Number) opened.get("actorMemberId")).longValue());
        assertEquals(name, opened.get("organisationName"));
        AuditTestData.close(coordinator, assessment);
        assertEntry(newest(organisation, "assessment-closed"), coordinator, "assessment", assessment, "Audited round");

        as(coordinator).body(Map.of("benchmarkOptIn", false)).put("/api/organisations/" + organisation + "/sharing")
                .then().statusCode(200);
        Map<String, Object> sharing = newest(organisation, "sharing-changed");
        assertEntry(sharing, coordinator, "organisation", organisation, name);
        assertEquals("benchmarkOptIn=false", sharing.get("details"));

        String invitee = org.cokit.TestData.uniqueEmail("audited-invitee");
        Number invitation = as(coordinator).body(Map.of("email", invitee, "displayName", "Invitee", "roles",
                List.of("respondent"))).post("/api/organisations/" + organisation + "/invitations").then()
                .statusCode(201).extract().path("id");
        assertEntry(newest(organisation, "invitation-sent"), coordinator, "invitation", invitation, invitee);
        as(coordinator).delete("/api/organisations/" + organisation + "/invitations/" + invitation).then()
                .statusCode(204);
        assertEntry(newest(organisation, "invitation-revoked"), coordinator, "invitation", invitation, invitee);
    }

    @Test
    void aFailedActionLeavesNoEntry() {
        long organisation = AuditTestData.organisation(AuditTestData.uniqueName("Unchanged Town"));
        String coordinator = data.member(organisation, Role.COORDINATOR);
        long assessment = AuditTestData.openAssessment(coordinator, "Opened once");
        as(coordinator).post("/api/assessments/" + assessment + "/open").then().statusCode(409);
        asAdmin().queryParam("organisation", organisation).queryParam("action", "assessment-opened")
                .get("/api/audit").then().statusCode(200).body("entries.size()", equalTo(1));
        // setting the same choice again changes nothing and records nothing
        as(coordinator).body(Map.of("benchmarkOptIn", true)).put("/api/organisations/" + organisation + "/sharing")
                .then().statusCode(200);
        asAdmin().queryParam("organisation", organisation).queryParam("action", "sharing-changed")
                .get("/api/audit").then().statusCode(200).body("entries.size()", equalTo(0));
    }

    @Test
    void coordinatorsSeeTheirOwnOrganisationRespondentsNothingTheAdminAll() {
        long mine = AuditTestData.organisation(AuditTestData.uniqueName("Own Town"));
        long theirs = AuditTestData.organisation(AuditTestData.uniqueName("Other Town"));
        String coordinator = data.member(mine, Role.COORDINATOR);
        String otherCoordinator = data.member(theirs, Role.COORDINATOR);
        AuditTestData.openAssessment(coordinator, "Mine");
        AuditTestData.openAssessment(otherCoordinator, "Theirs");

        as(coordinator).get("/api/audit").then().statusCode(200)
                .body("entries.organisationId", everyItem(equalTo((int) mine)))
                .body("entries.objectLabel", hasItem("Mine")).body("entries.objectLabel", not(hasItem("Theirs")));
        as(coordinator).queryParam("organisation", theirs).get("/api/audit").then().statusCode(404);
        as(data.member(mine, Role.RESPONDENT)).get("/api/audit").then().statusCode(403);
        as(data.member(mine, Role.MANAGER)).get("/api/audit").then().statusCode(403);
        asAdmin().get("/api/audit").then().statusCode(200).body("page", equalTo(1)).body("pageSize", equalTo(50));
        asAdmin().queryParam("organisation", theirs).get("/api/audit").then().statusCode(200)
                .body("entries.objectLabel", hasItem("Theirs")).body("entries.objectLabel", not(hasItem("Mine")));
    }

    @Test
    void entriesComeNewestFirstAndInPages() {
        long organisation = AuditTestData.organisation(AuditTestData.uniqueName("Busy Town"));
        String coordinator = data.member(organisation, Role.COORDINATOR);
        for (int i = 1; i <= 3; i++) {
            AuditTestData.openAssessment(coordinator, "Round " + i);
        }
        as(coordinator).queryParam("action", "assessment-opened").get("/api/audit").then().statusCode(200)
                .body("entries.objectLabel", equalTo(List.of("Round 3", "Round 2", "Round 1")))
                .body("hasNext", equalTo(false));
        as(coordinator).queryParam("page", 2).get("/api/audit").then().statusCode(200)
                .body("entries.size()", equalTo(0));
    }
}
