package io.modelplane.runner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The model version this runner serves; set by the pod spec or the local backend (MODEL_*). */
@ConfigMapping(prefix = "model")
public interface ModelConfig {

  /** MODEL_URI: a file path, file:, http(s): (bearer token or signed URL) or s3: URI. */
  String uri();

  /** MODEL_NAME: the name clients use in /v2/models/{name}. */
  String name();

  /** MODEL_VERSION. */
  @WithDefault("1")
  String version();

  /**
   * MODEL_ENGINE: OnnxRuntime, XGBoost or PyTorch; otherwise from serving.properties or the file.
   */
  Optional<String> engine();

  /** MODEL_SHA256: hex digest of the artifact as fetched; verified before anything is loaded. */
  Optional<String> sha256();

  /** MODEL_AUTH_TOKEN: bearer token sent when MODEL_URI is http(s). */
  Optional<String> authToken();

  /** MODEL_DEVICE: auto (a GPU when the engine sees one), cpu, gpu or gpu:N. */
  @WithDefault("auto")
  String device();

  /** MODEL_WORK_DIR: where downloads and unpacked artifacts go; a temp dir by default. */
  Optional<Path> workDir();

  /** MODEL_EXIT_ON_FAILURE: exit the process when loading fails, so that supervisors see it. */
  @WithDefault("true")
  boolean exitOnFailure();
}
