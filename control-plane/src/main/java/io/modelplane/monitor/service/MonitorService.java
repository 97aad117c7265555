package io.modelplane.monitor.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.monitor.persistence.Alert;
import io.modelplane.monitor.persistence.Monitor;
import io.modelplane.monitor.persistence.MonitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Creates, lists and deletes a deployment's monitors. */
@ApplicationScoped
@Transactional
public class MonitorService {

  @Inject DeploymentRepository deployments;
  @Inject MonitorRepository repository;
  @Inject DriftCounts drift;
  @Inject Clock clock;

  public Monitor create(String tenant, String deployment, MonitorRules.Spec spec, String actor) {
    MonitorRules.check(spec);
    Deployment d = deployments.get(tenant, deployment);
    if (repository.monitors(d.id).stream().anyMatch(m -> m.name.equals(spec.name()))) {
      throw new ConflictException("monitor '" + spec.name() + "' already exists on " + deployment);
    }
    List<String> columns = spec.columns() == null ? List.of() : List.copyOf(spec.columns());
    if (Monitor.DRIFT.equals(spec.kind())) {
      checkColumns(tenant, d, columns);
    }
    Monitor m = new Monitor();
    m.tenant = tenant;
    m.deploymentId = d.id;
    m.name = spec.name();
    m.kind = spec.kind();
    m.quantile =
        Monitor.LATENCY.equals(spec.kind()) && spec.quantile() == null
            ? Double.valueOf(0.99)
            : spec.quantile();
    m.threshold = spec.threshold();
    m.minColumns = spec.minColumns();
    m.columns = columns;
    m.windowSeconds = (int) spec.window().toSeconds();
    m.createdBy = actor;
    m.createdAt = clock.instant();
    repository.add(m);
    return m;
  }

  public List<Monitor> list(String tenant, String deployment) {
    return repository.monitors(deployments.get(tenant, deployment).id);
  }

  public Monitor get(String tenant, String deployment, String name) {
    return repository.monitor(deployments.get(tenant, deployment).id, name);
  }

  public Monitor delete(String tenant, String deployment, String name) {
    Monitor m = get(tenant, deployment, name);
    m.deleted = true;
    m.enabled = false;
    repository
        .firing(m.id)
        .ifPresent(
            a -> {
              a.state = Alert.RESOLVED;
              a.resolvedAt = clock.instant();
              a.resolution = Map.of("reason", "monitor deleted");
            });
    return m;
  }

  private void checkColumns(String tenant, Deployment d, List<String> columns) {
    List<String> known = drift.columns(tenant, d.id);
    if (known.isEmpty()) {
      throw new UnprocessableException(
          "kind", "a drift monitor needs a baseline on the deployed model version");
    }
    for (int i = 0; i < columns.size(); i++) {
      if (!known.contains(columns.get(i))) {
        throw new UnprocessableException(
            "columns[" + i + "]",
            "'" + columns.get(i) + "' is not a column of the baseline " + known);
      }
    }
  }
}
