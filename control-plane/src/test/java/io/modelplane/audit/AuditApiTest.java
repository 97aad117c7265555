package io.modelplane.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.modelplane.audit.checkpoint.Ed25519Keys;
import io.modelplane.audit.merkle.Verifier;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit API as an auditor uses it: who did what, filtered and paged; proofs that check out with
 * an RFC 9162 verifier; checkpoints whose signatures check out with the published key.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditApiTest {

  private static final String EVENTS = "/api/v1/tenants/acme/audit-events";
  private static final String CHECKPOINTS = "/api/v1/tenants/acme/checkpoints";

  @Test
  void shouldRecordWhoDidWhatFromWhereUnderWhichRequest() {
    // Given bob creates a model, naming his request
    String model = RegistryClient.uniqueName("audited");
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .header("X-Request-Id", "req-" + model)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"%s\",\"task\":\"classification\"}".formatted(model))
        .post("/api/v1/tenants/acme/models")
        .then()
        .statusCode(201);

    // When an auditor looks the model up in the trail
    JsonPath page =
        auditor()
            .queryParam("resourceId", model)
            .get(EVENTS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    // Then the event says who, what, where from, which request, with its place in the log
    assertThat(page.getList("items")).hasSize(1);
    Map<String, Object> e = page.getMap("items[0]");
    assertThat(e).containsEntry("action", "model.create").containsEntry("resourceType", "model");
    assertThat(e).containsEntry("outcome", "success").containsEntry("status", 201);
    assertThat(e).containsEntry("requestId", "req-" + model).containsEntry("tenant", "acme");
    assertThat(e).containsEntry("sourceAddress", "127.0.0.1");
    assertThat(page.getString("items[0].actor.name")).isEqualTo("bob");
    assertThat(page.getString("items[0].actor.subject")).isNotBlank();
    assertThat(page.getList("items[0].actor.roles", String.class)).contains("engineer");
    assertThat(page.getLong("items[0].sequence")).isNotNegative();
    assertThat(Base64.getDecoder().decode(page.getString("items[0].leafHash"))).hasSize(32);
  }

  @Test
  void shouldFilterByActorActionAndTimeAndPageWithACursor() {
    // Given three updates of one model by bob
    String model = RegistryClient.uniqueName("paged");
    RegistryClient.createModel(Tokens.user("bob"), "acme", model, "regression")
        .then()
        .statusCode(201);
    for (int i = 0; i < 3; i++) {
      given()
          .auth()
          .oauth2(Tokens.user("bob"))
          .contentType(ContentType.JSON)
          .body("{\"description\":\"take %d\"}".formatted(i))
          .patch("/api/v1/tenants/acme/models/{m}", model)
          .then()
          .statusCode(200);
    }

    // When they are read two at a time, newest first
    RequestSpecification query =
        auditor()
            .queryParam("actor", "bob")
            .queryParam("action", "model.update")
            .queryParam("resourceType", "model")
            .queryParam("resourceId", model)
            .queryParam("from", "2020-01-01T00:00:00Z")
            .queryParam("order", "desc")
            .queryParam("limit", 2);
    JsonPath first = query.get(EVENTS).then().statusCode(200).extract().jsonPath();
    JsonPath second =
        query.queryParam("after", first.getString("nextCursor")).get(EVENTS).jsonPath();

    // Then the pages hold all three, in falling sequence, and the last page says it is the last
    List<Long> seqs = new java.util.ArrayList<>(first.getList("items.sequence", Long.class));
    seqs.addAll(second.getList("items.sequence", Long.class));
    assertThat(seqs).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(second.getString("nextCursor")).isNull();
    auditor()
        .queryParam("resourceId", model)
        .queryParam("to", "2020-01-01T00:00:00Z")
        .get(EVENTS)
        .then()
        .body("items.size()", equalTo(0));
  }

  @Test
  void shouldNameTheBadFilter() {
    auditor()
        .queryParam("from", "yesterday")
        .get(EVENTS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("from"));
    auditor()
        .queryParam("outcome", "maybe")
        .get(EVENTS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldPseudonymiseAddressesBeforeTheyReachTheLog() {
    // Given a viewer refused on a path that carries an e-mail address
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .contentType(ContentType.JSON)
        .body("{\"description\":\"x\"}")
        .patch("/api/v1/tenants/acme/models/jane.doe@example.org")
        .then()
        .statusCode(403);

    // When the denial is read back / Then the address is only there as its pseudonym
    JsonPath page =
        auditor()
            .queryParam("actor", "carol")
            .queryParam("action", "access.denied")
            .queryParam("order", "desc")
            .queryParam("limit", 1)
            .get(EVENTS)
            .jsonPath();
    assertThat(page.getString("items[0].resourceId"))
        .startsWith("/api/v1/tenants/acme/models/email:")
        .doesNotContain("@");
    assertThat(page.getString("items[0].details.path")).doesNotContain("example.org");
  }

  @Test
  void shouldProveAnEventIsInTheSignedLog() throws Exception {
    // Given an event and a checkpoint made after it
    long seq = latestSequence();
    JsonPath checkpoint = createCheckpoint();

    // When the auditor asks for the event's inclusion proof
    JsonPath proof =
        auditor()
            .get(EVENTS + "/{seq}/inclusion-proof", seq)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    // Then it is against the checkpoint by default, and verifies with the RFC algorithm
    String leafHash = auditor().get(EVENTS + "/{seq}", seq).jsonPath().getString("leafHash");
    assertThat(proof.getString("leafHash")).isEqualTo(leafHash);
    assertThat(proof.getLong("treeSize")).isEqualTo(checkpoint.getLong("treeSize"));
    assertThat(proof.getString("rootHash")).isEqualTo(checkpoint.getString("rootHash"));
    assertThat(proof.getLong("checkpoint.id")).isEqualTo(checkpoint.getLong("id"));
    boolean included =
        Verifier.inclusion(
            seq,
            proof.getLong("treeSize"),
            decode(leafHash),
            proof.getList("auditPath", String.class).stream().map(AuditApiTest::decode).toList(),
            decode(proof.getString("rootHash")));
    assertThat(included).isTrue();
    assertThat(signatureValid(checkpoint)).isTrue();
  }

  @Test
  void shouldProveTheLogOnlyGrewBetweenTwoCheckpoints() throws Exception {
    // Given a checkpoint, more events, and another checkpoint
    JsonPath older = createCheckpoint();
    RegistryClient.createModel(Tokens.user("bob"), "acme", RegistryClient.uniqueName("grow"), "x");
    JsonPath newer = createCheckpoint();

    // When the auditor asks for the consistency proof between them
    JsonPath proof =
        auditor()
            .queryParam("from", older.getLong("treeSize"))
            .queryParam("to", newer.getLong("treeSize"))
            .get(CHECKPOINTS + "/consistency")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    // Then it connects both signed roots
    assertThat(proof.getString("fromRoot")).isEqualTo(older.getString("rootHash"));
    assertThat(proof.getString("toRoot")).isEqualTo(newer.getString("rootHash"));
    assertThat(proof.getLong("toCheckpoint.id")).isEqualTo(newer.getLong("id"));
    boolean consistent =
        Verifier.consistency(
            older.getLong("treeSize"),
            newer.getLong("treeSize"),
            decode(older.getString("rootHash")),
            decode(newer.getString("rootHash")),
            proof.getList("proof", String.class).stream().map(AuditApiTest::decode).toList());
    assertThat(consistent).isTrue();
    assertThat(signatureValid(older)).isTrue();
    assertThat(signatureValid(newer)).isTrue();
  }

  @Test
  void shouldSignANoteAnyoneCanRebuildFromTheCheckpoint() throws Exception {
    // When an admin signs the log as it is now
    JsonPath checkpoint = createCheckpointAs("alice", 201);

    // Then the signed note is origin, size, root and time, one per line, and the signature holds
    assertThat(checkpoint.getString("note"))
        .isEqualTo(
            "modelplane/audit/acme\n%d\n%s\ntime %s\n"
                .formatted(
                    checkpoint.getLong("treeSize"),
                    checkpoint.getString("rootHash"),
                    checkpoint.getString("timestamp")));
    assertThat(checkpoint.getString("createdBy")).isEqualTo("alice");
    assertThat(signatureValid(checkpoint)).isTrue();
    auditor()
        .get(CHECKPOINTS + "/{id}", checkpoint.getLong("id"))
        .then()
        .statusCode(200)
        .body("signature", equalTo(checkpoint.getString("signature")));
  }

  @Test
  void shouldProveEveryLogExtendsTheEmptyOne() {
    JsonPath proof =
        auditor()
            .queryParam("from", 0)
            .get(CHECKPOINTS + "/consistency")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(proof.getList("proof")).isEmpty();
    assertThat(proof.getString("fromRoot"))
        .isEqualTo("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    assertThat(proof.getLong("toSize")).isPositive();
  }

  @Test
  void shouldVerifyTheTenantsLog() {
    createCheckpoint();

    JsonPath v = auditor().get(EVENTS + "/verify").then().statusCode(200).extract().jsonPath();

    assertThat(v.getBoolean("valid")).as(v.getString("reason")).isTrue();
    assertThat(v.getLong("treeSize")).isPositive();
    assertThat(v.getString("rootHash")).isNotBlank();
    assertThat(v.getInt("checkpointsVerified")).isPositive();
    assertThat(v.getLong("checkpoint.treeSize")).isPositive();
    assertThat(v.getString("firstBadIndex")).isNull();
  }

  @Test
  void shouldLetNeitherEngineersNorViewersSignOrVerify() {
    createCheckpointAs("bob", 403);
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get(EVENTS + "/verify")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRefuseProofsForSizesTheLogNeverHad() {
    auditor()
        .queryParam("treeSize", 0)
        .get(EVENTS + "/0/inclusion-proof")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("treeSize"));
    auditor()
        .queryParam("from", 1)
        .queryParam("to", Long.MAX_VALUE)
        .get(CHECKPOINTS + "/consistency")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
    auditor().get(EVENTS + "/{seq}", Long.MAX_VALUE).then().statusCode(404);
  }

  @Test
  void shouldPublishTheSigningKeyToAnyone() {
    JsonPath key =
        given().get("/api/v1/audit/signing-key").then().statusCode(200).extract().jsonPath();

    assertThat(key.getString("algorithm")).isEqualTo("Ed25519");
    assertThat(Base64.getDecoder().decode(key.getString("publicKey"))).hasSize(32);
    assertThat(key.getString("publicKeyPem")).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(key.getString("keyId"))
        .isEqualTo(
            Ed25519Keys.keyId(
                Ed25519Keys.publicKey(Base64.getDecoder().decode(key.getString("publicKeySpki")))));
  }

  static boolean signatureValid(JsonPath checkpoint) throws Exception {
    JsonPath key = given().get("/api/v1/audit/signing-key").jsonPath();
    assertThat(checkpoint.getString("keyId")).isEqualTo(key.getString("keyId"));
    Signature s = Signature.getInstance("Ed25519");
    s.initVerify(Ed25519Keys.publicKey(decode(key.getString("publicKeySpki"))));
    s.update(checkpoint.getString("note").getBytes(StandardCharsets.UTF_8));
    return s.verify(decode(checkpoint.getString("signature")));
  }

  private static JsonPath createCheckpoint() {
    return given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .post(CHECKPOINTS)
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
        .extract()
        .jsonPath();
  }

  private static JsonPath createCheckpointAs(String user, int status) {
    return given()
        .auth()
        .oauth2(Tokens.user(user))
        .post(CHECKPOINTS)
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  private static long latestSequence() {
    return auditor()
        .queryParam("order", "desc")
        .queryParam("limit", 1)
        .get(EVENTS)
        .jsonPath()
        .getLong("items[0].sequence");
  }

  private static RequestSpecification auditor() {
    return given().auth().oauth2(Tokens.user("dave"));
  }

  private static byte[] decode(String b64) {
    return Base64.getDecoder().decode(b64);
  }
}
