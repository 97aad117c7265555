package io.modelplane.runner.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** MODEL_URI names a key the bucket does not hold. */
public class S3MissingKeyProfile implements QuarkusTestProfile {

  public static final String KEY = "house-prices/absent.json";

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** The same bucket and credentials as {@link S3XgboostProfile}, a key nobody uploaded. */
  public static class Artifact extends S3XgboostProfile.Artifact {
    @Override
    protected String key() {
      return KEY;
    }
  }
}
