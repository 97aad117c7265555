package io.modelplane.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.leader.LeaseElectionLifecycle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chart's leader-election Role, derived from the code like the backend's ClusterRole in {@link
 * ChartRbacTest}: the real Lease election (io.modelplane.leader) competes, renews, hands over and
 * releases against the mock API server, and the Role must grant exactly the requests it sent, in
 * the release namespace only.
 */
class ChartLeaseRbacTest {

  private static final String ELECTION_AGENT = "modelplane-leader-election-under-test";

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient observer = api.client();
  private final KubernetesClient election =
      RecordedPermissions.clientFor(api.server(), ELECTION_AGENT);

  @AfterEach
  void stop() {
    election.close();
    observer.close();
    api.close();
  }

  @Test
  void shouldGrantLeaderElectionExactlyTheLeaseCallsItMakesInTheReleaseNamespace() {
    // Given everything leader election does with the cluster
    new LeaseElectionLifecycle(election, observer, RenderedChart.NAMESPACE).run();
    RecordedPermissions recorded = RecordedPermissions.take(api.server(), ELECTION_AGENT);
    Set<ApiPermission> used = recorded.permissions();

    // When
    Role role = RenderedChart.render().only(Role.class);

    // Then
    assertThat(recorded.paths())
        .isNotEmpty()
        .allMatch(
            path ->
                path.startsWith(
                    "/apis/coordination.k8s.io/v1/namespaces/" + RenderedChart.NAMESPACE + "/"));
    assertThat(role.getMetadata().getNamespace()).isEqualTo(RenderedChart.NAMESPACE);
    assertThat(ApiPermission.grantedBy(role.getRules()))
        .as("the chart's leader-election Role against the election's requests")
        .containsExactlyElementsOf(used);
  }
}
