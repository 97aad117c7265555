package io.modelplane.runner.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A valid artifact whose MODEL_SHA256 does not match it. */
public class BadDigestProfile implements QuarkusTestProfile {

  public static final String WRONG = "0".repeat(64);

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** A tiny file is enough: the digest check comes before any engine looks at it. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) throws Exception {
      Path file = java.nio.file.Files.writeString(dir.resolve("model.onnx"), "not checked");
      return Artifacts.config("tampered", file, WRONG);
    }
  }
}
