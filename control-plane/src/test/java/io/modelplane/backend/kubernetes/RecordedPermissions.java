package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The requests the code under test sent to the mock API server, told apart from the test's own by
 * the user agent of the client the code was given.
 */
final class RecordedPermissions {

  private final List<RecordedRequest> requests;

  private RecordedPermissions(List<RecordedRequest> requests) {
    this.requests = requests;
  }

  /** A client for the code under test: its own user agent, no retries of its own. */
  static KubernetesClient clientFor(KubernetesMockServer server, String userAgent) {
    return server.createClient(
        builder ->
            builder
                .editOrNewConfig()
                .withUserAgent(userAgent)
                .withRequestRetryBackoffLimit(0)
                .endConfig());
  }

  /** Takes every request recorded so far; those of other clients are dropped. */
  static RecordedPermissions take(KubernetesMockServer server, String userAgent) {
    var taken = new ArrayList<RecordedRequest>();
    try {
      RecordedRequest request;
      while ((request = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
        if (userAgent.equals(request.getHeader("User-Agent"))) {
          taken.add(request);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new RecordedPermissions(taken);
  }

  Set<ApiPermission> permissions() {
    var used = new TreeSet<ApiPermission>();
    requests.forEach(r -> used.add(ApiPermission.of(r.getMethod(), r.getPath())));
    return used;
  }

  List<String> paths() {
    return requests.stream().map(RecordedRequest::getPath).toList();
  }
}
