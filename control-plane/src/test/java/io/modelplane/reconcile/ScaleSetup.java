package io.modelplane.reconcile;

import static io.restassured.RestAssured.given;

import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.TestUsers;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The scale bench's desired state, made through the REST API the way its users make it: a platform
 * admin creates the tenants (which also creates their Keycloak groups), one CI user who is an
 * engineer in every one of them registers a model version per tenant and creates the deployments.
 */
final class ScaleSetup {

  static final String MODEL = "scale-model";

  final String prefix;
  final int tenants;
  final int perTenant;
  private String user;

  ScaleSetup(String prefix, int tenants, int perTenant) {
    this.prefix = prefix;
    this.tenants = tenants;
    this.perTenant = perTenant;
  }

  String tenant(int i) {
    return "%s-t%02d".formatted(prefix, i);
  }

  static String deployment(int j) {
    return "d-%02d".formatted(j);
  }

  List<String> tenantSlugs() {
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < tenants; i++) {
      slugs.add(tenant(i));
    }
    return slugs;
  }

  void createTenants(int threads) throws Exception {
    String pat = Tokens.user("pat");
    forEachTenant(
        threads,
        slug ->
            given()
                .auth()
                .oauth2(pat)
                .contentType(ContentType.JSON)
                .body(
                    "{\"slug\":\"%s\",\"displayName\":\"Scale %s\",\"gpuQuota\":4}"
                        .formatted(slug, slug))
                .post("/api/v1/tenants")
                .then()
                .statusCode(201));
    user =
        TestUsers.create(tenantSlugs().stream().map(t -> "/tenants/" + t + "/engineer").toList());
  }

  /** A fresh token of the CI user (tokens live 15 minutes; a slow run outlives a cached one). */
  String token() {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "modelplane-cli")
        .formParam("username", user)
        .formParam("password", user)
        .post(Tokens.realmUrl() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  void registerModels(int threads) throws Exception {
    String token = token();
    forEachTenant(
        threads,
        slug -> {
          RegistryClient.createModel(token, slug, MODEL, "classification").then().statusCode(201);
          RegistryClient.register(
                  token, slug, MODEL, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
              .then()
              .statusCode(201);
        });
  }

  private void forEachTenant(int threads, Consumer<String> call) throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> calls = new ArrayList<>();
      for (String slug : tenantSlugs()) {
        calls.add(pool.submit(() -> call.accept(slug)));
      }
      for (Future<?> c : calls) {
        c.get();
      }
    }
  }

  /**
   * {@code POST …/deployments} for every deployment, from {@code threads} clients at once: the same
   * body as the backend-only bench's runner sets (2 replicas, no autoscaler, no GPU).
   */
  void createDeployments(int threads) throws Exception {
    String token = token();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> posts = new ArrayList<>();
      for (String slug : tenantSlugs()) {
        for (int j = 0; j < perTenant; j++) {
          String body =
              ("{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\","
                      + "\"model\":\"%s\",\"version\":1,\"replicas\":{\"min\":2,\"max\":2},"
                      + "\"reason\":\"scale bench\"}")
                  .formatted(deployment(j), MODEL);
          posts.add(pool.submit(() -> send(http, token, "POST", path(slug, null), body, 201)));
        }
      }
      for (Future<?> post : posts) {
        post.get();
      }
    }
  }

  static String path(String tenant, String deployment) {
    return "/api/v1/tenants/"
        + tenant
        + "/deployments"
        + (deployment == null ? "" : "/" + deployment);
  }

  static Void send(
      HttpClient http, String token, String method, String path, String json, int expected)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return null;
  }

  private static String base() {
    return "http://127.0.0.1:"
        + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
  }
}
