package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.modelplane.testing.Browser;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
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
  void newPage() {
    page = browser.newPage();
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @Test
  void shouldSignInThroughKeycloakAndSeeOwnTenants() {
    // Given alice, admin of acme, opens the UI
    // When she signs in on Keycloak's login page
    Browser.signIn(page, "/ui", "alice");

    // Then she sees the tenants page listing acme but not globex
    assertThat(page.locator("h1")).hasText("Tenants");
    assertThat(page.locator("#tenants")).containsText("acme");
    assertThat(page.locator("#tenants")).not().containsText("globex");
    assertThat(page.locator(".user")).containsText("alice");
  }

  @Test
  void shouldSwitchBetweenTenantsOfMultiTenantUser() {
    // Given sam, a member of acme and globex, is signed in
    Browser.signIn(page, "/ui", "sam");

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
    Browser.signIn(page, "/ui/tenants", "pat");

    // When he fills in the new-tenant form
    String slug = "ui-" + Long.toHexString(System.nanoTime());
    page.fill("input[name=slug]", slug);
    page.fill("input[name=displayName]", "Made in the UI");
    page.fill("input[name=gpuQuota]", "3");
    page.click("button[type=submit]");

    // Then the table shows the new tenant without a page reload
    assertThat(page.locator("#tenant-rows")).containsText(slug);
  }
}
