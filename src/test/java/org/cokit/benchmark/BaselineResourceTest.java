package org.cokit.benchmark;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The load tests' baselines are off unless {@code cokit.benchmark.endpoints=true}: by default nobody reaches them. */
@QuarkusTest
class BaselineResourceTest {

    @Test
    void baselinesAnswer404ByDefault() {
        given().get("/benchmark/hello").then().statusCode(404);
        given().contentType("text/plain").post("/benchmark/insert").then().statusCode(404);
    }
}
