package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The control plane is ready only when the cluster it deploys to answers, if the Kubernetes backend
 * is enabled at all (the local backend needs no cluster).
 */
@Readiness
@ApplicationScoped
public class KubernetesApiReadiness implements HealthCheck {

  @Inject KubernetesClient client;

  @ConfigProperty(name = "modelplane.backend.kubernetes.enabled")
  boolean enabled;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("Kubernetes API").withData("enabled", enabled);
    if (!enabled) {
      return response.up().build();
    }
    try {
      client.namespaces().withName("default").get();
      return response.up().withData("master", client.getMasterUrl().toString()).build();
    } catch (KubernetesClientException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
