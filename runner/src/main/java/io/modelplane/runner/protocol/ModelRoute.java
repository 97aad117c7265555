package io.modelplane.runner.protocol;

import io.modelplane.runner.config.ModelConfig;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.model.ServedModel;
import jakarta.enterprise.context.ApplicationScoped;

/** Resolves /v2/models/{name}[/versions/{version}] to the one model served here. */
@ApplicationScoped
public class ModelRoute {

  private final ModelConfig config;
  private final ServedModel served;

  ModelRoute(ModelConfig config, ServedModel served) {
    this.config = config;
    this.served = served;
  }

  public String name() {
    return config.name();
  }

  public String version() {
    return config.version();
  }

  /** Fails with 404 unless the path names this runner's model (and version, when given). */
  public void requireKnown(String name, String version) {
    if (!config.name().equals(name)) {
      throw new ProtocolException(404, "unknown model '" + name + "'");
    }
    if (version != null && !config.version().equals(version)) {
      throw new ProtocolException(404, "unknown version '" + version + "' of model '" + name + "'");
    }
  }

  /** The signature of a ready model, or 503 while it is still loading (or failed to). */
  public ModelSignature requireReady(String name, String version) {
    requireKnown(name, version);
    return served
        .signature()
        .filter(signature -> served.status() == ServedModel.Status.READY)
        .orElseThrow(() -> new ProtocolException(503, "model '" + name + "' is not ready"));
  }
}
