package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.modelplane.modelcard.CardFixture;
import io.modelplane.testing.Browser;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The model card page in a real browser, reached from the version page, and its PDF download. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelCardPagesIT {

  private static Browser browser;
  private static CardFixture fixture;

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
    if (fixture == null) {
      fixture = CardFixture.create();
    }
    page = browser.newPage();
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldShowMetricsLineageAndMonitoringToAViewer() {
    // When carol (viewer) goes from the version page to its model card
    Browser.signIn(page, "/ui/t/acme/models/" + fixture.model + "/versions/1", "carol");
    page.locator("#model-card-link").click();

    // Then she sees the card's metrics, lineage, baseline and monitoring inside the UI
    assertThat(page.locator("h1")).containsText("Model card: " + fixture.model);
    assertThat(page.locator("#metrics")).containsText("auc");
    assertThat(page.locator("#metrics")).containsText("0.931");
    assertThat(page.locator("#lineage")).containsText(CardFixture.COMMIT);
    assertThat(page.locator("#lineage")).containsText(CardFixture.REPO);
    assertThat(page.locator("#baseline")).containsText("f3");
    assertThat(page.locator("#monitoring")).containsText(fixture.deployment);
    assertThat(page.locator("#monitoring .latency tbody tr").first())
        .containsText(Integer.toString(CardFixture.REQUESTS));
    assertThat(page.locator("header.topbar")).containsText("Models");
  }

  @Test
  void shouldDownloadThePdfFromTheCardPage() throws Exception {
    // Given carol on the card page
    Browser.signIn(page, "/ui/t/acme/models/" + fixture.model + "/versions/1/card", "carol");
    assertThat(page.locator("#card-pdf")).isVisible();

    // When she clicks "Download PDF"
    Download download = page.waitForDownload(() -> page.locator("#card-pdf").click());

    // Then the file is the card as PDF
    Assertions.assertThat(download.suggestedFilename()).isEqualTo(fixture.model + "-v1-card.pdf");
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
      Assertions.assertThat(new PDFTextStripper().getText(pdf))
          .contains("Model card: " + fixture.model)
          .contains(CardFixture.COMMIT);
    }
  }
}
