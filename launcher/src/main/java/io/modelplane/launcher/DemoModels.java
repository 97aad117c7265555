package io.modelplane.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The demo tenant's models, built from what ships in Maven jars: two real ONNX sentence-embedding
 * models as DJL model directories, and an XGBoost churn classifier trained here on synthetic data
 * (with the baseline it was trained on).
 */
final class DemoModels {

  static final String[] CHURN_COLUMNS = {"tenure_months", "monthly_spend", "support_calls", "age"};

  private DemoModels() {}

  /**
   * all-MiniLM-L6-v2 (quantised, mean pooling) as a zip of model.onnx, tokenizer.json,
   * serving.properties.
   */
  static Path miniLm(Path dir) throws IOException {
    return embeddingZip(
        dir.resolve("all-minilm-l6-v2.zip"),
        "/all-minilm-l6-v2-q.onnx",
        "/all-minilm-l6-v2-q-tokenizer.json",
        "mean");
  }

  /** bge-small-en-v1.5 (quantised, CLS pooling), same layout. */
  static Path bgeSmall(Path dir) throws IOException {
    return embeddingZip(
        dir.resolve("bge-small-en-v1.5.zip"),
        "/bge-small-en-v1.5-q.onnx",
        "/bge-small-en-v1.5-q-tokenizer.json",
        "cls");
  }

  /** Trains the churn classifier; writes model.json and baseline.csv (the training features). */
  static Path churn(Path dir) throws IOException {
    Files.createDirectories(dir);
    int rows = 2_000;
    int features = CHURN_COLUMNS.length;
    float[] data = new float[rows * features];
    float[] labels = new float[rows];
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder(String.join(",", CHURN_COLUMNS)).append('\n');
    for (int r = 0; r < rows; r++) {
      float tenure = random.nextInt(72) + 1;
      float spend = (float) (20 + random.nextGaussian() * 15 + tenure * 0.5);
      float calls = random.nextInt(8);
      float age = 18 + random.nextInt(60);
      float[] row = {tenure, spend, calls, age};
      System.arraycopy(row, 0, data, r * features, features);
      double risk = 0.9 * calls - 0.06 * tenure + 0.01 * spend + random.nextGaussian();
      labels[r] = risk > 1.5 ? 1 : 0;
      csv.append((int) tenure)
          .append(',')
          .append(String.format("%.2f", spend))
          .append(',')
          .append((int) calls)
          .append(',')
          .append((int) age)
          .append('\n');
    }
    try {
      DMatrix train = new DMatrix(data, rows, features, Float.NaN);
      train.setLabel(labels);
      Map<String, Object> params =
          new HashMap<>(
              Map.of("objective", "binary:logistic", "max_depth", 4, "eta", 0.2, "nthread", 1));
      Booster booster = XGBoost.train(train, params, 50, Map.of(), null, null);
      Path model = dir.resolve("churn.json");
      booster.saveModel(model.toString());
      Files.writeString(dir.resolve("baseline.csv"), csv);
      return model;
    } catch (XGBoostError e) {
      throw new IOException("training the demo churn model failed", e);
    }
  }

  private static Path embeddingZip(Path zip, String onnx, String tokenizer, String pooling)
      throws IOException {
    Files.createDirectories(zip.getParent());
    if (Files.exists(zip)) {
      return zip;
    }
    Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
    try (OutputStream file = Files.newOutputStream(partial);
        ZipOutputStream out = new ZipOutputStream(file)) {
      put(out, "model.onnx", resource(onnx));
      put(out, "tokenizer.json", resource(tokenizer));
      String serving =
          "engine=OnnxRuntime\npooling=" + pooling + "\nnormalize=true\nincludeTokenTypes=true\n";
      put(
          out,
          "serving.properties",
          new ByteArrayInputStream(serving.getBytes(StandardCharsets.UTF_8)));
    }
    return Files.move(partial, zip);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DemoModels.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("demo model resource missing from the classpath: " + name);
    }
    return in;
  }

  private static void put(ZipOutputStream out, String name, InputStream content)
      throws IOException {
    try (content) {
      out.putNextEntry(new ZipEntry(name));
      content.transferTo(out);
      out.closeEntry();
    }
  }
}
