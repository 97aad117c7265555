package io.modelplane.runner.support;

import io.modelplane.runner.model.Sha256;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The runner serving all-MiniLM-L6-v2 from a zipped DJL model directory. */
public class MiniLmProfile implements QuarkusTestProfile {

  public static final String NAME = "minilm";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("quarkus.http.limits.max-body-size", "256K");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Zips the model directory and hands its digest to the runner. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) {
      Path modelDir = Artifacts.miniLmDirectory(dir);
      Path zip = Artifacts.zip(modelDir, dir.resolve("minilm.zip"));
      Map<String, String> config = new HashMap<>(Artifacts.config(NAME, zip, Sha256.of(zip)));
      config.put("test.model-dir", modelDir.toString());
      return config;
    }
  }
}
