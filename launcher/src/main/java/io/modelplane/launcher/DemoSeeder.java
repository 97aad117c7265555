package io.modelplane.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds the demo tenants through the public API as the platform admin, the same path an operator
 * takes, so seeding also exercises tenant creation and the Keycloak group sync.
 */
final class DemoSeeder {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final String apiBase;
  private final String realmUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  DemoSeeder(String apiBase, String realmUrl) {
    this.apiBase = apiBase;
    this.realmUrl = realmUrl;
  }

  void seed() throws IOException, InterruptedException {
    String token = passwordToken("pat", "pat");
    createTenant(token, "acme", "Acme Corp", 8);
    createTenant(token, "globex", "Globex", 4);
  }

  private void createTenant(String token, String slug, String name, int gpuQuota)
      throws IOException, InterruptedException {
    String body =
        "{\"slug\":\"%s\",\"displayName\":\"%s\",\"gpuQuota\":%d}".formatted(slug, name, gpuQuota);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiBase + "/api/v1/tenants"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    switch (response.statusCode()) {
      case 201 -> Launcher.log("seeded tenant " + slug);
      case 409 -> Launcher.log("tenant " + slug + " already exists");
      default ->
          throw new IOException(
              "seeding tenant "
                  + slug
                  + " failed: "
                  + response.statusCode()
                  + " "
                  + response.body());
    }
  }

  private String passwordToken(String user, String password)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=modelplane-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher m = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new IOException("could not get a token for " + user + ": " + response.body());
    }
    return m.group(1);
  }
}
