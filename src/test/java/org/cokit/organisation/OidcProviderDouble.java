package org.cokit.organisation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A tiny OpenID Connect provider for tests: discovery, an authorisation endpoint that answers at once with a code,
 * a token endpoint that returns an RS256-signed ID token with the claims the test chose, and the key set.
 */
public class OidcProviderDouble implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "cokit";

    /** The claims (beyond iss, aud, exp, iat, nonce) of the next person to sign in; set by the test. */
    static volatile Map<String, Object> nextPerson = Map.of();

    private static final Map<String, Map<String, Object>> CODES = new ConcurrentHashMap<>();

    private HttpServer server;
    private RsaJsonWebKey key;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-key");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JoseException | IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
        server.createContext("/realm/.well-known/openid-configuration", ex -> json(ex, Map.of("issuer", issuer,
                "authorization_endpoint", issuer + "/authorize", "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks", "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported",
                List.of("RS256"))));
        server.createContext("/realm/jwks", ex -> json(ex, Map.of("keys", List.of(key.toParams(
                org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY)))));
        server.createContext("/realm/authorize", this::authorize);
        server.createContext("/realm/token", this::token);
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        Map<String, Object> claims = new HashMap<>(nextPerson);
        if (query.containsKey("nonce")) {
            claims.put("nonce", query.get("nonce"));
        }
        CODES.put(code, claims);
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Object> person = CODES.remove(body.getOrDefault("code", ""));
        if (!"authorization_code".equals(body.get("grant_type")) || person == null) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setAudience(CLIENT_ID);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(5);
            person.forEach(claims::setClaim);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            json(exchange, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                    "expires_in", 300, "id_token", jws.getCompactSerialization()));
        } catch (JoseException e) {
            throw new IOException(e);
        }
    }

    private static void json(HttpExchange exchange, Map<String, ?> body) throws IOException {
        byte[] bytes = JsonUtil.toJson(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String text) {
        Map<String, String> values = new HashMap<>();
        if (text != null) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
