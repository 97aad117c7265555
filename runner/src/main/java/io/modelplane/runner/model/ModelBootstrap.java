package io.modelplane.runner.model;

import io.modelplane.runner.batching.BatchListener;
import io.modelplane.runner.batching.InferenceQueue;
import io.modelplane.runner.config.BatchConfig;
import io.modelplane.runner.config.ModelConfig;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Loads the model off the start-up thread, so that liveness answers while a large artifact
 * downloads; a failed load is logged and ends the process (the pod or the local backend sees it).
 */
@ApplicationScoped
public class ModelBootstrap {

  private static final Logger LOG = Logger.getLogger(ModelBootstrap.class);

  private final ModelConfig modelConfig;
  private final BatchConfig batchConfig;
  private final ServedModel served;
  private final BatchListener listener;
  private final Config config;

  ModelBootstrap(
      ModelConfig modelConfig,
      BatchConfig batchConfig,
      ServedModel served,
      BatchListener listener,
      Config config) {
    this.config = config;
    this.modelConfig = modelConfig;
    this.batchConfig = batchConfig;
    this.served = served;
    this.listener = listener;
  }

  void onStart(@Observes StartupEvent event) {
    Thread.ofPlatform().name("model-loader").start(this::load);
  }

  private void load() {
    long start = System.nanoTime();
    try {
      ModelLoader.Loaded loaded = ModelLoader.load(modelConfig, S3Settings.from(config));
      InferenceQueue queue =
          new InferenceQueue(
              loaded.model(),
              workers(),
              batchConfig.enabled() ? batchConfig.maxSize() : 1,
              batchConfig.maxDelay(),
              batchConfig.queueSize(),
              listener);
      served.ready(loaded, queue);
      LOG.infof(
          "Serving model %s version %s: %s, engine %s, device %s, sha256 %s, loaded and warmed up"
              + " in %d ms (batching %s)",
          modelConfig.name(),
          modelConfig.version(),
          loaded.model().describe(),
          loaded.engine().djlName(),
          loaded.device().isGpu() ? "gpu:" + loaded.device().getDeviceId() : "cpu",
          loaded.sha256(),
          (System.nanoTime() - start) / 1_000_000,
          batchConfig.enabled()
              ? "up to "
                  + batchConfig.maxSize()
                  + " rows, "
                  + batchConfig.maxDelay().toMillis()
                  + " ms"
              : "off");
    } catch (RuntimeException | LinkageError e) {
      served.failed(e.getMessage());
      LOG.errorf(
          e,
          "Model %s version %s will not be served: %s",
          modelConfig.name(),
          modelConfig.version(),
          e.getMessage());
      if (modelConfig.exitOnFailure()) {
        Quarkus.asyncExit(1);
      }
    }
  }

  private int workers() {
    if (batchConfig.workers() > 0) {
      return batchConfig.workers();
    }
    return Runtime.getRuntime().availableProcessors();
  }

  void onStop(@Observes ShutdownEvent event) {
    served
        .retire()
        .ifPresent(
            loaded -> {
              loaded.model().close();
              LOG.infof("Model %s version %s unloaded", modelConfig.name(), modelConfig.version());
            });
  }
}
