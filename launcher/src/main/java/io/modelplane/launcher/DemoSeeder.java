package io.modelplane.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds the demo data through the public API — tenants as the platform admin, acme's registry as
 * acme's CI service account — the same paths operators and pipelines take.
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

  void seed(Path demoDir) throws IOException, InterruptedException {
    String pat = token(passwordGrant("pat", "pat"));
    createTenant(pat, "acme", "Acme Corp", 8);
    createTenant(pat, "globex", "Globex", 4);
    String ci =
        token("grant_type=client_credentials&client_id=acme-ci&client_secret=acme-ci-secret");
    seedRegistry(ci, demoDir);
    seedDeployment(ci);
  }

  /**
   * {@code embedder} in acme serving the champion alias on the local backend, so inference works
   * right after start with no cluster. Skipped when it exists (a restart).
   */
  private void seedDeployment(String ci) throws IOException, InterruptedException {
    String body =
        "{\"name\":\"embedder\",\"environment\":\"dev\",\"backend\":\"local\","
            + "\"model\":\"embedder\",\"alias\":\"champion\","
            + "\"replicas\":{\"min\":1,\"max\":1},\"sampling\":0.1,"
            + "\"reason\":\"demo seed\"}";
    if (post(ci, apiBase + "/api/v1/tenants/acme/deployments", body) == 201) {
      Launcher.log(
          "seeded deployment acme/embedder (champion, local runner; ready in a few seconds)");
    }
  }

  private void createTenant(String token, String slug, String name, int gpuQuota)
      throws IOException, InterruptedException {
    String body =
        "{\"slug\":\"%s\",\"displayName\":\"%s\",\"gpuQuota\":%d}".formatted(slug, name, gpuQuota);
    if (post(token, apiBase + "/api/v1/tenants", body) == 201) {
      Launcher.log("seeded tenant " + slug);
    }
  }

  /**
   * acme's registry as its CI pipeline would fill it: {@code embedder} v1 = all-MiniLM-L6-v2, v2 =
   * bge-small-en-v1.5, alias champion → 1; {@code churn}, an XGBoost classifier trained here, with
   * its baseline. Skipped when the models already exist (a restart).
   */
  private void seedRegistry(String ci, Path demoDir) throws IOException, InterruptedException {
    String api = apiBase + "/api/v1/tenants/acme/models";
    String embedder =
        "{\"name\":\"embedder\",\"task\":\"text-embedding\",\"description\":\"Sentence embeddings for search\"}";
    if (post(ci, api, embedder) == 201) {
      register(
          ci,
          api + "/embedder/versions",
          "{\"engine\":\"onnx\",\"description\":\"all-MiniLM-L6-v2 (quantised)\"}",
          DemoModels.miniLm(demoDir));
      register(
          ci,
          api + "/embedder/versions",
          "{\"engine\":\"onnx\",\"description\":\"bge-small-en-v1.5 (quantised)\"}",
          DemoModels.bgeSmall(demoDir));
      send(
          ci,
          "PUT",
          api + "/embedder/aliases/champion",
          "application/json",
          HttpRequest.BodyPublishers.ofString("{\"version\":1,\"reason\":\"demo seed\"}"));
      Launcher.log(
          "seeded model acme/embedder (v1 all-MiniLM-L6-v2, v2 bge-small-en-v1.5, champion -> v1)");
    }
    String churn =
        "{\"name\":\"churn\",\"task\":\"classification\",\"description\":\"Customer churn risk\"}";
    if (post(ci, api, churn) == 201) {
      Path model = DemoModels.churn(demoDir.resolve("churn"));
      register(
          ci,
          api + "/churn/versions",
          "{\"engine\":\"xgboost\",\"description\":\"boosted trees on 4 features\"}",
          model);
      send(
          ci,
          "PUT",
          api + "/churn/versions/1/baseline",
          "text/csv",
          HttpRequest.BodyPublishers.ofFile(model.resolveSibling("baseline.csv")));
      Launcher.log(
          "seeded model acme/churn (XGBoost trained on synthetic data, baseline attached)");
    }
  }

  /** POSTs JSON; 201 (created) and 409 (already there) are both fine for seeding. */
  private int post(String token, String url, String json) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201 && r.statusCode() != 409) {
      throw new IOException("POST " + url + " failed: " + r.statusCode() + " " + r.body());
    }
    return r.statusCode();
  }

  private void register(String token, String url, String metadata, Path artifact)
      throws IOException, InterruptedException {
    Multipart body = new Multipart().json("metadata", metadata).file("artifact", artifact);
    send(token, "POST", url, body.contentType(), body.body());
  }

  private void send(
      String token, String method, String url, String contentType, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, body)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IOException(method + " " + url + " failed: " + r.statusCode() + " " + r.body());
    }
  }

  private static String passwordGrant(String user, String password) {
    return "grant_type=password&client_id=modelplane-cli&username="
        + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
  }

  private String token(String form) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher m = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new IOException("could not get a token: " + response.body());
    }
    return m.group(1);
  }
}
