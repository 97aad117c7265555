package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the chart promises a cluster admin about the control plane's pods, in every profile. */
class ChartSecurityTest {

  private static final Path DEVELOPMENT_PROPERTIES =
      Path.of("../control-plane/src/main/resources/application.properties");

  private static String render(String profile) {
    return profile.equals("default") ? Chart.template() : Chart.template(Chart.PRODUCTION_VALUES);
  }

  private static PodSpec pod(String manifests) {
    return Chart.only(manifests, Deployment.class).getSpec().getTemplate().getSpec();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "production"})
  void shouldRunAsNonRootWithoutPrivilegesOnAReadOnlyRootFilesystem(String profile) {
    // When
    PodSpec pod = pod(render(profile));

    // Then
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(pod.getContainers())
        .singleElement()
        .satisfies(
            container -> {
              var context = container.getSecurityContext();
              assertThat(context.getReadOnlyRootFilesystem()).isTrue();
              assertThat(context.getAllowPrivilegeEscalation()).isFalse();
              assertThat(context.getCapabilities().getDrop()).containsExactly("ALL");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "production"})
  void shouldGiveTheReadOnlyContainerWritableTmpAndDataDirectories(String profile) {
    // When
    PodSpec pod = pod(render(profile));

    // Then
    Container container = pod.getContainers().getFirst();
    Map<String, Volume> volumes =
        pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, Function.identity()));
    Map<String, String> mounts =
        container.getVolumeMounts().stream()
            .collect(Collectors.toMap(VolumeMount::getMountPath, VolumeMount::getName));
    assertThat(mounts).containsOnlyKeys("/tmp", "/var/lib/modelplane");
    assertThat(volumes.get(mounts.get("/tmp")).getEmptyDir()).isNotNull();
    assertThat(volumes.get(mounts.get("/var/lib/modelplane")).getEmptyDir()).isNotNull();
    assertThat(env(container)).containsEntry("MODELPLANE_DATA_DIR", "/var/lib/modelplane");
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "production"})
  void shouldReadEverySecretFromAnExistingSecret(String profile) {
    // When
    String manifests = render(profile);

    // Then
    assertThat(Chart.objects(manifests, Secret.class)).isEmpty();
    List<EnvVar> env = pod(manifests).getContainers().getFirst().getEnv();
    assertThat(env)
        .filteredOn(var -> var.getName().matches(".*(PASSWORD|SECRET|USERNAME|_KEY)"))
        .isNotEmpty()
        .allSatisfy(
            var -> {
              assertThat(var.getValue()).as(var.getName()).isNull();
              assertThat(var.getValueFrom().getSecretKeyRef()).as(var.getName()).isNotNull();
            });
  }

  /**
   * Unset, the control plane would generate its own master and URL-signing keys per pod: artifacts
   * unreadable after a restart, artifact URLs signed by one replica refused by the next.
   */
  @ParameterizedTest
  @ValueSource(strings = {"default", "production"})
  void shouldGiveEveryReplicaTheSameKeysFromASecret(String profile) {
    // When
    Container container = pod(render(profile)).getContainers().getFirst();

    // Then
    assertThat(container.getEnv())
        .filteredOn(
            var ->
                List.of("MODELPLANE_ARTIFACTS_MASTER_KEY", "MODELPLANE_RUNNER_URL_SIGNING_KEY")
                    .contains(var.getName()))
        .hasSize(2)
        .allSatisfy(var -> assertThat(var.getValueFrom().getSecretKeyRef().getName()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "production"})
  void shouldBindTheRolesToTheServiceAccountThePodsRunAs(String profile) {
    // When
    String manifests = render(profile);

    // Then
    String account = pod(manifests).getServiceAccountName();
    assertThat(Chart.only(manifests, ServiceAccount.class).getMetadata().getName())
        .isEqualTo(account);
    var expected = new Subject(null, "ServiceAccount", account, Chart.NAMESPACE);
    assertThat(Chart.only(manifests, ClusterRoleBinding.class).getSubjects())
        .containsExactly(expected);
    assertThat(Chart.only(manifests, RoleBinding.class).getSubjects()).containsExactly(expected);
  }

  /**
   * The application ships development passwords and client secrets in its properties; each must be
   * replaced by a value from a Secret, or a release would run with them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"default", "production"})
  void shouldReplaceEveryDevelopmentSecretOfTheApplication(String profile) throws IOException {
    // Given
    var properties = new Properties();
    try (var reader = Files.newBufferedReader(DEVELOPMENT_PROPERTIES)) {
      properties.load(reader);
    }
    List<String> secretVariables =
        properties.stringPropertyNames().stream()
            .filter(key -> key.endsWith("password") || key.endsWith("secret"))
            .filter(key -> !properties.getProperty(key).isBlank())
            .map(key -> key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))
            .toList();

    // When
    Container container = pod(render(profile)).getContainers().getFirst();

    // Then
    assertThat(secretVariables).isNotEmpty();
    Map<String, EnvVar> env =
        container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
    assertThat(secretVariables)
        .allSatisfy(
            name ->
                assertThat(env.get(name))
                    .as(name)
                    .extracting(var -> var.getValueFrom().getSecretKeyRef())
                    .isNotNull());
  }

  private static Map<String, String> env(Container container) {
    return container.getEnv().stream()
        .filter(var -> var.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }
}
