package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployment pages in a real browser: a canary in progress, steered (abort, roll back) by an
 * engineer, read-only for a viewer.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DeploymentPagesIT {

  private static Browser browser;
  private Page page;
  private String deployment;

  @BeforeAll
  static void launchBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void canaryOfVersionTwoInProgress() {
    page = browser.newPage();
    String model = RegistryClient.uniqueName("dm");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    for (int i = 0; i < 2; i++) {
      RegistryClient.register(
              bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
          .then()
          .statusCode(201);
    }
    deployment = RegistryClient.uniqueName("dep");
    api()
        .body(
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"launch\"}"
                .formatted(deployment, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    api()
        .body(
            "{\"version\":2,\"reason\":\"better recall\",\"rollout\":{\"strategy\":\"canary\",\"steps\":["
                + "{\"weight\":10,\"minDuration\":\"1h\",\"minRequests\":100},"
                + "{\"weight\":50,\"minDuration\":\"1h\",\"minRequests\":100}]}}")
        .patch("/api/v1/tenants/acme/deployments/{d}", deployment)
        .then()
        .statusCode(200);
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldListTheDeploymentAndShowItsCanaryAtStepOne() {
    // Given the rollout controller has judged the canary's first step once
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                api()
                    .get("/api/v1/tenants/acme/deployments/{d}/rollout", deployment)
                    .then()
                    .body("gateResults", not(empty())));
    Browser.signIn(page, "/ui/t/acme/deployments", "bob");

    // When bob opens the deployment from the list, where its traffic split shows
    Locator row = page.locator("#deployments tr", new Page.LocatorOptions().setHasText(deployment));
    assertThat(row).containsText("r1 90% · r2 10%");
    assertThat(row).containsText("kubernetes");
    row.getByText(deployment).click();

    // Then its page shows the split, the rollout at step 1 and the gate evaluation
    assertThat(page.locator("h1")).containsText(deployment);
    assertThat(page.locator("#traffic")).containsText("r1 90%");
    assertThat(page.locator("#traffic")).containsText("r2 10%");
    assertThat(page.locator("#rollout-step")).containsText("step 1 of 2");
    assertThat(page.locator("#rollout-step")).containsText("canary weight 10%");
    assertThat(page.locator("#gates tbody tr").first()).containsText("waiting");
    assertThat(page.locator("#rollout-actions button")).hasCount(2);
  }

  @Test
  void shouldAbortTheRolloutWithAReason() {
    // Given bob on the deployment page during the canary
    Browser.signIn(page, "/ui/t/acme/deployments/" + deployment, "bob");

    // When he aborts it, saying why
    page.getByLabel("Reason to abort").fill("p99 looks off");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abort")).click();

    // Then all traffic is back on the stable revision and the rollout says who stopped it and why
    assertThat(page.locator("#traffic-split")).hasText("r1 100%");
    assertThat(page.locator("#rollout")).containsText("aborted by bob: p99 looks off");
    assertThat(page.locator("#rollout-actions")).hasCount(0);
  }

  @Test
  void shouldRollBackToTheFirstRevisionAfterConfirming() {
    // Given bob on the deployment page
    Browser.signIn(page, "/ui/t/acme/deployments/" + deployment, "bob");

    // When he rolls back to revision 1 and confirms with a reason
    Locator first = page.locator("#revision-1");
    first.getByRole(AriaRole.BUTTON, exactly("Roll back")).click();
    Locator dialog = first.locator("dialog");
    assertThat(dialog).isVisible();
    dialog.getByLabel("Reason").fill("canary too slow");
    dialog.getByRole(AriaRole.BUTTON, exactly("Confirm roll back")).click();

    // Then a rollback revision of r1 takes all traffic, with his reason in the history
    Locator rollback = page.locator("#revision-3");
    assertThat(rollback).containsText("rollback");
    assertThat(rollback).containsText("r1");
    assertThat(rollback).containsText("canary too slow");
    assertThat(rollback).containsText("bob");
    assertThat(page.locator("#traffic-split")).hasText("r3 100%");
  }

  @Test
  void shouldExplainAnActionThatCameTooLate() {
    // Given bob on the page of the canary, which someone else then aborts
    Browser.signIn(page, "/ui/t/acme/deployments/" + deployment, "bob");
    assertThat(page.locator("#rollout-actions")).isVisible();
    api()
        .body("{\"reason\":\"stopped elsewhere\"}")
        .post("/api/v1/tenants/acme/deployments/{d}/rollout/abort", deployment)
        .then()
        .statusCode(200);

    // When bob promotes from his now stale page
    page.getByLabel("Reason to promote").fill("looks good");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Promote")).click();

    // Then the page says why nothing happened
    assertThat(page.locator("#error")).containsText("has no rollout in progress");
    assertThat(page.locator("#traffic-split")).hasText("r1 100%");
  }

  @Test
  void shouldShowViewersTheDeploymentWithoutControls() {
    // Given carol, a viewer, on the deployment page during the canary
    Browser.signIn(page, "/ui/t/acme/deployments/" + deployment, "carol");

    // Then she sees the rollout and the revisions, but nothing to act with
    assertThat(page.locator("#rollout-step")).containsText("step 1 of 2");
    assertThat(page.locator("#revisions")).containsText("better recall");
    assertThat(page.locator("#rollout-actions")).hasCount(0);
    assertThat(page.locator("main form")).hasCount(0);
    assertThat(page.locator("main button")).hasCount(0);
  }

  private static Locator.GetByRoleOptions exactly(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private static io.restassured.specification.RequestSpecification api() {
    return given().auth().oauth2(bob()).contentType(ContentType.JSON);
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
