package io.modelplane.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.UUID;

/** Registry calls the tests repeat, made as a CI pipeline makes them. */
public final class RegistryClient {

  private RegistryClient() {}

  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Response createModel(String token, String tenant, String name, String task) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"task\":\"%s\",\"description\":\"test model\",\"tags\":{\"team\":\"search\"}}"
                .formatted(name, task))
        .post("/api/v1/tenants/{t}/models", tenant);
  }

  public static Response register(
      String token, String tenant, String model, String metadata, Path artifact) {
    return given()
        .auth()
        .oauth2(token)
        .multiPart("metadata", metadata, "application/json")
        .multiPart("artifact", artifact.toFile(), "application/octet-stream")
        .post("/api/v1/tenants/{t}/models/{m}/versions", tenant, model);
  }

  /** Creates a model and registers the MiniLM zip as its first version; returns the model name. */
  public static String modelWithVersion(String token, String tenant) {
    String name = uniqueName("emb");
    createModel(token, tenant, name, "text-embedding").then().statusCode(201);
    register(token, tenant, name, "{\"engine\":\"onnx\"}", TestArtifacts.minilmZip())
        .then()
        .statusCode(201);
    return name;
  }
}
