package io.modelplane.runner.engine;

/** A loaded model version. Thread-safe; each inference thread asks for its own {@link Runner}. */
public interface InferenceModel extends AutoCloseable {

  ModelSignature signature();

  /** Engine name and device, for logs. */
  String describe();

  Runner newRunner();

  @Override
  void close();

  /** Runs inference on one thread; not thread-safe (DJL predictors are not). */
  interface Runner extends AutoCloseable {

    /** Inputs are ordered as in the signature and share their first (batch) dimension. */
    java.util.List<Tensor> run(java.util.List<Tensor> inputs) throws InferenceFailure;

    @Override
    void close();
  }
}
