package org.cokit.audit;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cokit.TestData;
import org.cokit.engine.answers.SampleTool;
import org.cokit.organisation.Member;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.PasswordHasher;
import org.cokit.organisation.Role;

/**
 * Fixtures of the audit and data-rights tests: a fresh organisation through the API, members written to the
 * database, an organisation with rows in every table, and SQL that finds every row still pointing at one.
 */
@ApplicationScoped
public class AuditTestData {

    public static final String PASSWORD = "audit-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PasswordHasher hasher;
    private final EntityManager entityManager;
    private String passwordHash;

    public AuditTestData(PasswordHasher hasher, EntityManager entityManager) {
        this.hasher = hasher;
        this.entityManager = entityManager;
    }

    public static RequestSpecification as(String email, String password) {
        return given().auth().preemptive().basic(email, password).contentType("application/json");
    }

    public static RequestSpecification as(String email) {
        return as(email, PASSWORD);
    }

    public static RequestSpecification asAdmin() {
        return as(TestData.ADMIN, TestData.PASSWORD);
    }

    /** A new organisation created by the admin through the API; returns its id. */
    public static long organisation(String name) {
        Number id = asAdmin().body(Map.of("name", name, "country", "SI", "governmentLevel", "LOCAL", "sector",
                "HEALTH", "sizeBand", "UP_TO_49", "language", "EN", "benchmarkOptIn", true))
                .post("/api/organisations").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
    }

    /** A new member of the organisation with the roles; signs in with {@link #PASSWORD}. Returns the e-mail. */
    @Transactional
    public String member(long organisationId, Role... roles) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        Member member = new Member();
        member.organisation = Organisation.findById(organisationId);
        member.email = TestData.uniqueEmail("audit");
        member.displayName = "Audit Tester";
        member.roles.addAll(Set.of(roles));
        member.passwordHash = passwordHash;
        member.createdAt = Instant.now();
        member.persist();
        return member.email;
    }

    @Transactional
    public long memberId(String email) {
        return Member.<Member>find("email", email).firstResult().id;
    }

    /** A new open assessment of the sample tool, started and opened by the coordinator; returns its id. */
    public static long openAssessment(String coordinator, String title) {
        Number id = as(coordinator).body(Map.of("tool", SampleTool.ID, "title", title)).post("/api/assessments")
                .then().statusCode(201).extract().path("id");
        as(coordinator).post("/api/assessments/" + id + "/open").then().statusCode(200);
        return id.longValue();
    }

    /** The member's submission to the assessment with answers whose result recommends {@code know-your-users}. */
    public static long answer(String member, long assessmentId, boolean submit) {
        Number id = as(member).post("/api/assessments/" + assessmentId + "/submissions").then().extract().path("id");
        as(member).body(Map.of("answers", Map.of("many-users", "no", "satisfaction", 1, "main-channel", "phone",
                "complaints", "Long queues"))).put("/api/submissions/" + id + "/answers").then().statusCode(200);
        if (submit) {
            as(member).post("/api/submissions/" + id + "/submit").then().statusCode(200);
        }
        return id.longValue();
    }

    public static void close(String coordinator, long assessmentId) {
        as(coordinator).post("/api/assessments/" + assessmentId + "/close").then().statusCode(200);
    }

    /**
     * An organisation with rows in every table that holds organisation data: members and roles, an accepted and an
     * open invitation, a closed and an open assessment with submissions and answers, its frozen result, comparison
     * rows, a roadmap action, a CoServe service and its choice, audit entries. Returns its id and coordinator.
     */
    public Filled filledOrganisation() {
        String name = uniqueName("Doomed Municipality");
        long organisation = organisation(name);
        String coordinator = member(organisation, Role.COORDINATOR, Role.RESPONDENT);
        String respondent = member(organisation, Role.RESPONDENT);
        String invited = TestData.uniqueEmail("doomed-invitee");
        String link = as(coordinator).body(Map.of("email", invited, "displayName", "Invited Person", "roles",
                List.of("respondent"))).post("/api/organisations/" + organisation + "/invitations").then()
                .statusCode(201).extract().path("link");
        String path = link.substring(link.indexOf("/invitations/"));
        TestData.anonymous().submit(path, path, Map.of("password", PASSWORD, "passwordRepeat", PASSWORD)).then()
                .statusCode(200);
        as(coordinator).body(Map.of("email", TestData.uniqueEmail("doomed-open"), "displayName", "Not Yet",
                "roles", List.of("manager"))).post("/api/organisations/" + organisation + "/invitations").then()
                .statusCode(201);

        long closed = openAssessment(coordinator, "Closed round");
        answer(respondent, closed, true);
        answer(invited, closed, true);
        close(coordinator, closed);
        as(coordinator).body(Map.of("actionId", "know-your-users", "owner", "Ana Novak", "due", "2027-03-31"))
                .post("/api/assessments/" + closed + "/actions").then().statusCode(201);
        long open = openAssessment(coordinator, "Open round");
        answer(respondent, open, false);

        Number service = as(coordinator).body(Map.of("name", "Doomed service", "description", "d", "responsibleUnit",
                "u", "approximateUsers", 10, "channels", List.of("web"))).post("/api/services").then()
                .statusCode(201).extract().path("id");
        as(coordinator).body(Map.of("reason", "It matters")).post("/api/services/" + service + "/choose").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200),
                        org.hamcrest.Matchers.is(201)));
        // CoNew: a journey of the chosen service with a stage, a touchpoint, a link, an annotation and a vote
        Number journey = as(coordinator).body(Map.of("title", "Doomed journey", "stages", List.of(Map.of("name",
                "Applying", "touchpoints", List.of(Map.of("name", "Form", "channel", "web")))))).post("/api/journeys")
                .then().statusCode(201).extract().path("id");
        Number stage = as(coordinator).get("/api/journeys/" + journey).then().extract().path("stages[0].id");
        String url = as(coordinator).body(Map.of("label", "Poster")).post("/api/journeys/" + journey + "/links")
                .then().statusCode(201).extract().path("url");
        String token = url.substring(url.lastIndexOf('/') + 1);
        Number annotation = given().contentType("application/json").body(Map.of("stageId", stage, "idea", "Faster"))
                .post("/api/public/journeys/" + token + "/annotations").then().statusCode(201).extract().path("id");
        as(coordinator).body(Map.of("action", "publish")).post("/api/journeys/" + journey + "/annotations/"
                + annotation + "/moderation").then().statusCode(200);
        given().contentType("application/json").post("/api/public/journeys/" + token + "/annotations/" + annotation + "/votes").then()
                .statusCode(200);
        return new Filled(organisation, name, coordinator, respondent, invited);
    }

    public record Filled(long id, String name, String coordinator, String respondent, String invited) {
    }

    /** Tables (not views, not temporary tables) with the column, found in the database's own catalogue. */
    @Transactional
    public List<String> tablesWith(String column) {
        return ((List<?>) entityManager.createNativeQuery("select c.table_name from information_schema.columns c"
                + " join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where lower(c.column_name) = ?1 and lower(c.table_schema) = 'public' and t.table_type = 'BASE TABLE'"
                + " order by c.table_name")
                .setParameter(1, column).getResultList()).stream().map(t -> t.toString().toLowerCase()).toList();
    }

    /**
     * Every object an organisation has, by the column that points at it: its own id, its members', assessments',
     * submissions' and services' ids.
     */
    @Transactional
    public Map<String, List<Long>> idsOf(long organisationId) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        ids.put("organisation_id", List.of(organisationId));
        ids.put("member_id", longs("select id from member where organisation_id = ?1", organisationId));
        ids.put("assessment_id", longs("select id from assessment where organisation_id = ?1", organisationId));
        ids.put("submission_id", longs("select s.id from submission s join assessment a on a.id = s.assessment_id"
                + " where a.organisation_id = ?1", organisationId));
        ids.put("service_id", longs("select id from service where organisation_id = ?1", organisationId));
        return ids;
    }

    /** "table.column: n" for every table whose column points at one of the ids; empty when none does. */
    @Transactional
    public List<String> rowsPointingAt(Map<String, List<Long>> ids) {
        List<String> found = new ArrayList<>();
        ids.forEach((column, values) -> {
            if (values.isEmpty()) {
                return;
            }
            String in = String.join(",", values.stream().map(String::valueOf).toList());
            for (String table : tablesWith(column)) {
                count(found, table, column, in);
            }
            String owner = column.substring(0, column.length() - "_id".length());
            count(found, owner, "id", in);
        });
        return found;
    }

    /** How many rows each table holds for the organisation, by its organisation_id column. */
    @Transactional
    public Map<String, Long> rowsByTable(long organisationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tablesWith("organisation_id")) {
            counts.put(table, ((Number) entityManager.createNativeQuery("select count(*) from " + table
                    + " where organisation_id = ?1").setParameter(1, organisationId).getSingleResult()).longValue());
        }
        return counts;
    }

    /** Rows of a table matching a condition with one parameter. */
    @Transactional
    public long count(String table, String condition, Object parameter) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where " + condition)
                .setParameter(1, parameter).getSingleResult()).longValue();
    }

    private void count(List<String> found, String table, String column, String in) {
        long n = ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where " + column
                + " in (" + in + ")").getSingleResult()).longValue();
        if (n > 0) {
            found.add(table + "." + column + ": " + n);
        }
    }

    private List<Long> longs(String sql, long parameter) {
        return ((List<?>) entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList()).stream()
                .map(n -> ((Number) n).longValue()).toList();
    }
}
