package io.modelplane.leader;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code modelplane.leader.*}: which lock elects the leader, and its timings. */
@ApplicationScoped
public class LeaderSettings {

  /**
   * {@code auto} (a Lease when the Kubernetes backend is enabled), {@code kubernetes}, {@code
   * postgres}.
   */
  @ConfigProperty(name = "modelplane.leader.lock", defaultValue = "auto")
  String lock;

  @ConfigProperty(name = "modelplane.backend.kubernetes.enabled")
  boolean kubernetesBackend;

  @ConfigProperty(name = "modelplane.leader.identity")
  Optional<String> identity;

  @ConfigProperty(name = "modelplane.leader.lease.name", defaultValue = "modelplane-leader")
  String leaseName;

  /** Unset: the namespace the Kubernetes client is configured for (in a pod: its own). */
  @ConfigProperty(name = "modelplane.leader.lease.namespace")
  Optional<String> leaseNamespace;

  @ConfigProperty(name = "modelplane.leader.lease.duration", defaultValue = "15s")
  Duration leaseDuration;

  @ConfigProperty(name = "modelplane.leader.lease.renew-deadline", defaultValue = "10s")
  Duration renewDeadline;

  @ConfigProperty(name = "modelplane.leader.lease.retry-period", defaultValue = "2s")
  Duration retryPeriod;

  private String generated;

  boolean useKubernetesLease() {
    return switch (lock.toLowerCase(Locale.ROOT)) {
      case "kubernetes" -> true;
      case "postgres" -> false;
      case "auto" -> kubernetesBackend;
      default ->
          throw new IllegalStateException(
              "modelplane.leader.lock must be auto, kubernetes or postgres, not " + lock);
    };
  }

  KubernetesLease.Settings lease(KubernetesClient client) {
    String namespace =
        leaseNamespace.orElseGet(
            () -> client.getNamespace() == null ? "default" : client.getNamespace());
    return new KubernetesLease.Settings(
        leaseName, namespace, leaseDuration, renewDeadline, retryPeriod);
  }

  /**
   * Unique per process: a restarted pod keeps its name, and its old lease record must not pass for
   * its own.
   */
  synchronized String identity() {
    if (generated == null) {
      byte[] suffix = new byte[4];
      ThreadLocalRandom.current().nextBytes(suffix);
      generated = identity.orElseGet(() -> host() + "-" + HexFormat.of().formatHex(suffix));
    }
    return generated;
  }

  private static String host() {
    String pod = System.getenv("HOSTNAME");
    if (pod != null && !pod.isBlank()) {
      return pod;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "modelplane";
    }
  }
}
