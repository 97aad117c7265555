package io.modelplane.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.modelplane.testing.Browser;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log page in a real browser, as an auditor and as a viewer. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditPagesIT {

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
  void modelUpdatedByBob() {
    page = browser.newPage();
    model = RegistryClient.uniqueName("ui-audit");
    RegistryClient.createModel(Tokens.user("bob"), "acme", model, "regression")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body("{\"description\":\"renamed\"}")
        .patch("/api/v1/tenants/acme/models/{m}", model)
        .then()
        .statusCode(200);
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldShowTheFilteredLogWithAValidChain() {
    // Given dave, an auditor, on the audit log
    Browser.signIn(page, "/ui/t/acme/audit", "dave");

    // When he filters for the model's updates
    page.getByLabel("Resource id").fill(model);
    page.getByLabel("Action").fill("model.update");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

    // Then he sees bob's update alone, and the chain badge says the log verifies
    assertThat(page.locator("#audit-log tbody tr")).hasCount(1);
    assertThat(page.locator("#audit-log tbody tr")).containsText("bob");
    assertThat(page.locator("#audit-log tbody tr")).containsText("model.update");
    assertThat(page.locator("#chain-status")).hasText("chain valid");
    assertThat(page.locator("#chain-root")).not().isEmpty();
  }

  @Test
  void shouldSignACheckpointFromThePage() {
    Browser.signIn(page, "/ui/t/acme/audit", "dave");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign a checkpoint now"))
        .click();

    assertThat(page.locator("#chain-checkpoint")).containsText("signed");
    assertThat(page.locator("#chain-checkpoint")).containsText("by dave");
  }

  @Test
  void shouldNotShowTheLogToAViewer() {
    Browser.signIn(page, "/ui/t/acme/audit", "carol");

    assertThat(page.locator("#audit-log")).hasCount(0);
  }
}
