package org.cokit.report.export;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/organisations/{id}/export}: one key per part, everything of the organisation and nothing of
 * another, no password hashes, who may export, the audit entry; and the pages' download links.
 */
@QuarkusTest
class OrganisationExportTest {

    @Inject
    TestData testData;

    @Inject
    ObjectMapper mapper;

    private static Response get(String email, String path) {
        return given().auth().preemptive().basic(email, PASSWORD).get(path);
    }

    private static Set<Long> assessmentIds(String email) {
        List<Number> ids = get(email, "/api/assessments").then().statusCode(200).extract().path("id");
        Set<Long> set = new HashSet<>();
        ids.forEach(id -> set.add(id.longValue()));
        return set;
    }

    @Test
    void theExportHoldsEveryPartOfTheOrganisationAndNothingOfAnother() throws Exception {
        long assessment = TestData.assessmentWithWeakUsers();
        long city = testData.organisationIdOf(CITY_COORDINATOR);
        Response response = get(CITY_COORDINATOR, "/api/organisations/" + city + "/export");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/json"));
        assertTrue(response.getHeader("Content-Disposition").contains("cokit-organisation-" + city + ".json"));
        String body = response.asString();
        JsonNode json = mapper.readTree(body);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("format", "version", "exportedAt", "organisation", "actions", "assessments", "audit",
                "invitations", "journeys", "members", "results", "services", "sharing"), keys);
        assertEquals("cokit-organisation-export", json.get("format").asText());
        assertEquals(city, json.at("/organisation/id").asLong());
        assertEquals("Demo City", json.at("/organisation/name").asText());

        assertFalse(body.contains("passwordHash") || body.contains("tokenHash") || body.contains("$2a$"),
                "no password or token hashes");
        assertFalse(body.contains("demo-region") || body.contains("Demo Region"), "nothing of another organisation");
        List<String> emails = new ArrayList<>();
        json.get("members").forEach(m -> emails.add(m.get("email").asText()));
        assertTrue(emails.containsAll(List.of(CITY_COORDINATOR, CITY_RESPONDENT, CITY_MANAGER)), emails.toString());

        Set<Long> own = assessmentIds(CITY_COORDINATOR);
        Set<Long> exported = new HashSet<>();
        json.get("assessments").forEach(a -> exported.add(a.get("id").asLong()));
        assertEquals(own, exported);
        Set<Long> region = assessmentIds(REGION_COORDINATOR);
        json.get("results").forEach(r -> assertTrue(own.contains(r.get("assessmentId").asLong()), r.toString()));
        json.get("actions").forEach(a -> assertTrue(own.contains(a.get("assessmentId").asLong()), a.toString()));
        assertTrue(json.get("results").size() > 0 && json.get("actions").size() > 0);
        region.forEach(id -> assertFalse(exported.contains(id)));

        JsonNode round = null;
        for (JsonNode a : json.get("assessments")) {
            if (a.get("id").asLong() == assessment) {
                round = a;
            }
        }
        JsonNode submission = round.get("submissions").get(0);
        assertEquals("submitted", submission.get("status").asText());
        assertTrue(submission.get("participantRole").isNull(), "CoReady asks everyone the same");
        List<String> answers = new ArrayList<>();
        submission.get("answers").forEach(a -> answers.add(a.get("questionId").asText() + "=" + a.get("value").asText()));
        assertTrue(answers.containsAll(List.of("many-users=no", "main-channel=phone", "complaints=Long queues")),
                answers.toString());

        assertTrue(json.at("/services/services").size() >= 4, "Demo City's candidate services");
        assertTrue(json.at("/services/choices").size() >= 1);
        assertTrue(json.at("/sharing/benchmarkOptIn").isBoolean());
        // CoNew: the demo journey with its stages, links and every annotation, whatever its moderation
        assertTrue(json.at("/journeys/journeys").size() >= 1, "Demo City's journey");
        assertTrue(json.at("/journeys/stages").size() >= 5, "the demo journey's five stages");
        assertTrue(json.at("/journeys/links").size() >= 1);
        List<String> statuses = new ArrayList<>();
        json.at("/journeys/annotations").forEach(a -> statuses.add(a.get("status").asText()));
        assertTrue(statuses.containsAll(List.of("published", "pending", "hidden")), statuses.toString());
        boolean audited = false;
        for (JsonNode entry : json.get("audit")) {
            audited |= "data-exported".equals(entry.get("action").asText())
                    && "organisation".equals(entry.get("objectType").asText()) && entry.get("objectId").asLong() == city;
        }
        assertTrue(audited, "the export itself is in the audit log it exports");
    }

    @Test
    void coordinatorsOfTheOrganisationAndTheAdminExport() {
        long city = testData.organisationIdOf(CITY_COORDINATOR);
        String url = "/api/organisations/" + city + "/export";
        assertEquals(200, get(ADMIN, url).statusCode());
        assertEquals(403, get(CITY_MANAGER, url).statusCode());
        assertEquals(403, get(CITY_RESPONDENT, url).statusCode());
        assertEquals(404, get(REGION_COORDINATOR, url).statusCode());
        assertEquals(401, given().get(url).statusCode());
    }

    @Test
    void pagesLinkTheDownloads() {
        long city = testData.organisationIdOf(CITY_COORDINATOR);
        TestData.Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        String link = "/export/organisations/" + city + "/data.json";
        String account = coordinator.get("/account").then().statusCode(200).extract().asString();
        assertTrue(account.contains("href=\"" + link + "\""), account);
        assertTrue(account.contains("Download the organisation&#39;s data (JSON)")
                || account.contains("Download the organisation's data (JSON)"), account);
        Response download = coordinator.get(link);
        assertEquals(200, download.statusCode());
        assertTrue(download.asString().startsWith("{\"format\":\"cokit-organisation-export\""));
        String respondentAccount = TestData.login(CITY_RESPONDENT, PASSWORD).get("/account").asString();
        assertFalse(respondentAccount.contains("/export/organisations/"), "only coordinators get the link");

        long assessment = TestData.assessmentWithWeakUsers();
        TestData.Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        String result = manager.get("/assessments/" + assessment + "/result").then().statusCode(200).extract()
                .asString();
        for (String file : List.of("answers.csv", "answers.xlsx", "codebook.csv")) {
            String href = "/export/assessments/" + assessment + "/" + file;
            assertTrue(result.contains("href=\"" + href + "\""), href);
            assertEquals(200, manager.get(href).statusCode(), href);
        }
        assertTrue(result.contains("Download answers (CSV)") && result.contains("Download answers (Excel)"));
        String csv = manager.get("/export/assessments/" + assessment + "/answers.csv").asString();
        assertTrue(csv.startsWith("\uFEFFrespondent,submitted_at,many-users,"), csv);
        assertEquals(403, TestData.login(CITY_RESPONDENT, PASSWORD)
                .get("/export/assessments/" + assessment + "/answers.csv").statusCode());
    }
}
