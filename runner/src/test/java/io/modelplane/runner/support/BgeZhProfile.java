package io.modelplane.runner.support;

import io.modelplane.runner.model.Sha256;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The runner serving bge-small-zh-v1.5 (Chinese, CLS pooling) from a tar.gz-free zip. */
public class BgeZhProfile implements QuarkusTestProfile {

  public static final String NAME = "bge-zh";

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Zips the model directory and hands its digest to the runner. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) {
      Path modelDir = Artifacts.bgeZhDirectory(dir);
      Path zip = Artifacts.zip(modelDir, dir.resolve("bge-zh.zip"));
      Map<String, String> config = new HashMap<>(Artifacts.config(NAME, zip, Sha256.of(zip)));
      config.put("test.model-dir", modelDir.toString());
      return config;
    }
  }
}
