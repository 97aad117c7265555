package io.modelplane.backend.local;

import io.modelplane.backend.RunnerSpec;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The environment of one runner process. It starts empty rather than inheriting the control
 * plane's, whose variables (database and Keycloak secrets, {@code PORT}, {@code QUARKUS_*}) are
 * none of a runner's business; only what a JVM needs to run is passed on.
 */
final class RunnerEnvironment {

  /** Inherited from the control plane: what a process needs to find its tools and temp files. */
  static final Set<String> INHERITED =
      Set.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR");

  private RunnerEnvironment() {}

  /**
   * The spec's own env, then everything the local backend owns (which wins over the spec: a spec
   * cannot move the runner off loopback or keep it alive after a load failure).
   */
  static Map<String, String> of(
      Map<String, String> inherited,
      RunnerSpec spec,
      ReplicaPaths paths,
      Path djlCache,
      int port,
      long parentPid) {
    Map<String, String> env = new TreeMap<>();
    inherited.forEach(
        (name, value) -> {
          if (INHERITED.contains(name)) {
            env.put(name, value);
          }
        });
    env.putAll(spec.env());
    if (spec.resources() != null && spec.resources().gpuCount() == 0) {
      env.putIfAbsent("MODEL_DEVICE", "cpu");
    }
    env.put("MODEL_URI", spec.modelUri());
    env.put("MODEL_NAME", spec.modelName());
    env.put("MODEL_VERSION", Integer.toString(spec.modelVersion()));
    if (spec.artifactSha256() != null && !spec.artifactSha256().isBlank()) {
      env.put("MODEL_SHA256", spec.artifactSha256());
    }
    if (spec.engine() != null && !spec.engine().isBlank()) {
      env.put("MODEL_ENGINE", engine(spec.engine()));
    }
    env.put("MODEL_WORK_DIR", paths.modelDir().toString());
    env.put("MODEL_EXIT_ON_FAILURE", "true");
    env.put("HOST", "127.0.0.1");
    env.put("PORT", Integer.toString(port));
    env.put("DJL_CACHE_DIR", djlCache.toString());
    env.put("DJL_OFFLINE", "true");
    env.put("OPT_OUT_TRACKING", "true");
    env.put("PARENT_PID", Long.toString(parentPid));
    return env;
  }

  /**
   * The registry's engine names ({@code onnx}, …) as the runner's {@code MODEL_ENGINE} knows them.
   */
  static String engine(String engine) {
    return switch (engine.strip().toLowerCase(Locale.ROOT)) {
      case "onnx", "onnxruntime" -> "OnnxRuntime";
      case "xgboost" -> "XGBoost";
      case "pytorch" -> "PyTorch";
      default -> engine;
    };
  }
}
