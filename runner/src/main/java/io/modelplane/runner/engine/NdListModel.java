package io.modelplane.runner.engine;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.util.ArrayList;
import java.util.List;

/**
 * A tensor-in, tensor-out model (tabular ONNX, XGBoost, PyTorch). Output names come from the engine
 * when it names its outputs, else from the signature measured at warm-up.
 */
public final class NdListModel implements InferenceModel {

  private final ZooModel<NDList, NDList> model;
  private final String description;
  private volatile ModelSignature signature;

  public NdListModel(ZooModel<NDList, NDList> model, ModelSignature signature, String description) {
    this.model = model;
    this.signature = signature;
    this.description = description;
  }

  @Override
  public ModelSignature signature() {
    return signature;
  }

  /** Replaces the signature once a warm-up inference has revealed the outputs. */
  public void useSignature(ModelSignature measured) {
    this.signature = measured;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Runner newRunner() {
    Predictor<NDList, NDList> predictor = model.newPredictor();
    return new Runner() {
      @Override
      public List<Tensor> run(List<Tensor> inputs) throws InferenceFailure {
        try (NDManager manager = model.getNDManager().newSubManager()) {
          NDList in = new NDList(inputs.size());
          for (Tensor input : inputs) {
            in.add(NdConversions.toNd(manager, input));
          }
          NDList out = predictor.predict(in);
          List<Tensor> outputs = new ArrayList<>(out.size());
          List<TensorSpec> specs = signature.outputs();
          for (int i = 0; i < out.size(); i++) {
            NDArray array = rowsOf(out.get(i), i < specs.size() ? specs.get(i) : null);
            String name = i < specs.size() ? specs.get(i).name() : defaultName(array, i);
            outputs.add(NdConversions.fromNd(name, array));
          }
          // NoopTranslator hands back detached arrays: native memory is freed only by closing them.
          out.close();
          return outputs;
        } catch (TranslateException | RuntimeException e) {
          throw new InferenceFailure("inference failed: " + e.getMessage(), e);
        }
      }

      @Override
      public void close() {
        predictor.close();
      }
    };
  }

  /** Engines that flatten per-row vectors (XGBoost class probabilities) get their rows back. */
  private static NDArray rowsOf(NDArray array, TensorSpec spec) {
    if (spec == null || spec.shape().size() != 2 || array.getShape().dimension() != 1) {
      return array;
    }
    long width = spec.shape().get(1);
    return width > 1 && array.size() % width == 0 ? array.reshape(-1, width) : array;
  }

  private static String defaultName(NDArray array, int index) {
    String name = array.getName();
    return name == null || name.isBlank() ? "output" + index : name;
  }

  @Override
  public void close() {
    model.close();
  }
}
