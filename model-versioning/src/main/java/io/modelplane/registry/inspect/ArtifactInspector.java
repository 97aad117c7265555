package io.modelplane.registry.inspect;

import java.nio.file.Path;

/**
 * Opens an artifact the way its engine would and reads the signature it serves. An artifact is one
 * model file or a zip/tar.gz of a DJL model directory (model file, optional {@code tokenizer.json},
 * optional {@code serving.properties}).
 */
public interface ArtifactInspector {

  /**
   * @throws InvalidArtifactException when the engine cannot read the artifact (with a reason a user
   *     can act on: missing model file, corrupt file, wrong engine)
   */
  ModelSignature inspect(Path artifact, Engine engine) throws InvalidArtifactException;
}
