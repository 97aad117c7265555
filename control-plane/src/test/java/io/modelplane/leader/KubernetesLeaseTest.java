package io.modelplane.leader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Lease election against fabric8's mock API server (CRUD mode), with short timings. */
class KubernetesLeaseTest {

  private static final KubernetesLease.Settings SETTINGS =
      new KubernetesLease.Settings(
          "modelplane-leader",
          "modelplane",
          Duration.ofSeconds(2),
          Duration.ofMillis(1500),
          Duration.ofMillis(200));

  private int port;
  private KubernetesMockServer server;
  private KubernetesClient client;
  private Contender first;
  private Contender second;

  @BeforeEach
  void startApiServer() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server = startServer(port);
    client = server.createClient();
    first = new Contender("first");
    second = new Contender("second");
  }

  @AfterEach
  void stopAll() {
    first.lock.stop();
    second.lock.stop();
    client.close();
    server.destroy();
  }

  @Test
  void shouldElectOneAndHandOverWhenItStops() {
    // Given two contenders, one of which leads
    first.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> first.leading.get());
    second.start();

    // When the leader stops (and so releases the lease)
    first.lock.stop();

    // Then the other takes the lease over
    await().atMost(Duration.ofSeconds(10)).until(() -> second.leading.get());
    assertThat(first.leading).isFalse();
    assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("second");
  }

  @Test
  void shouldStopLeadingWhenItCannotRenewAndCompeteAgainLater() {
    // Given a leader
    first.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> first.leading.get());

    // When the API server goes away past the renew deadline
    server.destroy();
    await().atMost(Duration.ofSeconds(20)).until(() -> !first.leading.get());

    // Then, once it is back (empty), the replica competes again and leads
    server = startServer(port);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              first.lock.check();
              return first.leading.get();
            });
    assertThat(lease().getSpec().getHolderIdentity()).isEqualTo("first");
  }

  private Lease lease() {
    return client
        .resources(Lease.class)
        .inNamespace("modelplane")
        .withName("modelplane-leader")
        .get();
  }

  private static KubernetesMockServer startServer(int port) {
    KubernetesMockServer s =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    s.init(InetAddress.getLoopbackAddress(), port);
    return s;
  }

  private final class Contender implements LeaderLock.Listener {
    final String identity;
    final KubernetesLease lock = new KubernetesLease(client, SETTINGS);
    final AtomicBoolean leading = new AtomicBoolean();

    Contender(String identity) {
      this.identity = identity;
    }

    void start() {
      lock.start(identity, this);
    }

    @Override
    public void leading(boolean leading) {
      this.leading.set(leading);
    }

    @Override
    public void leaderIs(String identity) {}
  }
}
