package org.cokit.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cokit.TestData;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Prometheus metrics at /q/metrics count the requests served; JSON logs are there, off unless asked for. */
@QuarkusTest
class MetricsAndLogsTest {

    private static final Pattern LOGIN_PAGE_COUNT = Pattern.compile(
            "http_server_requests_seconds_count\\{[^}]*uri=\"/login\"[^}]*} ([0-9.]+)");

    @Test
    void metricsCountTheRequestsInPrometheusFormat() {
        double before = loginPageCount();
        for (int i = 0; i < 3; i++) {
            given().get("/login").then().statusCode(200);
        }
        assertEquals(before + 3, loginPageCount(), 0.0);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void refusedCallsDoNotMakeALabelPerPath() {
        for (int id = 900_001; id <= 900_005; id++) {
            given().get("/api/submissions/" + id + "/answers").then().statusCode(401);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("/api/submissions/90000"), "a raw path became a metrics label");
        given().auth().preemptive().basic(TestData.CITY_RESPONDENT, TestData.PASSWORD).get("/api/me").then().statusCode(200);
        assertTrue(given().get("/q/metrics").then().extract().asString().contains("uri=\"/api/me\""),
                "an answered call is still counted under its route");
    }

    @Test
    void jsonLogsAreOffByDefault() {
        assertEquals(Boolean.FALSE,
                ConfigProvider.getConfig().getValue("quarkus.log.console.json.enabled", Boolean.class));
    }

    private static double loginPageCount() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = LOGIN_PAGE_COUNT.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
