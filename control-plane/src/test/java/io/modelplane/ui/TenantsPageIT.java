package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person signs in through the real Keycloak login page in headless Chromium. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class TenantsPageIT {

  /** The app's test port, as the test resource configured it (see {@link KeycloakResource}). */
  private static String base() {
    return "http://127.0.0.1:"
        + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
  }

  private static Playwright playwright;
  private static Browser browser;
  private Page page;

  @BeforeAll
  static void launchBrowser() {
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
    playwright.close();
  }

  @BeforeEach
  void newPage() {
    page = browser.newContext().newPage();
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldSignInThroughKeycloakAndSeeOwnTenants() {
    // Given alice, admin of acme, opens the UI
    page.navigate(base() + "/ui");

    // When she signs in on Keycloak's login page
    signIn("alice");

    // Then she sees the tenants page listing acme but not globex
    assertThat(page.locator("h1")).hasText("Tenants");
    assertThat(page.locator("#tenants")).containsText("acme");
    assertThat(page.locator("#tenants")).not().containsText("globex");
    assertThat(page.locator(".user")).containsText("alice");
  }

  @Test
  void shouldSwitchBetweenTenantsOfMultiTenantUser() {
    // Given sam, a member of acme and globex, is signed in
    page.navigate(base() + "/ui");
    signIn("sam");

    // When he picks globex in the tenant switcher
    page.selectOption("#tenant-switcher", "globex");

    // Then the globex overview shows his role there
    page.waitForURL("**/ui/t/globex");
    assertThat(page.locator("h1")).containsText("globex");
    assertThat(page.locator("dl.facts")).containsText("viewer");
  }

  @Test
  void shouldLetPlatformAdminCreateTenantFromUi() {
    // Given pat, the platform admin, on the tenants page
    page.navigate(base() + "/ui/tenants");
    signIn("pat");

    // When he fills in the new-tenant form
    String slug = "ui-" + Long.toHexString(System.nanoTime());
    page.fill("input[name=slug]", slug);
    page.fill("input[name=displayName]", "Made in the UI");
    page.fill("input[name=gpuQuota]", "3");
    page.click("button[type=submit]");

    // Then the table shows the new tenant without a page reload
    assertThat(page.locator("#tenant-rows")).containsText(slug);
  }

  private void signIn(String user) {
    page.waitForSelector("#username");
    page.fill("#username", user);
    page.fill("#password", user);
    page.click("#kc-login");
  }
}
