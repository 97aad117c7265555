package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.GPU_DEFAULTS;
import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.gpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.modelplane.backend.RunnerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The desired objects, pure functions of the desired state, against golden YAML files. */
class KubernetesObjectsTest {

  private static final String DEPLOYMENT_UID = "6f1c2a4e-0000-4000-8000-000000000001";

  @Test
  void shouldBuildCpuRunnerSet() {
    // Given
    var set = set(cpuSpec(3), 5, 4);
    var desired = desired("acme", "sentiment", 0, set);

    // When
    var objects = new ArrayList<HasMetadata>();
    objects.add(RunnerDeployments.of(desired, set, GPU_DEFAULTS));
    objects.add(RunnerCompanions.service(desired, set, DEPLOYMENT_UID));
    objects.add(RunnerCompanions.disruptionBudget(desired, set, DEPLOYMENT_UID));
    RunnerCompanions.autoscaler(desired, set, DEPLOYMENT_UID).ifPresent(objects::add);

    // Then
    GoldenFiles.assertMatches("cpu-runner-set.yaml", objects);
  }

  @Test
  void shouldBuildGpuRunnerSetWithNodeSelectorTolerationsAndAutoscaler() {
    // Given
    var set = set(gpuSpec(), 2);
    var desired = desired("globex", "embedder", 8, set);

    // When
    var objects = new ArrayList<HasMetadata>();
    objects.add(RunnerDeployments.of(desired, set, GPU_DEFAULTS));
    objects.add(RunnerCompanions.service(desired, set, DEPLOYMENT_UID));
    objects.add(RunnerCompanions.disruptionBudget(desired, set, DEPLOYMENT_UID));
    RunnerCompanions.autoscaler(desired, set, DEPLOYMENT_UID).ifPresent(objects::add);

    // Then
    GoldenFiles.assertMatches("gpu-runner-set.yaml", objects);
  }

  @Test
  void shouldBuildTenantNamespaceAndGpuQuota() {
    GoldenFiles.assertMatches(
        "tenant.yaml",
        List.of(TenantObjects.namespace("globex"), TenantObjects.gpuQuota("globex", 8)));
  }

  @Test
  void shouldNotLetExtraEnvironmentOverrideTheRunnersOwn() {
    // Given
    var base = cpuSpec(1);
    var spec =
        new RunnerSpec(
            base.modelName(),
            base.modelVersion(),
            base.engine(),
            base.artifactSha256(),
            base.modelUri(),
            base.image(),
            1,
            1,
            base.resources(),
            List.of(),
            Map.of("PORT", "9999", "B", "2", "A", "1"));

    // When
    var env = RunnerContainer.env(spec);

    // Then
    assertThat(env)
        .extracting(EnvVar::getName)
        .containsExactly(
            "MODEL_URI", "MODEL_NAME", "MODEL_VERSION", "MODEL_SHA256", "PORT", "HOST", "A", "B");
    assertThat(env)
        .filteredOn(e -> e.getName().equals("PORT"))
        .extracting(EnvVar::getValue)
        .containsExactly("8080");
  }

  @Test
  void shouldSelectPodsOnlyByLabelsThatNeverChange() {
    // Given
    var set = set(cpuSpec(3), 5, 4);
    var rolledBack = set(cpuSpec(3), 7, 5, 4);

    // When
    var before = RunnerDeployments.of(desired("acme", "sentiment", 0, set), set, GPU_DEFAULTS);
    var after =
        RunnerDeployments.of(desired("acme", "sentiment", 0, rolledBack), rolledBack, GPU_DEFAULTS);

    // Then a rollback relabels the Deployment but leaves its pods (and their template) alone
    assertThat(after.getMetadata().getLabels()).containsEntry(RunnerLabels.REVISION, "7");
    assertThat(after.getSpec().getSelector()).isEqualTo(before.getSpec().getSelector());
    assertThat(after.getSpec().getTemplate()).isEqualTo(before.getSpec().getTemplate());
    assertThat(after.getSpec().getSelector().getMatchLabels())
        .containsOnlyKeys(RunnerLabels.TENANT, RunnerLabels.DEPLOYMENT, RunnerLabels.RUNNER_SET);
  }
}
