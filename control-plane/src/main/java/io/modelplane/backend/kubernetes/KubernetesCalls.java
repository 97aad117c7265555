package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.modelplane.backend.BackendException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Turns the client's failures into {@link BackendException}s, the one failure the reconciler
 * retries, with a message that says what was being done and what the API server answered.
 */
final class KubernetesCalls {

  private KubernetesCalls() {}

  static <T> T call(String action, Supplier<T> call) {
    try {
      return call.get();
    } catch (KubernetesClientTimeoutException e) {
      throw new BackendException(action + ": the Kubernetes API did not answer in time", e);
    } catch (KubernetesClientException e) {
      throw new BackendException(action + ": " + describe(e), e);
    }
  }

  static void run(String action, Runnable call) {
    call(
        action,
        () -> {
          call.run();
          return null;
        });
  }

  private static String describe(KubernetesClientException e) {
    if (isTimeout(e)) {
      return "the Kubernetes API did not answer in time";
    }
    if (e.getCode() == 0) {
      return "the Kubernetes API could not be reached (" + e.getMessage() + ")";
    }
    var status = e.getStatus();
    String detail = status != null && status.getMessage() != null ? status.getMessage() : "";
    return "the Kubernetes API answered " + e.getCode() + (detail.isEmpty() ? "" : " " + detail);
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof HttpTimeoutException
          || t instanceof KubernetesClientTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
