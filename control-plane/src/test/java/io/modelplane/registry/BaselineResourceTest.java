package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A version's baseline: reference data uploaded by CI for drift monitoring and privacy scans. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class BaselineResourceTest {

  private static final String CSV =
      "tenure,plan,zip\n12,basic,10115\n3,pro,80331\n40,basic,10115\n";

  private String model;

  @BeforeEach
  void versionOne() {
    model = RegistryClient.uniqueName("bl");
    RegistryClient.createModel(Tokens.user("bob"), "acme", model, "classification")
        .then()
        .statusCode(201);
    RegistryClient.register(
            Tokens.user("bob"), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
  }

  @Test
  void shouldServeTheUploadedBytesExactlyWithTheirDigest() throws Exception {
    // Given a CSV with CRLF line ends, a quoted comma and non-ASCII text
    byte[] csv =
        "id,comment\r\n1,\"late, then paid\"\r\n2,Müller zahlt\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(csv);
    attach("text/csv", csv, null, null).then().statusCode(200).body("rows", equalTo(2));

    // When a viewer downloads the data
    Response data = baseline(model, "/data");

    // Then the bytes are those uploaded, announced by their digest
    data.then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .header("X-Baseline-Sha256", equalTo(HexFormat.of().formatHex(sha)))
        .header("Digest", equalTo("sha-256=" + Base64.getEncoder().encodeToString(sha)));
    assertThat(data.asByteArray()).isEqualTo(csv);
  }

  @Test
  void shouldAttachJsonLinesAndInferColumnTypes() {
    // Given JSON lines with a number, a category and a missing value
    String jsonl =
        "{\"age\":31,\"plan\":\"pro\"}\n{\"age\":45.5,\"plan\":\"basic\"}\n{\"plan\":\"pro\"}\n";

    // When CI attaches them
    Response response = attach("application/jsonl", bytes(jsonl), null, null);

    // Then they are profiled and kept as JSON lines
    response
        .then()
        .statusCode(200)
        .body("format", equalTo("jsonl"))
        .body("rows", equalTo(3))
        .body("columns.find { it.name == 'age' }.type", equalTo("numeric"))
        .body("columns.find { it.name == 'age' }.present", equalTo(2))
        .body("columns.find { it.name == 'plan' }.type", equalTo("categorical"));
    Response data = baseline(model, "/data");
    data.then().statusCode(200).contentType(startsWith("application/jsonl"));
    assertThat(data.asString()).isEqualTo(jsonl);
  }

  @Test
  void shouldLetTypesOverrideWhatWasInferred() {
    // When zip codes, which look numeric, are declared categorical
    Response response = attach("text/csv", bytes(CSV), "zip:categorical, tenure:text", null);

    // Then the override wins and says it was not inferred; other columns keep their inference
    response
        .then()
        .statusCode(200)
        .body("columns.find { it.name == 'zip' }.type", equalTo("categorical"))
        .body("columns.find { it.name == 'zip' }.inferred", equalTo(false))
        .body("columns.find { it.name == 'tenure' }.type", equalTo("text"))
        .body("columns.find { it.name == 'plan' }.inferred", equalTo(true));
    baseline(model, "")
        .then()
        .body("columns.find { it.name == 'zip' }.type", equalTo("categorical"));
  }

  @Test
  void shouldRefuseMalformedCsvNamingTheFieldAndKeepThePreviousBaseline() {
    // Given a baseline in place
    String previous = attach("text/csv", bytes(CSV), null, null).then().extract().path("sha256");

    // When a CSV with a row longer than its header is uploaded
    Response response = attach("text/csv", bytes("a,b\n1,2\n3,4,5\n"), null, null);

    // Then it is refused as a problem naming the baseline, and the previous one is still served
    response
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("baseline"));
    assertPrevious(previous, CSV);
  }

  @Test
  void shouldRefuseUnknownTypeNamingTheFieldAndKeepThePreviousBaseline() {
    String previous = attach("text/csv", bytes(CSV), null, null).then().extract().path("sha256");

    Response response = attach("text/csv", bytes("tenure\n1\n"), "tenure:embedding", null);

    response
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("types"));
    assertPrevious(previous, CSV);
  }

  @Test
  void shouldRefuseAnOverrideOfAColumnTheDataDoesNotHave() {
    attach("text/csv", bytes(CSV), "region:categorical", null)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("types"))
        .body("errors.message", hasItem("column 'region' is not in the baseline"));
    baseline(model, "").then().statusCode(404);
  }

  @Test
  void shouldRefuseABaselineWithoutRows() {
    attach("text/csv", bytes("tenure,plan\n"), null, null)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("baseline"));
    baseline(model, "").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void shouldRefuseStaleIfMatchWith412() {
    // Given a baseline that was replaced after we read it (ETag "0" → "1")
    attach("text/csv", bytes(CSV), null, null).then().statusCode(200).header("ETag", "\"0\"");
    String second = "tenure,plan\n7,pro\n";
    String current =
        attach("text/csv", bytes(second), null, "\"0\"")
            .then()
            .statusCode(200)
            .header("ETag", "\"1\"")
            .extract()
            .path("sha256");

    // When we replace it again with the old ETag
    Response response = attach("text/csv", bytes("tenure\n1\n"), null, "\"0\"");

    // Then it is refused and the replacement stands
    response.then().statusCode(412).contentType("application/problem+json");
    assertPrevious(current, second);
  }

  @Test
  void shouldRefuseAnUnsupportedMediaType() {
    attach("text/plain", bytes(CSV), null, null)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  private void assertPrevious(String sha256, String data) {
    baseline(model, "").then().statusCode(200).body("sha256", equalTo(sha256));
    assertThat(baseline(model, "/data").asString()).isEqualTo(data);
  }

  private Response attach(String type, byte[] body, String types, String ifMatch) {
    var request = given().auth().oauth2(Tokens.user("bob")).contentType(type).body(body);
    if (types != null) {
      request.queryParam("types", types);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model);
  }

  private static Response baseline(String model, String suffix) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/models/{m}/versions/1/baseline" + suffix, model);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
