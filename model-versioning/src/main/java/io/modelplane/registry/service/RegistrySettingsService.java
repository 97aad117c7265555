package io.modelplane.registry.service;

import io.modelplane.registry.persistence.RegistryRepository;
import io.modelplane.registry.persistence.RegistrySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A tenant's registry policy: production approvals (1 or 2) and several versions in production. */
@ApplicationScoped
public class RegistrySettingsService {

  @Inject RegistryRepository repository;

  @Transactional
  public RegistrySettings get(String tenant) {
    return repository.settings(tenant);
  }

  @Transactional
  public RegistrySettings update(String tenant, RegistrySettings settings) {
    repository.updateSettings(tenant, settings);
    return repository.settings(tenant);
  }
}
