package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The privacy page in a real browser: an engineer starts a baseline scan from the form and reads
 * its findings; a viewer sees scans but no form; an auditor sees the policy and the findings.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivacyPagesIT {

  private static final String CSV =
      "name,email,notes\nAnn,ann@example.com,SSN 123-45-6789\nBob,bob@example.org,none\n";

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
  void modelWithBaseline() {
    page = browser.newPage();
    model = RegistryClient.uniqueName("ui-pii");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(bob())
        .contentType("text/csv")
        .body(CSV)
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200);
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldStartABaselineScanFromTheFormAndShowItsFindings() {
    // Given bob on the privacy page
    Browser.signIn(page, "/ui/t/acme/privacy", "bob");

    // When he scans version 1's baseline
    Locator form = page.locator("#start-scan");
    form.getByLabel("What").selectOption("baseline");
    form.getByLabel("Model", exact()).fill(model);
    form.getByLabel("Version", exact()).fill("1");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Scan")).click();

    // Then the scan's page fills in its findings when it is done, examples masked
    assertThat(page.locator("#scan-status"))
        .hasText("succeeded", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    Locator email = page.locator("#findings tr", new Page.LocatorOptions().setHasText("email"));
    assertThat(email).containsText("medium");
    assertThat(email).containsText("2");
    assertThat(email).containsText("a***@e***.com");
    Locator ssn = page.locator("#findings tr", new Page.LocatorOptions().setHasText("us_ssn"));
    assertThat(ssn).containsText("high");
    assertThat(ssn).containsText("***-**-6789");
    assertThat(page.locator("main")).not().containsText("ann@example.com");
  }

  @Test
  void shouldShowViewersTheScansWithoutTheFormOrThePolicy() {
    Browser.signIn(page, "/ui/t/acme/privacy", "carol");

    assertThat(page.locator("#scans")).isVisible();
    assertThat(page.locator("#start-scan")).hasCount(0);
    assertThat(page.locator("#privacy-settings")).hasCount(0);
  }

  @Test
  void shouldShowAuditorsThePolicyButNoForm() {
    Browser.signIn(page, "/ui/t/acme/privacy", "dave");

    assertThat(page.locator("#privacy-settings")).containsText("Payload redaction");
    assertThat(page.locator("#start-scan")).hasCount(0);
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
