package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Makes the cluster hold one desired object, writing nothing when it already does.
 *
 * <p>"Already does" is decided by a digest of the desired object kept in an annotation, not by
 * comparing the live object field by field: the API server fills in defaults (probe timeouts, DNS
 * policy, cluster IPs, ...), so a field-by-field comparison would see a difference on every pass
 * and rewrite every object forever. The price: a hand edit of a field we own is only undone when
 * the desired object changes. (Server-side apply would avoid both, but the mock API server the
 * tests and benchmark run against does not implement it.)
 *
 * <p>An update patches only what we own: our labels and annotations are merged into the live ones,
 * our top-level sections ({@code spec}) replace the live ones, and everything else (status, other
 * controllers' annotations, finalizers) is left alone.
 */
final class ObjectApplier {

  static final String DESIRED_HASH = "modelplane.io/desired-hash";

  /** What one apply did, for logs and the benchmark. */
  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** An applied object and what it took. */
  record Applied<T extends HasMetadata>(T object, Outcome outcome) {}

  private final KubernetesClient client;
  private final KubernetesSerialization serialization;

  ObjectApplier(KubernetesClient client) {
    this.client = client;
    this.serialization = client.getKubernetesSerialization();
  }

  /**
   * @param desired what the builders produced
   * @param live the object as listed from the cluster, or null when it was not found
   * @param keepFromLive copies fields another controller owns (e.g. the autoscaler's replica count)
   *     from the live object onto the update
   */
  <T extends HasMetadata> Applied<T> apply(T desired, T live, BiConsumer<T, T> keepFromLive) {
    T stamped = stamp(desired);
    if (live == null) {
      return create(stamped, keepFromLive);
    }
    if (hashOf(stamped).equals(hashOf(live))) {
      return new Applied<>(live, Outcome.UNCHANGED);
    }
    return update(live, stamped, keepFromLive);
  }

  <T extends HasMetadata> Applied<T> apply(T desired, T live) {
    return apply(desired, live, (from, onto) -> {});
  }

  /**
   * A create that finds the name taken (a lost answer to an earlier create, or an object whose
   * labels were removed so listing missed it) becomes an update of what is there.
   */
  private <T extends HasMetadata> Applied<T> create(T stamped, BiConsumer<T, T> keepFromLive) {
    try {
      return new Applied<>(client.resource(stamped).create(), Outcome.CREATED);
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      T live = client.resource(stamped).get();
      if (live == null) {
        throw e;
      }
      return hashOf(stamped).equals(hashOf(live))
          ? new Applied<>(live, Outcome.UNCHANGED)
          : update(live, stamped, keepFromLive);
    }
  }

  private <T extends HasMetadata> Applied<T> update(
      T live, T stamped, BiConsumer<T, T> keepFromLive) {
    T updated = client.resource(live).edit(current -> merge(current, stamped, keepFromLive));
    return new Applied<>(updated, Outcome.UPDATED);
  }

  @SuppressWarnings("unchecked")
  private <T extends HasMetadata> T merge(T live, T desired, BiConsumer<T, T> keepFromLive) {
    Map<String, Object> merged = serialization.convertValue(live, Map.class);
    Map<String, Object> wanted = serialization.convertValue(desired, Map.class);
    wanted.forEach(
        (section, value) -> {
          if (!section.equals("metadata") && !section.equals("status")) {
            merged.put(section, value);
          }
        });
    var metadata = (Map<String, Object>) merged.get("metadata");
    var wantedMetadata = (Map<String, Object>) wanted.get("metadata");
    mergeMap(metadata, wantedMetadata, "labels");
    mergeMap(metadata, wantedMetadata, "annotations");
    if (wantedMetadata.containsKey("ownerReferences")) {
      metadata.put("ownerReferences", wantedMetadata.get("ownerReferences"));
    }
    T result = (T) serialization.convertValue(merged, live.getClass());
    keepFromLive.accept(live, result);
    return result;
  }

  @SuppressWarnings("unchecked")
  private static void mergeMap(Map<String, Object> into, Map<String, Object> from, String key) {
    var values = new LinkedHashMap<String, Object>();
    if (into.get(key) instanceof Map<?, ?> existing) {
      values.putAll((Map<String, Object>) existing);
    }
    if (from.get(key) instanceof Map<?, ?> wanted) {
      values.putAll((Map<String, Object>) wanted);
    }
    into.put(key, values);
  }

  private <T extends HasMetadata> T stamp(T desired) {
    String hash = digest(serialization.asJson(desired));
    T copy = serialization.clone(desired);
    var annotations = new LinkedHashMap<String, String>();
    if (copy.getMetadata().getAnnotations() != null) {
      annotations.putAll(copy.getMetadata().getAnnotations());
    }
    annotations.put(DESIRED_HASH, hash);
    copy.getMetadata().setAnnotations(annotations);
    return copy;
  }

  private static String hashOf(HasMetadata object) {
    var annotations = object.getMetadata().getAnnotations();
    return annotations == null ? "" : annotations.getOrDefault(DESIRED_HASH, "");
  }

  private static String digest(String json) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
