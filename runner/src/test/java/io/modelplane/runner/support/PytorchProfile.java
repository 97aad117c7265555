package io.modelplane.runner.support;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.NoopTranslator;
import io.modelplane.runner.model.Sha256;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** The runner serving a linear model trained here with DJL's PyTorch engine, saved as params. */
public class PytorchProfile implements QuarkusTestProfile {

  public static final String NAME = "linear";
  public static final int FEATURES = 3;
  public static final float[] PROBE = {1, 2, 3, -1, 0.5f, 4};

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(Artifact.class));
  }

  /** Trains y = 2a + 3b - c, saves the params, and records what the trained model predicts. */
  public static class Artifact extends TempArtifactResource {
    @Override
    protected Map<String, String> build(Path dir) throws Exception {
      Path modelDir = Files.createDirectories(dir.resolve("linear"));
      String expected;
      try (Model model = Model.newInstance(NAME, "PyTorch")) {
        model.setBlock(new LinearBlockFactory().newBlock(model, modelDir, Map.of()));
        train(model);
        model.save(modelDir, "model");
        try (Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator());
            NDManager manager = NDManager.newBaseManager("PyTorch")) {
          NDArray probe = manager.create(PROBE, new Shape(PROBE.length / FEATURES, FEATURES));
          float[] out = predictor.predict(new NDList(probe)).singletonOrThrow().toFloatArray();
          expected = join(out);
        }
      }
      Files.writeString(
          modelDir.resolve("serving.properties"),
          "engine=PyTorch\nblockFactory="
              + LinearBlockFactory.class.getName()
              + "\nfeatures="
              + FEATURES
              + "\n");
      Path zip = Artifacts.zip(modelDir, dir.resolve("linear.zip"));
      Map<String, String> config = new HashMap<>(Artifacts.config(NAME, zip, Sha256.of(zip)));
      config.put("test.expected", expected);
      return config;
    }

    private static void train(Model model) throws Exception {
      int rows = 256;
      Random random = new Random(3);
      float[] x = new float[rows * FEATURES];
      float[] y = new float[rows];
      for (int r = 0; r < rows; r++) {
        for (int f = 0; f < FEATURES; f++) {
          x[r * FEATURES + f] = random.nextFloat() * 2 - 1;
        }
        y[r] = 2 * x[r * FEATURES] + 3 * x[r * FEATURES + 1] - x[r * FEATURES + 2];
      }
      NDManager manager = model.getNDManager();
      ArrayDataset data =
          new ArrayDataset.Builder()
              .setData(manager.create(x, new Shape(rows, FEATURES)))
              .optLabels(manager.create(y, new Shape(rows, 1)))
              .setSampling(32, true)
              .build();
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(Loss.l2Loss())
              .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(0.1f)).build());
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(1, FEATURES));
        EasyTrain.fit(trainer, 30, data, null);
      }
    }

    private static String join(float[] values) {
      return Arrays.stream(toDoubles(values))
          .mapToObj(Double::toString)
          .collect(Collectors.joining(","));
    }

    private static double[] toDoubles(float[] values) {
      double[] out = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = values[i];
      }
      return out;
    }
  }
}
