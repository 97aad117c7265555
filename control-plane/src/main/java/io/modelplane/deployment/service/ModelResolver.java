package io.modelplane.deployment.service;

import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.persistence.ModelAlias;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a spec's model + version or alias into the registered version it serves. An alias is read
 * once, when the revision is made: moving the alias later does not change what a revision serves.
 */
@ApplicationScoped
public class ModelResolver {

  @Inject RegistryRepository registry;

  public ModelTarget resolve(String tenant, DeploymentSpec spec) {
    RegisteredModel model =
        registry
            .findModel(tenant, spec.model())
            .orElseThrow(
                () -> new UnprocessableException("model", "no model named " + spec.model()));
    int number;
    if (spec.alias() != null) {
      number =
          registry
              .findAlias(model, spec.alias())
              .map((ModelAlias a) -> a.versionNumber)
              .orElseThrow(
                  () ->
                      new UnprocessableException(
                          "alias", spec.model() + " has no alias " + spec.alias()));
    } else {
      number = spec.version();
    }
    ModelVersion version =
        registry
            .findVersion(model, number)
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "version", spec.model() + " has no version " + number));
    if ("archived".equals(version.stage)) {
      throw new UnprocessableException(
          spec.alias() != null ? "alias" : "version",
          spec.model() + " version " + number + " is archived");
    }
    return new ModelTarget(model.name, number, version.engine, version.artifactSha256);
  }
}
