package io.modelplane.runner.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The XGBoost regressor of {@link XgboostProfile}, uploaded to s3proxy and served from
 * s3://models/house-prices/model.json, with the endpoint and credentials given as configuration
 * (what AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY map to).
 */
public class S3XgboostProfile implements QuarkusTestProfile {

  public static final String BUCKET = "models";
  public static final String KEY = "house-prices/model.json";

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Uploads the trained booster under {@link #key()}; subclasses may point MODEL_URI elsewhere. */
  public static class Artifact extends TempArtifactResource {

    private S3Server s3;

    protected String key() {
      return KEY;
    }

    @Override
    protected Map<String, String> build(Path dir) throws Exception {
      Map<String, String> config = new HashMap<>(new XgboostProfile.Artifact().build(dir));
      s3 = S3Server.start();
      s3.put(BUCKET, KEY, Path.of(config.get("test.model-file")));
      config.put("model.uri", "s3://" + BUCKET + "/" + key());
      config.put("aws.endpoint-url", s3.endpoint());
      config.put("aws.access-key-id", S3Server.ACCESS_KEY);
      config.put("aws.secret-access-key", S3Server.SECRET_KEY);
      config.put("aws.region", "eu-west-1");
      return config;
    }

    @Override
    public void stop() {
      try {
        if (s3 != null) {
          s3.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException("cannot stop s3proxy", e);
      } finally {
        super.stop();
      }
    }
  }
}
