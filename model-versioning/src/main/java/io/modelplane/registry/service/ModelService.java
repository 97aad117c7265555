package io.modelplane.registry.service;

import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.PreconditionFailedException;
import io.modelplane.registry.persistence.ModelFilter;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Registered models: create, read, list, and edit their descriptive fields. */
@ApplicationScoped
public class ModelService {

  @Inject RegistryRepository repository;
  @Inject Clock clock;

  @Transactional
  public RegisteredModel create(String tenant, NewModel request, String actor) {
    if (repository.findModel(tenant, request.name()).isPresent()) {
      throw new ConflictException("model '" + request.name() + "' already exists");
    }
    RegisteredModel model = new RegisteredModel();
    model.tenant = tenant;
    model.name = request.name();
    model.description = request.description() == null ? "" : request.description();
    model.task = request.task();
    model.tags = request.tags() == null ? Map.of() : Map.copyOf(request.tags());
    model.owner = request.owner() == null ? actor : request.owner();
    model.createdAt = clock.instant();
    model.createdBy = actor;
    model.updatedAt = model.createdAt;
    model.nextNumber = 1;
    repository.persist(model);
    repository.flush();
    return model;
  }

  @Transactional
  public RegisteredModel get(String tenant, String name) {
    return repository.model(tenant, name);
  }

  @Transactional
  public List<RegisteredModel> list(String tenant, ModelFilter filter) {
    return repository.models(tenant, filter);
  }

  /** Applies the non-null fields; {@code ifMatch} is the row version the caller last saw. */
  @Transactional
  public RegisteredModel update(
      String tenant, String name, ModelPatch patch, OptionalLong ifMatch) {
    RegisteredModel model = repository.lockModel(tenant, name);
    if (ifMatch.isPresent() && ifMatch.getAsLong() != model.rowVersion) {
      throw new PreconditionFailedException("model '" + name + "' changed since you read it");
    }
    if (patch.description() != null) {
      model.description = patch.description();
    }
    if (patch.task() != null) {
      model.task = patch.task();
    }
    if (patch.tags() != null) {
      model.tags = Map.copyOf(patch.tags());
    }
    if (patch.owner() != null) {
      model.owner = patch.owner();
    }
    model.updatedAt = clock.instant();
    repository.flush();
    return model;
  }

  public record NewModel(
      String name, String description, String task, Map<String, String> tags, String owner) {}

  public record ModelPatch(
      String description, String task, Map<String, String> tags, String owner) {}
}
