package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class VersionResourceTest {

  private static String ci() {
    return Tokens.client("acme-ci", "acme-ci-secret");
  }

  @Test
  void shouldRegisterOnnxTextModelAndReadItsServedSignature() {
    // Given a text-embedding model
    String model = RegistryClient.uniqueName("emb");
    RegistryClient.createModel(ci(), "acme", model, "text-embedding").then().statusCode(201);
    String sha = TestArtifacts.sha256(TestArtifacts.minilmZip());

    // When CI registers the MiniLM directory with its sha256 and lineage
    var response =
        RegistryClient.register(
            ci(),
            "acme",
            model,
            "{\"engine\":\"onnx\",\"sha256\":\"%s\",\"metrics\":{\"spearman\":0.82},\"lineage\":{\"sourceRepo\":\"git@example.com:ml/emb.git\",\"sourceCommit\":\"abc123\"}}"
                .formatted(sha),
            TestArtifacts.minilmZip());

    // Then version 1 exists with the signature read from the artifact
    response
        .then()
        .statusCode(201)
        .header("Location", endsWith("/models/" + model + "/versions/1"))
        .body("version", equalTo(1))
        .body("artifact.sha256", equalTo(sha))
        .body("signatureSource", equalTo("inspected"))
        .body("signature.inputs[0].datatype", equalTo("BYTES"))
        .body("signature.outputs[0].shape[1]", equalTo(384))
        .body("registeredBy", equalTo("service-account-acme-ci"))
        .body("lineage.sourceCommit", equalTo("abc123"));
  }

  @Test
  void shouldNumberVersionsOneByOne() {
    String model = RegistryClient.modelWithVersion(ci(), "acme");

    RegistryClient.register(ci(), "acme", model, "{\"engine\":\"onnx\"}", TestArtifacts.minilmZip())
        .then()
        .statusCode(201)
        .body("version", equalTo(2));
  }

  @Test
  void shouldRefuseShaMismatchAndStoreNothing() {
    // Given a model
    String model = RegistryClient.uniqueName("sha");
    RegistryClient.createModel(ci(), "acme", model, "text-embedding").then().statusCode(201);

    // When the declared sha256 is wrong
    var response =
        RegistryClient.register(
            ci(),
            "acme",
            model,
            "{\"engine\":\"onnx\",\"sha256\":\"%s\"}".formatted("0".repeat(64)),
            TestArtifacts.minilmZip());

    // Then 422 names the field and no version exists
    response
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("sha256"));
    assertThat(versions(model)).isEmpty();
  }

  @Test
  void shouldRefuseUnknownEngineWith422() {
    String model = RegistryClient.uniqueName("eng");
    RegistryClient.createModel(ci(), "acme", model, "regression").then().statusCode(201);

    RegistryClient.register(
            ci(), "acme", model, "{\"engine\":\"tensorflow\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("engine"));
    assertThat(versions(model)).isEmpty();
  }

  @Test
  void shouldRefuseDeclaredSignatureThatDoesNotMatchArtifact() {
    // Given an XGBoost model over 4 features declared as taking 7
    String model = RegistryClient.uniqueName("sig");
    RegistryClient.createModel(ci(), "acme", model, "classification").then().statusCode(201);
    String metadata =
        "{\"engine\":\"xgboost\",\"signature\":{\"inputs\":[{\"name\":\"input\",\"datatype\":\"FP32\",\"shape\":[-1,7]}],"
            + "\"outputs\":[{\"name\":\"predictions\",\"datatype\":\"FP32\",\"shape\":[-1]}]}}";

    // When it is registered / Then 422 and nothing stored
    RegistryClient.register(ci(), "acme", model, metadata, TestArtifacts.xgboost())
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("signature"));
    assertThat(versions(model)).isEmpty();
  }

  @Test
  void shouldRegisterXgboostModelWithSignatureFromBooster() {
    String model = RegistryClient.uniqueName("churn");
    RegistryClient.createModel(ci(), "acme", model, "classification").then().statusCode(201);

    RegistryClient.register(
            ci(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201)
        .body("signature.inputs[0].shape[1]", equalTo(4));
  }

  @Test
  void shouldRefuseOnnxFileDeclaredAsXgboost() {
    String model = RegistryClient.uniqueName("wrong");
    RegistryClient.createModel(ci(), "acme", model, "classification").then().statusCode(201);

    RegistryClient.register(
            ci(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.minilmOnnx())
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("artifact"));
  }

  @Test
  void shouldDownloadTheExactBytesWithDigest() throws Exception {
    // Given a registered version
    String model = RegistryClient.uniqueName("dl");
    RegistryClient.createModel(ci(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            ci(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);

    // When a viewer downloads its artifact
    var response =
        given()
            .auth()
            .oauth2(Tokens.user("carol"))
            .get("/api/v1/tenants/acme/models/{m}/versions/1/artifact", model);

    // Then the bytes are those uploaded and the digest is announced
    response
        .then()
        .statusCode(200)
        .header("X-Artifact-Sha256", equalTo(TestArtifacts.sha256(TestArtifacts.xgboost())))
        .header("Digest", containsString("sha-256="));
    assertThat(response.asByteArray()).isEqualTo(Files.readAllBytes(TestArtifacts.xgboost()));
  }

  @Test
  void shouldNeverChangeAVersion() {
    String model = RegistryClient.modelWithVersion(ci(), "acme");

    given()
        .auth()
        .oauth2(ci())
        .contentType("application/json")
        .body("{\"engine\":\"xgboost\"}")
        .put("/api/v1/tenants/acme/models/{m}/versions/1", model)
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(ci())
        .delete("/api/v1/tenants/acme/models/{m}/versions/1", model)
        .then()
        .statusCode(405);
  }

  @Test
  void shouldRefusePatchOfAVersionAndKeepIt() {
    // Given a registered version
    String model = RegistryClient.modelWithVersion(ci(), "acme");
    String before = version(model).asString();

    // When a pipeline tries to edit it in place
    var response =
        given()
            .auth()
            .oauth2(ci())
            .contentType("application/json")
            .body("{\"description\":\"retrained\",\"version\":7}")
            .patch("/api/v1/tenants/acme/models/{m}/versions/1", model);

    // Then 405 says versions are read-only, and the version is unchanged
    response.then().statusCode(405).contentType("application/problem+json");
    assertThat(response.header("Allow")).contains("GET");
    assertThat(version(model).asString()).isEqualTo(before);
  }

  @Test
  void shouldReplayRetriedRegistrationInsteadOfCreatingSecondVersion() {
    // Given a registration with an Idempotency-Key
    String model = RegistryClient.uniqueName("retry");
    RegistryClient.createModel(ci(), "acme", model, "classification").then().statusCode(201);
    String key = "pipeline-run-" + model;
    var first =
        given()
            .auth()
            .oauth2(ci())
            .header("Idempotency-Key", key)
            .multiPart("metadata", "{\"engine\":\"xgboost\"}", "application/json")
            .multiPart("artifact", TestArtifacts.xgboost().toFile())
            .post("/api/v1/tenants/acme/models/{m}/versions", model);

    // When the pipeline retries after a timeout
    var retry =
        given()
            .auth()
            .oauth2(ci())
            .header("Idempotency-Key", key)
            .multiPart("metadata", "{\"engine\":\"xgboost\"}", "application/json")
            .multiPart("artifact", TestArtifacts.xgboost().toFile())
            .post("/api/v1/tenants/acme/models/{m}/versions", model);

    // Then it gets the first result and there is one version
    first.then().statusCode(201).body("version", equalTo(1));
    retry.then().statusCode(201).body("version", equalTo(1));
    assertThat(versions(model)).containsExactly(1);
  }

  @Test
  void shouldRejectMalformedMetadataNamingTheField() {
    String model = RegistryClient.uniqueName("meta");
    RegistryClient.createModel(ci(), "acme", model, "classification").then().statusCode(201);

    RegistryClient.register(
            ci(),
            "acme",
            model,
            "{\"engine\":\"xgboost\",\"metrics\":{\"auc\":\"high\"}}",
            TestArtifacts.xgboost())
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("metadata.metrics.auc"));
  }

  private static io.restassured.response.Response version(String model) {
    return given().auth().oauth2(ci()).get("/api/v1/tenants/acme/models/{m}/versions/1", model);
  }

  private static List<Integer> versions(String model) {
    return given()
        .auth()
        .oauth2(ci())
        .get("/api/v1/tenants/acme/models/{m}/versions", model)
        .then()
        .statusCode(200)
        .extract()
        .path("items.version");
  }
}
