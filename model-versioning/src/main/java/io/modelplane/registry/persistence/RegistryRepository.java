package io.modelplane.registry.persistence;

import io.modelplane.kernel.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queries of the registry tables. Every query names the tenant even though row-level security would
 * hide other tenants' rows anyway: the database is the second line, not the first.
 */
@ApplicationScoped
public class RegistryRepository {

  /** Later than any event; PostgreSQL cannot hold Instant.MAX. */
  private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

  @Inject EntityManager em;

  public Optional<RegisteredModel> findModel(String tenant, String name) {
    return em
        .createQuery("from RegisteredModel where tenant = :t and name = :n", RegisteredModel.class)
        .setParameter("t", tenant)
        .setParameter("n", name)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public RegisteredModel model(String tenant, String name) {
    return findModel(tenant, name).orElseThrow(() -> new NotFoundException("model", name));
  }

  /** The model row locked for update: version numbers and alias moves serialise on it. */
  public RegisteredModel lockModel(String tenant, String name) {
    RegisteredModel model = model(tenant, name);
    em.lock(model, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(model);
    return model;
  }

  @SuppressWarnings("unchecked")
  public List<RegisteredModel> models(String tenant, ModelFilter filter) {
    String order =
        filter.sortByCreated()
            ? "id > CAST(:after AS bigint) ORDER BY id"
            : "name > :after ORDER BY name";
    String sql =
        "SELECT * FROM registered_model WHERE tenant = :t"
            + " AND (CAST(:prefix AS text) IS NULL OR starts_with(name, CAST(:prefix AS text)))"
            + " AND (CAST(:task AS text) IS NULL OR task = CAST(:task AS text))"
            + " AND (CAST(:tagKey AS text) IS NULL OR jsonb_exists(tags, CAST(:tagKey AS text)))"
            + " AND (CAST(:tagValue AS text) IS NULL"
            + "      OR tags ->> CAST(:tagKey AS text) = CAST(:tagValue AS text))"
            + " AND "
            + order;
    String after = filter.after() != null ? filter.after() : filter.sortByCreated() ? "0" : "";
    return em.createNativeQuery(sql, RegisteredModel.class)
        .setParameter("t", tenant)
        .setParameter("prefix", filter.namePrefix())
        .setParameter("task", filter.task())
        .setParameter("tagKey", filter.tagKey())
        .setParameter("tagValue", filter.tagValue())
        .setParameter("after", after)
        .setMaxResults(filter.limit() + 1)
        .getResultList();
  }

  public Optional<ModelVersion> findVersion(RegisteredModel model, int number) {
    return em
        .createQuery("from ModelVersion where model = :m and number = :n", ModelVersion.class)
        .setParameter("m", model)
        .setParameter("n", number)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public ModelVersion version(RegisteredModel model, int number) {
    return findVersion(model, number)
        .orElseThrow(() -> new NotFoundException("version", model.name + "/" + number));
  }

  public ModelVersion versionById(long id) {
    return em.find(ModelVersion.class, id);
  }

  public List<ModelVersion> versions(RegisteredModel model, int afterNumber, int limit) {
    return em.createQuery(
            "from ModelVersion where model = :m and number > :after order by number",
            ModelVersion.class)
        .setParameter("m", model)
        .setParameter("after", afterNumber)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<ModelVersion> versionsInStage(RegisteredModel model, String stage) {
    return em.createQuery("from ModelVersion where model = :m and stage = :s", ModelVersion.class)
        .setParameter("m", model)
        .setParameter("s", stage)
        .getResultList();
  }

  public Optional<ModelAlias> findAlias(RegisteredModel model, String alias) {
    return em
        .createQuery("from ModelAlias where modelId = :m and alias = :a", ModelAlias.class)
        .setParameter("m", model.id)
        .setParameter("a", alias)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  public List<ModelAlias> aliases(RegisteredModel model) {
    return em.createQuery("from ModelAlias where modelId = :m order by alias", ModelAlias.class)
        .setParameter("m", model.id)
        .getResultList();
  }

  /** An alias's moves, oldest first, optionally only those up to {@code at}. */
  public List<AliasEvent> aliasHistory(RegisteredModel model, String alias, Instant at) {
    return em.createQuery(
            "from AliasEvent where modelId = :m and alias = :a and occurredAt <= :at order by occurredAt, id",
            AliasEvent.class)
        .setParameter("m", model.id)
        .setParameter("a", alias)
        .setParameter("at", at == null ? END_OF_TIME : at)
        .getResultList();
  }

  public List<StageTransition> transitions(ModelVersion version) {
    return em.createQuery(
            "from StageTransition where versionId = :v order by occurredAt, id",
            StageTransition.class)
        .setParameter("v", version.id)
        .getResultList();
  }

  public PromotionRequest lockPromotion(String tenant, long id) {
    PromotionRequest request = em.find(PromotionRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (request == null || !request.tenant.equals(tenant)) {
      throw new NotFoundException("promotion request", Long.toString(id));
    }
    return request;
  }

  public PromotionRequest promotion(String tenant, long id) {
    PromotionRequest request = em.find(PromotionRequest.class, id);
    if (request == null || !request.tenant.equals(tenant)) {
      throw new NotFoundException("promotion request", Long.toString(id));
    }
    return request;
  }

  public List<PromotionRequest> promotions(ModelVersion version) {
    return em.createQuery(
            "from PromotionRequest where versionId = :v order by id", PromotionRequest.class)
        .setParameter("v", version.id)
        .getResultList();
  }

  public List<Approval> approvals(long promotionId) {
    return em.createQuery("from Approval where promotionId = :p order by id", Approval.class)
        .setParameter("p", promotionId)
        .getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void delete(Object entity) {
    em.remove(entity);
  }

  /** The tenant's registry settings: approvals needed for production, several in production. */
  public RegistrySettings settings(String tenant) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT production_approvals, multiple_production FROM tenant WHERE slug = :t")
                .setParameter("t", tenant)
                .getSingleResult();
    return new RegistrySettings(((Number) row[0]).intValue(), (Boolean) row[1]);
  }

  /** Changes the tenant's registry policy; the tenant row is locked so promotions see one value. */
  public void updateSettings(String tenant, RegistrySettings settings) {
    em.createNativeQuery(
            "UPDATE tenant SET production_approvals = :a, multiple_production = :m, version = version + 1 WHERE slug = :t")
        .setParameter("a", settings.productionApprovals())
        .setParameter("m", settings.multipleProduction())
        .setParameter("t", tenant)
        .executeUpdate();
  }

  public void flush() {
    em.flush();
  }
}
