package io.modelplane.deployment.persistence;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.kernel.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Deployments, revisions, rollouts and payload samples of the current tenant. */
@ApplicationScoped
public class DeploymentRepository {

  private static final String LIVE =
      "from Deployment d where d.tenant = :tenant and d.name = :name and d.state <> 'deleted'";

  @Inject EntityManager em;

  public Optional<Deployment> find(String tenant, String name) {
    return em.createQuery(LIVE, Deployment.class)
        .setParameter("tenant", tenant)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public Deployment get(String tenant, String name) {
    return find(tenant, name).orElseThrow(() -> notFound(name));
  }

  /** The deployment, locked: revisions and traffic changes of one deployment serialise here. */
  public Deployment lock(String tenant, String name) {
    return em.createQuery(LIVE, Deployment.class)
        .setParameter("tenant", tenant)
        .setParameter("name", name)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> notFound(name));
  }

  /** Locks a deployment by id, whatever its state (the reconciler's status writes). */
  public Deployment lockById(long id) {
    return em.find(Deployment.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  public List<Deployment> list(String tenant, String afterName, int limit) {
    return em.createQuery(
            "from Deployment d where d.tenant = :tenant and d.state <> 'deleted'"
                + " and d.name > :after order by d.name",
            Deployment.class)
        .setParameter("tenant", tenant)
        .setParameter("after", afterName == null ? "" : afterName)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Live deployments of the tenant on one backend (for quota checks). */
  public List<Deployment> onBackend(String tenant, String backend) {
    return em.createQuery(
            "from Deployment d where d.tenant = :tenant and d.backend = :backend"
                + " and d.state = 'active'",
            Deployment.class)
        .setParameter("tenant", tenant)
        .setParameter("backend", backend)
        .getResultList();
  }

  public DeploymentRevision revision(Deployment deployment, int number) {
    return em.createQuery(
            "from DeploymentRevision r where r.deploymentId = :d and r.number = :n",
            DeploymentRevision.class)
        .setParameter("d", deployment.id)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("revision", deployment.name + "/" + number));
  }

  public List<DeploymentRevision> revisions(Deployment deployment, List<Integer> numbers) {
    return em.createQuery(
            "from DeploymentRevision r where r.deploymentId = :d and r.number in :n",
            DeploymentRevision.class)
        .setParameter("d", deployment.id)
        .setParameter("n", numbers)
        .getResultList();
  }

  /** Revisions, newest first, before {@code beforeNumber}. */
  public List<DeploymentRevision> history(Deployment deployment, int beforeNumber, int limit) {
    return em.createQuery(
            "from DeploymentRevision r where r.deploymentId = :d and r.number < :before"
                + " order by r.number desc",
            DeploymentRevision.class)
        .setParameter("d", deployment.id)
        .setParameter("before", beforeNumber)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<Rollout> activeRollout(Deployment deployment) {
    return em.createQuery(
            "from Rollout r where r.deploymentId = :d and r.state = 'progressing'", Rollout.class)
        .setParameter("d", deployment.id)
        .getResultStream()
        .findFirst();
  }

  public Optional<Rollout> latestRollout(Deployment deployment) {
    return em.createQuery(
            "from Rollout r where r.deploymentId = :d order by r.id desc", Rollout.class)
        .setParameter("d", deployment.id)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every deployment not yet deleted, across tenants (an owner-defined function: see V0003). */
  @SuppressWarnings("unchecked")
  public List<DeploymentKey> keysToReconcile() {
    List<Object[]> rows =
        em.createNativeQuery("SELECT tenant, name FROM deployments_to_reconcile()").getResultList();
    return rows.stream().map(r -> new DeploymentKey((String) r[0], (String) r[1])).toList();
  }

  /** Deployments with a rollout in progress, across tenants. */
  @SuppressWarnings("unchecked")
  public List<DeploymentKey> keysWithRollouts() {
    List<Object[]> rows =
        em.createNativeQuery("SELECT tenant, name FROM rollouts_in_progress()").getResultList();
    return rows.stream().map(r -> new DeploymentKey((String) r[0], (String) r[1])).toList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  private static NotFoundException notFound(String name) {
    return new NotFoundException("deployment", name);
  }
}
