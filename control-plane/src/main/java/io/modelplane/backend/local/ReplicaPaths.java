package io.modelplane.backend.local;

import io.modelplane.backend.BackendException;
import io.modelplane.backend.DeploymentKey;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where one replica writes: its log (kept across restarts, so a crash loop can be read afterwards)
 * and its model directory (downloads and unpacked archives, wiped before each start and after the
 * last). The model directory is unique to one supervisor's life ({@code incarnation}): a runner set
 * removed and re-added at once has a new replica starting while the old one still shuts down, and
 * neither may wipe the other's files.
 *
 * @param log stdout and stderr of every start, appended
 * @param modelDir the runner's {@code MODEL_WORK_DIR}
 */
record ReplicaPaths(Path log, Path modelDir) {

  /** Tenants and deployments are DNS labels; anything else must not become a path. */
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  static ReplicaPaths of(
      Path workDir, DeploymentKey deployment, String replicaId, long incarnation) {
    String tenant = segment(deployment.tenant());
    String name = segment(deployment.deployment());
    return new ReplicaPaths(
        workDir.resolve("logs").resolve(tenant).resolve(name).resolve(replicaId + ".log"),
        models(workDir).resolve(tenant).resolve(name).resolve(replicaId + "." + incarnation));
  }

  /** Every replica's model directory is below this. */
  static Path models(Path workDir) {
    return workDir.resolve("models");
  }

  private static String segment(String value) {
    if (value == null || !SEGMENT.matcher(value).matches()) {
      throw new BackendException("not a DNS label: " + value);
    }
    return value;
  }
}
