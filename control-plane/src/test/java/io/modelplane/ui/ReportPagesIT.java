package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.modelplane.testing.Browser;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reports page in a real browser: an auditor starts a report, watches it finish and downloads
 * it; the navigation leads there; a viewer sees neither the link nor the page.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportPagesIT {

  private static Browser browser;
  private Page page;

  @BeforeAll
  static void launchBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void openPage() {
    page = browser.newPage();
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldStartAReportFromTheFormAndDownloadIt() throws IOException {
    // Given dave, an auditor, who follows the navigation to the reports page
    Browser.signIn(page, "/ui/t/acme", "dave");
    page.locator("header nav").getByText("Reports").click();
    assertThat(page).hasURL(Browser.base() + "/ui/t/acme/reports");

    // When he asks for a JSON report of the default period
    Locator form = page.locator("#start-report");
    form.getByLabel("Format").selectOption("json");
    form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start report")).click();

    // Then the report's page follows it to the end and offers the download
    assertThat(page.locator("#report-status"))
        .hasText("succeeded", new LocatorAssertions.HasTextOptions().setTimeout(120_000));
    Download download = page.waitForDownload(() -> page.locator("#download").click());
    String json = Files.readString(download.path());
    JsonPath report = JsonPath.from(json);
    assertThat(report.getString("schema")).isEqualTo("modelplane.audit-report/v1");
    assertThat(report.getString("tenant")).isEqualTo("acme");
    assertThat(report.getString("chain.rootHashHex")).matches("[0-9a-f]{64}");
    assertThat(download.suggestedFilename()).startsWith("audit-report-acme-").endsWith(".json");
  }

  @Test
  void shouldLeadToPrivacyAndAuditFromTheNavigation() {
    Browser.signIn(page, "/ui/t/acme", "dave");

    page.locator("header nav").getByText("Privacy").click();
    assertThat(page).hasURL(Browser.base() + "/ui/t/acme/privacy");
    page.locator("header nav").getByText("Audit").click();
    assertThat(page).hasURL(Browser.base() + "/ui/t/acme/audit");
  }

  @Test
  void shouldShowViewersNeitherTheLinkNorTheForm() {
    Browser.signIn(page, "/ui/t/acme", "carol");
    assertThat(page.locator("header nav").getByText("Models")).isVisible();
    assertThat(page.locator("header nav").getByText("Reports")).hasCount(0);

    page.navigate(Browser.base() + "/ui/t/acme/reports");
    assertThat(page.locator("#start-report")).hasCount(0);
  }
}
