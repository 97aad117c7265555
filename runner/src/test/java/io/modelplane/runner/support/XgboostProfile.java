package io.modelplane.runner.support;

import io.modelplane.runner.model.Sha256;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/** The runner serving an XGBoost regressor trained here with xgboost4j, as a bare JSON file. */
public class XgboostProfile implements QuarkusTestProfile {

  public static final String NAME = "house-prices";
  public static final int FEATURES = 4;

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Trains y = 3a - 2b + c*d + noise on 500 rows and saves the booster as JSON. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) throws Exception {
      int rows = 500;
      Random random = new Random(7);
      float[] features = new float[rows * FEATURES];
      float[] labels = new float[rows];
      for (int r = 0; r < rows; r++) {
        for (int f = 0; f < FEATURES; f++) {
          features[r * FEATURES + f] = random.nextFloat() * 10;
        }
        int o = r * FEATURES;
        labels[r] =
            3 * features[o]
                - 2 * features[o + 1]
                + features[o + 2] * features[o + 3]
                + (float) random.nextGaussian();
      }
      DMatrix train = new DMatrix(features, rows, FEATURES, Float.NaN);
      train.setLabel(labels);
      Booster booster =
          XGBoost.train(
              train,
              Map.of("objective", "reg:squarederror", "max_depth", 4, "eta", 0.3, "nthread", 1),
              30,
              Map.of(),
              null,
              null);
      Path model = dir.resolve("model.json");
      booster.saveModel(model.toString());
      booster.dispose();
      train.dispose();
      Map<String, String> config = new HashMap<>(Artifacts.config(NAME, model, Sha256.of(model)));
      config.put("test.model-file", model.toString());
      return config;
    }
  }
}
