// The in-process side of the runner benchmark: the runner's own loader and predictor, called from
// N threads with no HTTP in between. Launched as a source file against the packaged runner's
// classpath (see minilm.sh), so it measures exactly the code the server runs.
//   java -cp <runner jars> InProcessBaseline.java text|xgboost <artifact> <threads,...> <seconds> [rows]
//   java -cp <runner jars> InProcessBaseline.java train-xgboost <out.json>

import io.modelplane.runner.config.ModelConfig;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.model.ModelLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

void main(String[] args) throws Exception {
  if (args[0].equals("train-xgboost")) {
    trainXgboost(Path.of(args[1]));
    return;
  }
  String mode = args[0];
  int seconds = Integer.parseInt(args[3]);
  int rows = args.length > 4 ? Integer.parseInt(args[4]) : 1;
  InferenceModel model = ModelLoader.load(config(args[1])).model();
  List<Tensor> input =
      mode.equals("text")
          ? List.of(
              new Tensor("text", DataType.BYTES, new long[] {rows}, sentences(rows)))
          : List.of(new Tensor("input", DataType.FP32, new long[] {rows, 16}, features(rows)));
  for (String count : args[2].split(",")) {
    int threads = Integer.parseInt(count);
    run(model, input, threads, 3, false);
    long[] latencies = run(model, input, threads, seconds, true);
    Arrays.sort(latencies);
    double perSecond = latencies.length / (double) seconds;
    System.out.printf(
        "RESULT mode=%s threads=%d requests/s=%.1f rows/s=%.1f p50=%.3fms p99=%.3fms%n",
        mode, threads, perSecond, perSecond * rows,
        latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
  }
  model.close();
}

long[] run(InferenceModel model, List<Tensor> input, int threads, int seconds, boolean record)
    throws Exception {
  AtomicBoolean stop = new AtomicBoolean();
  List<List<Long>> perThread = new ArrayList<>();
  List<Thread> workers = new ArrayList<>();
  for (int t = 0; t < threads; t++) {
    List<Long> mine = new ArrayList<>();
    perThread.add(mine);
    workers.add(Thread.ofPlatform().start(() -> {
      try (InferenceModel.Runner runner = model.newRunner()) {
        while (!stop.get()) {
          long start = System.nanoTime();
          runner.run(input);
          mine.add(System.nanoTime() - start);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
  }
  Thread.sleep(seconds * 1000L);
  stop.set(true);
  for (Thread worker : workers) {
    worker.join();
  }
  return record ? perThread.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray()
      : new long[0];
}

String[] sentences(int rows) {
  String[] texts = new String[rows];
  Arrays.fill(texts, "The quick brown fox jumps over the lazy dog.");
  return texts;
}

float[] features(int rows) {
  Random random = new Random(1);
  float[] data = new float[rows * 16];
  for (int i = 0; i < data.length; i++) {
    data[i] = random.nextFloat();
  }
  return data;
}

void trainXgboost(Path out) throws Exception {
  int n = 5000;
  float[] x = features(n);
  float[] y = new float[n];
  for (int r = 0; r < n; r++) {
    y[r] = 3 * x[r * 16] - 2 * x[r * 16 + 1] + x[r * 16 + 2] * x[r * 16 + 3];
  }
  DMatrix train = new DMatrix(x, n, 16, Float.NaN);
  train.setLabel(y);
  Booster booster = XGBoost.train(train,
      Map.of("objective", "reg:squarederror", "max_depth", 6, "nthread", 2), 100, Map.of(), null,
      null);
  booster.saveModel(out.toString());
}

ModelConfig config(String uri) {
  return new ModelConfig() {
    public String uri() { return uri; }
    public String name() { return "baseline"; }
    public String version() { return "1"; }
    public Optional<String> engine() { return Optional.empty(); }
    public Optional<String> sha256() { return Optional.empty(); }
    public Optional<String> authToken() { return Optional.empty(); }
    public String device() { return "cpu"; }
    public Optional<Path> workDir() { return Optional.empty(); }
    public boolean exitOnFailure() { return false; }
  };
}
