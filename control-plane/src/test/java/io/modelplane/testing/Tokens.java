package io.modelplane.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real tokens from the test Keycloak, plus the broken kinds a harness needs (forged, expired). */
public final class Tokens {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String realmUrl() {
    String base = ConfigProvider.getConfig().getValue("modelplane.keycloak.url", String.class);
    return base + "/realms/modelplane";
  }

  /** A demo user's access token (password = user name), cached for the run. */
  public static String user(String name) {
    return CACHE.computeIfAbsent("user:" + name, n -> passwordGrant("modelplane-cli", name));
  }

  /** A CI service account's token (client credentials). */
  public static String client(String clientId, String secret) {
    return CACHE.computeIfAbsent(
        "client:" + clientId,
        c ->
            given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token"));
  }

  /** A real, correctly signed token from a client whose tokens live one second. */
  public static String shortLived(String user) {
    return passwordGrant("modelplane-cli-short", user);
  }

  /** A token with a valid shape and claims, signed by a key Keycloak never had. */
  public static String forged(String user) {
    String[] real = user(user).split("\\.");
    try {
      var keys = KeyPairGenerator.getInstance("RSA");
      keys.initialize(2048);
      var pair = keys.generateKeyPair();
      String signingInput = real[0] + "." + real[1];
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(pair.getPrivate());
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String passwordGrant(String clientId, String name) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", clientId)
        .formParam("username", name)
        .formParam("password", name)
        .post(realmUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
