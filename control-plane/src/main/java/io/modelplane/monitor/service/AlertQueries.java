package io.modelplane.monitor.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.monitor.persistence.Alert;
import io.modelplane.monitor.persistence.Monitor;
import io.modelplane.monitor.persistence.MonitorRepository;
import io.modelplane.monitor.persistence.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads of a tenant's alerts, with the names of their monitor and deployment. */
@ApplicationScoped
@Transactional
public class AlertQueries {

  /** An alert with the names a reader knows it by. */
  public record Named(
      Alert alert, String monitor, String deployment, List<Notification> notifications) {}

  @Inject MonitorRepository repository;
  @Inject DeploymentRepository deployments;
  @Inject EntityManager em;

  public List<Named> list(String tenant, String deployment, String state, Long before, int limit) {
    Long deploymentId = deployment == null ? null : deployments.get(tenant, deployment).id;
    return repository.alerts(deploymentId, state, before, limit).stream()
        .map(a -> named(a, null))
        .toList();
  }

  public Named get(long id) {
    Alert a = em.find(Alert.class, id);
    if (a == null) {
      throw new NotFoundException("alert", Long.toString(id));
    }
    return named(a, repository.notificationsOf(id));
  }

  private Named named(Alert a, List<Notification> notifications) {
    Monitor m = em.find(Monitor.class, a.monitorId);
    Deployment d = em.find(Deployment.class, a.deploymentId);
    return new Named(a, m.name, d.name, notifications);
  }
}
