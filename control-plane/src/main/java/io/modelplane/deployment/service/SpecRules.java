package io.modelplane.deployment.service;

import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.kernel.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a deployment spec obeys, checked all at once so a client sees every bad field in one
 * answer. Pure: no database, no clock.
 */
public final class SpecRules {

  public static final Set<String> ENVIRONMENTS = Set.of("dev", "staging", "prod");
  public static final Set<String> BACKENDS = Set.of("kubernetes", "local");

  static final Pattern NAME = Pattern.compile("^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$");
  static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
  static final Pattern CPU = Pattern.compile("^([0-9]{1,4}(\\.[0-9]{1,3})?|[0-9]{1,7}m)$");
  static final Pattern MEMORY = Pattern.compile("^[0-9]{1,7}(Ki|Mi|Gi|Ti|k|M|G|T)?$");
  static final Pattern LABEL_VALUE =
      Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$");
  static final Pattern LABEL_KEY =
      Pattern.compile("^([a-z0-9.-]{1,253}/)?[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$");
  static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,127}$");
  static final Set<String> RESERVED_ENV =
      Set.of(
          "MODEL_URI", "MODEL_NAME", "MODEL_VERSION", "MODEL_SHA256", "PORT", "HOST", "PARENT_PID");

  private SpecRules() {}

  /** Checks a deployment's identity fields. */
  public static void checkIdentity(String name, String environment, String backend) {
    List<FieldError> errors = new ArrayList<>();
    if (name == null || !NAME.matcher(name).matches()) {
      errors.add(
          new FieldError(
              "name",
              "must start with a letter and be a DNS label of at most 40 characters: a-z, 0-9 and '-'"));
    }
    if (!ENVIRONMENTS.contains(environment)) {
      errors.add(new FieldError("environment", "must be one of dev, staging, prod"));
    }
    if (!BACKENDS.contains(backend)) {
      errors.add(new FieldError("backend", "must be kubernetes or local"));
    }
    InvalidInputException.throwIfAny(errors);
  }

  /** Checks a complete spec for a deployment on {@code backend}. */
  public static void check(DeploymentSpec spec, String backend) {
    List<FieldError> errors = new ArrayList<>();
    if (spec.model() == null || !DNS_LABEL.matcher(spec.model()).matches()) {
      errors.add(new FieldError("model", "must name a registered model"));
    }
    if ((spec.version() == null) == (spec.alias() == null)) {
      errors.add(new FieldError("version", "name exactly one of version and alias"));
    } else if (spec.version() != null && spec.version() < 1) {
      errors.add(new FieldError("version", "must be a version number (1, 2, …)"));
    } else if (spec.alias() != null && !DNS_LABEL.matcher(spec.alias()).matches()) {
      errors.add(new FieldError("alias", "must be a DNS label"));
    }
    checkReplicas(spec.replicas(), errors);
    checkResources(spec.resources(), backend, errors);
    checkTolerations(spec.tolerations(), errors);
    if (spec.image() == null || spec.image().isBlank() || spec.image().length() > 300) {
      errors.add(new FieldError("image", "must be a container image reference"));
    }
    checkEnv(spec.env(), errors);
    if (!(spec.sampling() >= 0 && spec.sampling() <= 1)) {
      errors.add(new FieldError("sampling", "must be between 0 and 1"));
    }
    checkRollout(spec.rollout(), errors);
    InvalidInputException.throwIfAny(errors);
  }

  private static void checkReplicas(DeploymentSpec.Replicas replicas, List<FieldError> errors) {
    if (replicas.min() < 1 || replicas.min() > 100) {
      errors.add(new FieldError("replicas.min", "must be between 1 and 100"));
    }
    if (replicas.max() < replicas.min() || replicas.max() > 100) {
      errors.add(new FieldError("replicas.max", "must be at least replicas.min and at most 100"));
    }
  }

  private static void checkResources(
      DeploymentSpec.Resources resources, String backend, List<FieldError> errors) {
    if (resources.cpu() == null || !CPU.matcher(resources.cpu()).matches()) {
      errors.add(new FieldError("resources.cpu", "must be a CPU quantity such as 2 or 500m"));
    }
    if (resources.memory() == null || !MEMORY.matcher(resources.memory()).matches()) {
      errors.add(new FieldError("resources.memory", "must be a memory quantity such as 4Gi"));
    }
    DeploymentSpec.Gpu gpu = resources.gpu();
    if (gpu == null) {
      return;
    }
    if (gpu.count() < 0 || gpu.count() > 16) {
      errors.add(new FieldError("resources.gpu.count", "must be between 0 and 16"));
    } else if (gpu.count() > 0 && "local".equals(backend)) {
      errors.add(
          new FieldError(
              "resources.gpu.count", "the local backend has no GPUs; use the kubernetes backend"));
    }
    if (gpu.type() != null && !LABEL_VALUE.matcher(gpu.type()).matches()) {
      errors.add(
          new FieldError("resources.gpu.type", "must be a node label value such as NVIDIA-A100"));
    }
  }

  private static void checkTolerations(
      List<DeploymentSpec.Toleration> tolerations, List<FieldError> errors) {
    for (int i = 0; i < tolerations.size(); i++) {
      DeploymentSpec.Toleration t = tolerations.get(i);
      String at = "tolerations[" + i + "]";
      if (t == null) {
        errors.add(new FieldError(at, "must not be null"));
        continue;
      }
      if (t.key() != null && !LABEL_KEY.matcher(t.key()).matches()) {
        errors.add(new FieldError(at + ".key", "must be a label key"));
      }
      if (t.operator() != null && !Set.of("Exists", "Equal").contains(t.operator())) {
        errors.add(new FieldError(at + ".operator", "must be Exists or Equal"));
      }
      if (t.effect() != null
          && !Set.of("", "NoSchedule", "PreferNoSchedule", "NoExecute").contains(t.effect())) {
        errors.add(
            new FieldError(at + ".effect", "must be NoSchedule, PreferNoSchedule or NoExecute"));
      }
    }
  }

  private static void checkEnv(Map<String, String> env, List<FieldError> errors) {
    env.forEach(
        (name, value) -> {
          if (!ENV_NAME.matcher(name).matches()) {
            errors.add(new FieldError("env." + name, "is not a valid environment variable name"));
          } else if (RESERVED_ENV.contains(name)) {
            errors.add(new FieldError("env." + name, "is set by modelplane"));
          } else if (value == null || value.length() > 4096) {
            errors.add(
                new FieldError("env." + name, "must be a string of at most 4096 characters"));
          }
        });
  }

  private static void checkRollout(RolloutPolicy rollout, List<FieldError> errors) {
    if (!RolloutPolicy.DIRECT.equals(rollout.strategy()) && !rollout.isCanary()) {
      errors.add(new FieldError("rollout.strategy", "must be direct or canary"));
      return;
    }
    if (!rollout.isCanary()) {
      return;
    }
    if (rollout.steps().isEmpty() || rollout.steps().size() > 10) {
      errors.add(new FieldError("rollout.steps", "a canary needs 1 to 10 steps"));
    }
    int previous = 0;
    for (int i = 0; i < rollout.steps().size(); i++) {
      RolloutPolicy.Step step = rollout.steps().get(i);
      String at = "rollout.steps[" + i + "]";
      if (step == null) {
        errors.add(new FieldError(at, "must not be null"));
        continue;
      }
      if (step.weight() <= previous || step.weight() > 100) {
        errors.add(new FieldError(at + ".weight", "weights must increase step by step, up to 100"));
      }
      previous = Math.max(previous, step.weight());
      try {
        step.duration();
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(at + ".minDuration", e.getMessage()));
      }
      if (step.minRequests() < 0) {
        errors.add(new FieldError(at + ".minRequests", "must not be negative"));
      }
    }
    RolloutPolicy.Gates gates = rollout.gates();
    if (gates != null) {
      if (!(gates.maxErrorRate() >= 0 && gates.maxErrorRate() <= 1)) {
        errors.add(new FieldError("rollout.gates.maxErrorRate", "must be between 0 and 1"));
      }
      if (!(gates.maxP99Ratio() >= 1)) {
        errors.add(new FieldError("rollout.gates.maxP99Ratio", "must be at least 1"));
      }
      try {
        gates.readyDeadline();
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("rollout.gates.readyTimeout", e.getMessage()));
      }
    }
  }
}
