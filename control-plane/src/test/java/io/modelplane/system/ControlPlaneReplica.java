package io.modelplane.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packaged control plane ({@code target/quarkus-app/quarkus-run.jar}) running as a child
 * process on its own HTTP port, configured through its environment as a pod would be.
 */
final class ControlPlaneReplica {

  private static final Pattern HEAP =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");

  final String name;
  final int port;
  private final Path log;
  private Process process;

  private ControlPlaneReplica(String name, int port, Path log) {
    this.name = name;
    this.port = port;
    this.log = log;
  }

  /** Starts the process; {@link #awaitReady()} waits for it. */
  static ControlPlaneReplica start(String name, int port, Path logDir, Map<String, String> env)
      throws IOException {
    ControlPlaneReplica replica =
        new ControlPlaneReplica(name, port, logDir.resolve("control-plane-" + name + ".log"));
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(replica.log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
    replica.process = pb.start();
    return replica;
  }

  void awaitReady() {
    await()
        .atMost(Duration.ofMinutes(2))
        .ignoreExceptionsInstanceOf(java.net.ConnectException.class)
        .until(
            () -> {
              assertThat(process.isAlive()).as("%s exited; see %s", name, log).isTrue();
              return given().baseUri(url()).get("/q/health/ready").statusCode() == 200;
            });
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  RequestSpecification api(String token) {
    return given().baseUri(url()).auth().oauth2(token).contentType(ContentType.JSON);
  }

  /** The {@code Leadership} entry of {@code /q/health}. */
  Map<String, Object> leadership() {
    JsonPath health = given().baseUri(url()).get("/q/health").then().extract().jsonPath();
    return health.getMap("checks.find { it.name == 'Leadership' }.data");
  }

  boolean leads() {
    return Boolean.TRUE.equals(leadership().get("leader"));
  }

  String identity() {
    return (String) leadership().get("identity");
  }

  String metrics() {
    return given().baseUri(url()).get("/q/metrics").then().statusCode(200).extract().asString();
  }

  /** Heap in use, summed over the heap pools, from the Prometheus endpoint. */
  long heapUsedBytes() {
    Matcher m = HEAP.matcher(metrics());
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return (long) sum;
  }

  /** Resident set size of the process as the kernel counts it. */
  long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    return -1;
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no lease release; the others must notice on their own. */
  void kill() {
    process.destroyForcibly();
    await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
  }

  /** SIGTERM, as a rolling update would. */
  void stop() {
    if (alive()) {
      process.destroy();
      await().atMost(Duration.ofMinutes(1)).until(() -> !process.isAlive());
    }
  }
}
