package io.modelplane.backend.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelplane.backend.RunnerSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link RunnerGpuConfig} into a {@link GpuPlacement}, refusing at start-up what the API
 * server would refuse on every runner Deployment later (the message names the setting).
 */
final class GpuPlacementJson {

  static final String NODE_SELECTOR = "modelplane.runner.gpu.node-selector";
  static final String TOLERATIONS = "modelplane.runner.gpu.tolerations";

  private static final Set<String> OPERATORS = Set.of("Exists", "Equal");
  private static final Set<String> EFFECTS =
      Set.of("", "NoSchedule", "PreferNoSchedule", "NoExecute");

  /** Strict: a misspelt field (or {@code tolerationSeconds}, not supported) is an error. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private GpuPlacementJson() {}

  static GpuPlacement of(RunnerGpuConfig config) {
    return parse(config.nodeSelector(), config.tolerations());
  }

  static GpuPlacement parse(String nodeSelector, String tolerations) {
    Map<String, String> selector =
        read(NODE_SELECTOR, nodeSelector, new TypeReference<Map<String, String>>() {});
    List<RunnerSpec.Toleration> tolerated =
        read(TOLERATIONS, tolerations, new TypeReference<List<RunnerSpec.Toleration>>() {});
    selector.forEach(
        (key, value) -> {
          if (key.isBlank() || value == null) {
            throw invalid(NODE_SELECTOR, "every label needs a key and a value");
          }
        });
    for (int i = 0; i < tolerated.size(); i++) {
      check(tolerated.get(i), TOLERATIONS + "[" + i + "]");
    }
    return new GpuPlacement(selector, tolerated);
  }

  /** Kubernetes' own rules for a toleration ({@code operator} defaults to {@code Equal}). */
  private static void check(RunnerSpec.Toleration t, String at) {
    if (t == null) {
      throw invalid(at, "must be an object");
    }
    String operator = t.operator() == null ? "Equal" : t.operator();
    if (!OPERATORS.contains(operator)) {
      throw invalid(at + ".operator", "must be Exists or Equal");
    }
    if (t.effect() != null && !EFFECTS.contains(t.effect())) {
      throw invalid(at + ".effect", "must be NoSchedule, PreferNoSchedule or NoExecute");
    }
    boolean noKey = t.key() == null || t.key().isEmpty();
    if (noKey && !operator.equals("Exists")) {
      throw invalid(at + ".key", "may be empty only with operator Exists");
    }
    if (operator.equals("Exists") && t.value() != null && !t.value().isEmpty()) {
      throw invalid(at + ".value", "must be empty with operator Exists");
    }
  }

  private static <T> T read(String setting, String json, TypeReference<T> type) {
    try {
      T value = JSON.readValue(json, type);
      if (value == null) {
        throw invalid(setting, "must not be null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalid(setting, e.getOriginalMessage());
    }
  }

  private static IllegalArgumentException invalid(String setting, String why) {
    return new IllegalArgumentException(setting + ": " + why);
  }
}
