package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Page;
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

/** The registry pages in a real browser: what each role sees and may do. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelPagesIT {

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
  void shouldShowVersionLineageAndSignature() {
    Browser.signIn(page, "/ui/t/acme/models/" + model + "/versions/1", "carol");

    assertThat(page.locator("#signature")).containsText("BYTES");
    assertThat(page.locator("#signature")).containsText("FP32");
    assertThat(page.locator("h1")).containsText("v1");
  }
}
