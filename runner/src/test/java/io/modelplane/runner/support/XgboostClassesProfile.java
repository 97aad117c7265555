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

/** The runner serving a three-class XGBoost classifier (multi:softprob) trained here. */
public class XgboostClassesProfile implements QuarkusTestProfile {

  public static final String NAME = "segments";
  public static final int FEATURES = 3;
  public static final int CLASSES = 3;

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Labels are the index of the largest feature, so the classes are learnable. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) throws Exception {
      int rows = 300;
      Random random = new Random(11);
      float[] features = new float[rows * FEATURES];
      float[] labels = new float[rows];
      for (int r = 0; r < rows; r++) {
        int best = 0;
        for (int f = 0; f < FEATURES; f++) {
          features[r * FEATURES + f] = random.nextFloat();
          if (features[r * FEATURES + f] > features[r * FEATURES + best]) {
            best = f;
          }
        }
        labels[r] = best;
      }
      DMatrix train = new DMatrix(features, rows, FEATURES, Float.NaN);
      train.setLabel(labels);
      Booster booster =
          XGBoost.train(
              train,
              Map.of(
                  "objective",
                  "multi:softprob",
                  "num_class",
                  CLASSES,
                  "max_depth",
                  3,
                  "nthread",
                  1),
              20,
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
