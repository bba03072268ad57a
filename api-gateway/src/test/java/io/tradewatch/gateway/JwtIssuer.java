package io.tradewatch.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for tests: an RSA key whose public half a local HTTP server publishes as a JWK set, and
 * tokens signed with it (or, to be refused, with a stranger key, an unknown key id, or none at all).
 */
final class JwtIssuer implements AutoCloseable {

    static final String ISSUER = "https://issuer.tradewatch.test";

    static final String AUDIENCE = "tradewatch-gateway";

    private static final String KEY_ID = "tradewatch-test-key";

    private final RSAKey key = generate(KEY_ID);

    private final RSAKey stranger = generate(KEY_ID);

    private final RSAKey unknown = generate("unknown-key");

    private final HttpServer server;

    private JwtIssuer() throws IOException {
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    static JwtIssuer start() {
        try {
            return new JwtIssuer();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot start the test JWK server", ex);
        }
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A valid token for {@code subject} holding {@code roles}, with the claims adjusted as given. */
    String token(String subject, List<String> roles, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        return sign(key, adjust.apply(claims(subject, roles)).build());
    }

    String token(String subject, List<String> roles) {
        return token(subject, roles, UnaryOperator.identity());
    }

    /** Signed by a key with the trusted key id that is not the trusted key. */
    String wronglySigned(String subject, List<String> roles) {
        return sign(stranger, claims(subject, roles).build());
    }

    /** Signed by a key the JWK set does not hold. */
    String unknownKey(String subject, List<String> roles) {
        return sign(unknown, claims(subject, roles).build());
    }

    /** Unsigned ({@code alg=none}). */
    String unsigned(String subject, List<String> roles) {
        return new PlainJWT(claims(subject, roles).build()).serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(subject)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("roles", roles);
    }

    private static String sign(RSAKey signer, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot sign a test token", ex);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate a test RSA key", ex);
        }
    }
}
