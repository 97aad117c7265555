package io.modelplane.system;

import static io.restassured.RestAssured.given;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.modelplane.launcher.KeycloakServer;
import io.modelplane.launcher.PostgresServer;
import io.modelplane.testing.FreePorts;
import io.modelplane.testing.ScratchDirectories;
import io.modelplane.testing.TestArtifacts;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ScaleOutSystemTest} runs on: one PostgreSQL, one Keycloak, one Kubernetes API
 * (fabric8's mock server in CRUD mode on a real port, so child processes reach it) and two packaged
 * control planes configured alike, as a Helm release configures its replicas.
 */
final class ScaleOutCluster implements AutoCloseable {

  static final String TENANT = "acme";
  static final String RUNNER_NAMESPACE = "mp-" + TENANT;
  static final String CONTROL_PLANE_NAMESPACE = "modelplane";
  static final String LEASE = "modelplane-leader";

  private Path data;
  private PostgresServer postgres;
  private KeycloakServer keycloak;
  private KubernetesMockServer kubernetesServer;
  private KubernetesClient kubernetes;
  ControlPlaneReplica a;
  ControlPlaneReplica b;

  /** Starts everything; both control planes at once, as a Deployment's replicas start. */
  static ScaleOutCluster start() throws IOException {
    ScaleOutCluster cluster = new ScaleOutCluster();
    try {
      cluster.startSharedServices();
      cluster.startReplicas();
      return cluster;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startSharedServices() throws IOException {
    data = ScratchDirectories.create("scale-out-");
    postgres = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), false);
    kubernetesServer =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    kubernetesServer.init(InetAddress.getLoopbackAddress(), FreePorts.next());
    kubernetes = kubernetesServer.createClient();
  }

  private void startReplicas() throws IOException {
    int portA = FreePorts.next();
    int portB = FreePorts.next();
    keycloak =
        KeycloakServer.start(
            KeycloakServer.bundledHome(),
            FreePorts.next(),
            FreePorts.next(),
            false,
            List.of("http://127.0.0.1:" + portA, "http://127.0.0.1:" + portB));
    Map<String, String> env = replicaEnvironment("http://127.0.0.1:" + portA);
    a = ControlPlaneReplica.start("a", portA, data, env);
    b = ControlPlaneReplica.start("b", portB, data, env);
    a.awaitReady();
    b.awaitReady();
  }

  /**
   * One database, cluster and set of keys for every replica, and one artifact URL (a Service's in
   * production): the desired objects must not depend on which replica builds them. Short lease
   * timings keep the failover quick.
   */
  private Map<String, String> replicaEnvironment(String artifactBaseUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("MODELPLANE_DB_URL", postgres.jdbcUrl());
    env.put("MODELPLANE_KEYCLOAK_URL", keycloak.url());
    env.put("MODELPLANE_DATA_DIR", data.toString());
    env.put("MODELPLANE_ARTIFACTS_MASTER_KEY", randomKey());
    env.put("MODELPLANE_RUNNER_URL_SIGNING_KEY", randomKey());
    env.put("MODELPLANE_RUNNER_ARTIFACT_BASE_URL", artifactBaseUrl);
    env.put("MODELPLANE_BACKEND_KUBERNETES_ENABLED", "true");
    // the Quarkus client settings are fixed at build time; fabric8 reads these at run time
    env.put("KUBERNETES_MASTER", kubernetesServer.url("/").toString());
    env.put("KUBERNETES_NAMESPACE", CONTROL_PLANE_NAMESPACE);
    env.put("KUBERNETES_TRUST_CERTIFICATES", "true");
    env.put("KUBERNETES_AUTH_TRYKUBECONFIG", "false");
    env.put("KUBERNETES_AUTH_TRYSERVICEACCOUNT", "false");
    env.put("MODELPLANE_LEADER_LEASE_DURATION", "3s");
    env.put("MODELPLANE_LEADER_LEASE_RENEW_DEADLINE", "2s");
    env.put("MODELPLANE_LEADER_LEASE_RETRY_PERIOD", "500ms");
    env.put("MODELPLANE_LEADER_CHECK", "1s");
    return env;
  }

  /** Tenant {@code acme} with model {@code churn} version 1 (XGBoost), registered through A. */
  String registerModel() {
    a.api(token("pat"))
        .body("{\"slug\":\"acme\",\"displayName\":\"Acme\",\"gpuQuota\":0}")
        .post("/api/v1/tenants")
        .then()
        .statusCode(201);
    String bob = token("bob");
    a.api(bob)
        .body("{\"name\":\"churn\",\"task\":\"classification\"}")
        .post("/api/v1/tenants/{t}/models", TENANT)
        .then()
        .statusCode(201);
    given()
        .baseUri(a.url())
        .auth()
        .oauth2(bob)
        .multiPart("metadata", "{\"engine\":\"xgboost\"}", "application/json")
        .multiPart("artifact", TestArtifacts.xgboost().toFile(), "application/octet-stream")
        .post("/api/v1/tenants/{t}/models/churn/versions", TENANT)
        .then()
        .statusCode(201);
    return "churn";
  }

  String token(String user) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "modelplane-cli")
        .formParam("username", user)
        .formParam("password", user)
        .post(keycloak.url() + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  ControlPlaneReplica leader() {
    return a.alive() && a.leads() ? a : b;
  }

  ControlPlaneReplica follower() {
    return leader() == a ? b : a;
  }

  List<Deployment> runnerDeployments(String deployment) {
    return kubernetes
        .apps()
        .deployments()
        .inNamespace(RUNNER_NAMESPACE)
        .withLabel("modelplane.io/deployment", deployment)
        .list()
        .getItems();
  }

  /** A runner pod of the Deployment, Ready at {@code ip} (as the kubelet would report it). */
  void addReadyPod(Deployment runners, String ip) {
    var template = runners.getSpec().getTemplate();
    kubernetes
        .pods()
        .inNamespace(RUNNER_NAMESPACE)
        .resource(
            new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata()
                .withName(runners.getMetadata().getName() + "-pod")
                .withLabels(template.getMetadata().getLabels())
                .endMetadata()
                .withSpec(template.getSpec())
                .withNewStatus()
                .withPhase("Running")
                .withPodIP(ip)
                .addNewCondition()
                .withType("Ready")
                .withStatus("True")
                .endCondition()
                .endStatus()
                .build())
        .create();
  }

  List<Service> runnerServices(String deployment) {
    return kubernetes
        .services()
        .inNamespace(RUNNER_NAMESPACE)
        .withLabel("modelplane.io/deployment", deployment)
        .list()
        .getItems();
  }

  Lease lease() {
    return kubernetes
        .resources(Lease.class)
        .inNamespace(CONTROL_PLANE_NAMESPACE)
        .withName(LEASE)
        .get();
  }

  @Override
  public void close() throws IOException {
    for (ControlPlaneReplica replica : new ControlPlaneReplica[] {a, b}) {
      if (replica != null) {
        replica.stop();
      }
    }
    if (kubernetes != null) {
      kubernetes.close();
    }
    if (kubernetesServer != null) {
      kubernetesServer.destroy();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    ScratchDirectories.delete(data);
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
