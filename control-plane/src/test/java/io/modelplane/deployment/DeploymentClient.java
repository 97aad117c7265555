package io.modelplane.deployment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Deployment calls the tests make again and again. */
final class DeploymentClient {

  private DeploymentClient() {}

  static Response create(String token, String tenant, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/tenants/{t}/deployments", tenant);
  }

  static Response patch(String token, String tenant, String name, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .patch("/api/v1/tenants/{t}/deployments/{d}", tenant, name);
  }

  static Response get(String token, String tenant, String name) {
    return given().auth().oauth2(token).get("/api/v1/tenants/{t}/deployments/{d}", tenant, name);
  }

  static Response post(String token, String tenant, String name, String action, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/tenants/{t}/deployments/{d}/" + action, tenant, name);
  }

  static Response revisions(String token, String tenant, String name) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tenants/{t}/deployments/{d}/revisions", tenant, name);
  }
}
