package io.modelplane.runner.support;

import io.modelplane.runner.model.Sha256;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The runner serving a bare tabular .onnx file (no tokenizer, no serving.properties): the engine is
 * detected from the extension and the signature read from the graph.
 */
public class TabularOnnxProfile implements QuarkusTestProfile {

  public static final String NAME = "churn";

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Writes the graph and hands its digest to the runner. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) throws Exception {
      Path model = TabularOnnx.write(dir.resolve("churn.onnx"));
      return Artifacts.config(NAME, model, Sha256.of(model));
    }
  }
}
