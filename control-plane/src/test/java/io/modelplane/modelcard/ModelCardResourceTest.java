package io.modelplane.modelcard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Model cards over the API: the same facts as XHTML, PDF and JSON; missing data said; bad input.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelCardResourceTest {

  private static CardFixture fixture;

  @BeforeEach
  void versionWithHistory() {
    if (fixture == null) {
      fixture = CardFixture.create();
    }
  }

  @Test
  void shouldRenderTheVersionsFactsAsWellFormedXhtmlForAViewer() throws Exception {
    // When carol (viewer) asks for the card without a format
    Response response = card("carol", fixture.model, 1, null);

    // Then it is one well-formed XHTML document holding the registry, baseline and monitoring facts
    response.then().statusCode(200).contentType("text/html");
    String html = response.asString();
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html)
        .contains("Model card: " + fixture.model + " v1")
        .contains(fixture.sha256)
        .contains("auc", "0.931", "max_depth")
        .contains(CardFixture.REPO, CardFixture.COMMIT, CardFixture.DATA_DIGEST)
        .contains("Rank customers by churn risk for outreach", "Not for credit decisions")
        .contains("staging", "offline eval passed", "champion", "best auc")
        .contains("f0", "min ", "mean ")
        .contains(fixture.deployment, "Serving this version with 100% of traffic")
        .contains("<td>" + CardFixture.REQUESTS + "</td>")
        .contains("1 of 4 columns drifted", ": f0.")
        .contains("quiet", "firing");
  }

  @Test
  void shouldCarryTheSameFactsInThePdfForAnAuditor() throws Exception {
    // When dave (auditor) downloads the PDF
    Response response = card("dave", fixture.model, 1, "pdf");

    // Then it is a PDF named after the version whose text holds the facts
    response
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .header(
            "Content-Disposition", "attachment; filename=\"" + fixture.model + "-v1-card.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Model card: " + fixture.model + " v1")
          .contains(CardFixture.COMMIT, CardFixture.DATA_DIGEST, "0.931")
          .contains("1 of 4 columns drifted");
      assertThat(text.replaceAll("\\s+", "")).contains(fixture.sha256);
    }
  }

  @Test
  void shouldAnswerJsonWithEverySection() {
    // When the card is asked for as JSON
    JsonPath card =
        card("bob", fixture.model, 1, "json")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();

    // Then machines get the same sections
    assertThat(card.getString("version.lineage.sourceCommit")).isEqualTo(CardFixture.COMMIT);
    assertThat(card.getDouble("version.metrics.auc")).isEqualTo(0.931);
    assertThat(card.getString("intendedUse.limitations")).isEqualTo("Not for credit decisions");
    assertThat(card.getList("governance.currentAliases")).containsExactly("champion");
    assertThat(card.getList("governance.transitions.to")).containsExactly("staging");
    assertThat(card.getList("baseline.columns.name")).containsExactly("f0", "f1", "f2", "f3");
    assertThat(card.getLong("baseline.rows")).isEqualTo(1000);
    String use = "monitoring.deployments[0].";
    assertThat(card.getString(use + "name")).isEqualTo(fixture.deployment);
    assertThat(card.getLong(use + "latency[0].requests")).isEqualTo(CardFixture.REQUESTS);
    assertThat(card.getDouble(use + "latency[0].p99")).isBetween(8.5, 9.5);
    assertThat(card.getString(use + "drift.status")).isEqualTo("measured");
    assertThat(card.getList(use + "drift.drifted")).containsExactly("f0");
    assertThat(card.getList(use + "alerts.monitor")).contains("quiet");
    assertThat(card.getString("generatedBy")).isEqualTo("bob");
  }

  @Test
  void shouldPrintTheNewestSignedCheckpoint() {
    // Given a checkpoint signed by the auditor
    long size =
        given()
            .auth()
            .oauth2(Tokens.user("dave"))
            .post("/api/v1/tenants/acme/checkpoints")
            .then()
            .extract()
            .jsonPath()
            .getLong("treeSize");

    // When the card is generated, then it names that checkpoint or a newer one
    JsonPath card = card("carol", fixture.model, 1, "json").jsonPath();
    assertThat(card.getLong("checkpoint.treeSize")).isGreaterThanOrEqualTo(size);
    assertThat(card.getString("checkpoint.rootHash")).isNotBlank();
    assertThat(card("carol", fixture.model, 1, "html").asString())
        .contains(card.getString("checkpoint.rootHash"));
  }

  @Test
  void shouldSaySoWhereAVersionHasNoData() {
    // Given a version registered with nothing but its engine
    String bare = RegistryClient.uniqueName("bare");
    RegistryClient.createModel(Tokens.user("bob"), "acme", bare, "classification")
        .then()
        .statusCode(201);
    RegistryClient.register(
            Tokens.user("bob"), "acme", bare, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);

    // When its card is rendered, then every empty section says so
    assertThat(card("carol", bare, 1, "html").then().statusCode(200).extract().asString())
        .contains("No metrics were registered with this version.")
        .contains("No baseline registered for this version")
        .contains("No deployment has served this version.")
        .contains("Never moved between stages.")
        .contains("No alias has pointed at this version.")
        .contains("not recorded");
  }

  @Test
  void shouldRefuseAnUnknownFormatNamingIt() {
    card("carol", fixture.model, 1, "docx")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"));
  }

  @Test
  void shouldAnswer404ForAnUnknownModelOrVersion() {
    card("carol", "no-such-model", 1, "pdf")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    card("carol", fixture.model, 99, "html")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldDocumentTheFormatParameterInOpenApi() {
    JsonPath openapi =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    String get = "paths.'/api/v1/tenants/{tenant}/models/{model}/versions/{version}/card'.get";
    assertThat(openapi.getList(get + ".parameters.find { it.name == 'format' }.schema.enum"))
        .containsExactly("html", "pdf", "json");
    assertThat(openapi.getMap(get + ".responses.'200'.content"))
        .containsKeys("text/html", "application/pdf", "application/json");
  }

  private static Response card(String user, String model, int version, String format) {
    var request = given().auth().oauth2(Tokens.user(user));
    if (format != null) {
      request = request.queryParam("format", format);
    }
    return request.get(
        "/api/v1/tenants/acme/models/{m}/versions/{v}/card", model, Integer.toString(version));
  }
}
