package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.modelplane.testing.Browser;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry pages in a real browser: what each role sees and may do. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelPagesIT {

  private static final String REPO = "https://git.example.com/ml/churn.git";
  private static final String DATA = "s3://datasets/churn/2026-11.parquet";

  private static Browser browser;
  private Page page;
  private String model;

  @BeforeAll
  static void launchBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void registeredModelAwaitingProduction() {
    page = browser.newPage();
    model = RegistryClient.modelWithVersion(Tokens.user("bob"), "acme");
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body("{\"targetStage\":\"production\"}")
        .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", model)
        .then()
        .statusCode(201);
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldLetAnotherAdminApproveFromTheModelPage() {
    // Given alice, an admin who did not register the version, on the model page
    Browser.signIn(page, "/ui/t/acme/models/" + model, "alice");

    // When she approves the pending promotion
    page.click("#pending button:has-text('Approve')");

    // Then the version shows as in production
    assertThat(page.locator("#versions")).containsText("production");
    assertThat(page.locator("#pending")).containsText("Nothing waiting");
  }

  @Test
  void shouldHideActionsFromViewers() {
    // Given carol, a viewer, on the model page
    Browser.signIn(page, "/ui/t/acme/models/" + model, "carol");

    // Then she sees the versions but no request or approval controls
    assertThat(page.locator("#versions")).containsText("v1");
    assertThat(page.locator("#versions form")).hasCount(0);
    assertThat(page.locator("#pending button")).hasCount(0);
  }

  @Test
  void shouldListTheModelsWithTheirLatestVersion() {
    // Given two more models under one prefix, one of them without versions
    String prefix = RegistryClient.uniqueName("list");
    RegistryClient.createModel(Tokens.user("bob"), "acme", prefix + "-a", "regression")
        .then()
        .statusCode(201);
    String withVersion = lineagedXgboost(prefix + "-b");

    // When carol opens the models list filtered by that prefix
    Browser.signIn(page, "/ui/t/acme/models?prefix=" + prefix, "carol");

    // Then both are listed, with their tasks and latest versions, linking to their pages
    assertThat(page.locator("#models tbody tr")).hasCount(2);
    assertThat(page.locator("#models tbody tr").nth(0)).containsText(prefix + "-a");
    assertThat(page.locator("#models tbody tr").nth(0)).containsText("–");
    assertThat(page.locator("#models tbody tr").nth(1)).containsText("classification");
    assertThat(page.locator("#models tbody tr").nth(1)).containsText("v1");
    page.click("#models a:has-text('" + withVersion + "')");
    assertThat(page.locator("h1")).containsText(withVersion);
  }

  @Test
  void shouldShowAliasesOnTheModelPage() {
    // Given champion points at version 1
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body("{\"version\":1,\"reason\":\"best offline score\"}")
        .put("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
        .then()
        .statusCode(200);

    // When carol opens the model page
    Browser.signIn(page, "/ui/t/acme/models/" + model, "carol");

    // Then the aliases panel shows the alias, its version and who moved it
    assertThat(page.locator("#aliases tbody tr")).hasCount(1);
    assertThat(page.locator("#aliases")).containsText("champion");
    assertThat(page.locator("#aliases")).containsText("v1");
    assertThat(page.locator("#aliases")).containsText("bob");
  }

  @Test
  void shouldShowWhereTheVersionCameFrom() {
    // Given a version registered with its lineage
    String lineaged = lineagedXgboost(RegistryClient.uniqueName("lin"));

    // When carol opens its page
    Browser.signIn(page, "/ui/t/acme/models/" + lineaged + "/versions/1", "carol");

    // Then source repository, commit, training data and its digest are shown
    assertThat(page.locator("#lineage")).containsText(REPO + " @ 0badc0de");
    assertThat(page.locator("#lineage")).containsText(DATA);
    assertThat(page.locator("#lineage")).containsText("sha256:5eed");
  }

  @Test
  void shouldDownloadTheExactArtifactBytes() throws Exception {
    // Given carol on a version page
    String lineaged = lineagedXgboost(RegistryClient.uniqueName("dl"));
    Browser.signIn(page, "/ui/t/acme/models/" + lineaged + "/versions/1", "carol");

    // When she clicks the download link
    Download download = page.waitForDownload(() -> page.click("a:has-text('download')"));

    // Then the file is the registered artifact, byte for byte
    org.assertj.core.api.Assertions.assertThat(download.failure()).isNull();
    org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path()))
        .isEqualTo(Files.readAllBytes(TestArtifacts.xgboost()));
  }

  /** Registers the XGBoost test model as version 1 of a new model, with its lineage. */
  private static String lineagedXgboost(String name) {
    String bob = Tokens.user("bob");
    RegistryClient.createModel(bob, "acme", name, "classification").then().statusCode(201);
    RegistryClient.register(
            bob,
            "acme",
            name,
            ("{\"engine\":\"xgboost\",\"lineage\":{\"sourceRepo\":\"%s\",\"sourceCommit\":\"0badc0de\","
                    + "\"trainingDataUri\":\"%s\",\"trainingDataDigest\":\"sha256:5eed\"}}")
                .formatted(REPO, DATA),
            TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    return name;
  }

  @Test
  void shouldShowVersionLineageAndSignature() {
    Browser.signIn(page, "/ui/t/acme/models/" + model + "/versions/1", "carol");

    assertThat(page.locator("#signature")).containsText("BYTES");
    assertThat(page.locator("#signature")).containsText("FP32");
    assertThat(page.locator("h1")).containsText("v1");
  }
}
