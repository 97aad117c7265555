package io.modelplane.testing;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headless Debian Chromium driven by Playwright, signing in through the real Keycloak login page.
 * One per test class; each test gets a fresh context (no shared session).
 */
public final class Browser implements AutoCloseable {

  private final Playwright playwright = Playwright.create();
  private final com.microsoft.playwright.Browser chromium =
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

  public Page newPage() {
    return chromium.newContext().newPage();
  }

  /** Opens {@code path} of the app under test and signs in as {@code user} (password = name). */
  public static void signIn(Page page, String path, String user) {
    page.navigate(base() + path);
    page.waitForSelector("#username");
    page.fill("#username", user);
    page.fill("#password", user);
    page.click("#kc-login");
  }

  public static String base() {
    return "http://127.0.0.1:"
        + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
