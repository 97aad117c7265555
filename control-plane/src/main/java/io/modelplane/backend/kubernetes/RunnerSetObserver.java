package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.Replica;
import io.modelplane.backend.RunnerSetStatus;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads what runs for a deployment: its Deployments and their pods, two list calls whatever the
 * number of runner sets. Pods without an address yet are not replicas the gateway can use; they
 * only show in the message.
 */
final class RunnerSetObserver {

  private final KubernetesClient client;

  RunnerSetObserver(KubernetesClient client) {
    this.client = client;
  }

  List<RunnerSetStatus> observe(DeploymentKey key) {
    String namespace = KubernetesNames.namespace(key.tenant());
    var selector = RunnerLabels.ofDeployment(key);
    List<Deployment> deployments =
        client.apps().deployments().inNamespace(namespace).withLabels(selector).list().getItems();
    Map<String, List<Pod>> podsBySet =
        client.pods().inNamespace(namespace).withLabels(selector).list().getItems().stream()
            .filter(RunnerSetObserver::isRunningOrStarting)
            .filter(pod -> pod.getMetadata().getLabels().containsKey(RunnerLabels.RUNNER_SET))
            .collect(Collectors.groupingBy(pod -> runnerSetOf(pod)));
    return deployments.stream()
        .sorted(Comparator.comparing(d -> d.getMetadata().getName()))
        .map(d -> status(d, podsBySet.getOrDefault(runnerSetOf(d), List.of())))
        .toList();
  }

  private static RunnerSetStatus status(Deployment deployment, List<Pod> pods) {
    int desired = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
    List<Replica> replicas =
        pods.stream()
            .filter(pod -> pod.getStatus() != null && pod.getStatus().getPodIP() != null)
            .sorted(Comparator.comparing(pod -> pod.getMetadata().getName()))
            .map(RunnerSetObserver::replica)
            .toList();
    int ready = (int) replicas.stream().filter(Replica::ready).count();
    return new RunnerSetStatus(
        runnerSetOf(deployment),
        desired,
        ready,
        replicas,
        ReplicaDiagnosis.explain(deployment, pods, desired, ready));
  }

  private static Replica replica(Pod pod) {
    String ip = pod.getStatus().getPodIP();
    String host = ip.contains(":") ? "[" + ip + "]" : ip;
    return new Replica(
        pod.getMetadata().getName(),
        URI.create("http://" + host + ":" + KubernetesNames.RUNNER_PORT),
        ReplicaDiagnosis.isReady(pod));
  }

  /** Terminating and finished pods are going away; they are not replicas any more. */
  private static boolean isRunningOrStarting(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return pod.getMetadata().getDeletionTimestamp() == null
        && !"Succeeded".equals(phase)
        && !"Failed".equals(phase);
  }

  private static String runnerSetOf(HasMetadata object) {
    return object.getMetadata().getLabels().get(RunnerLabels.RUNNER_SET);
  }
}
