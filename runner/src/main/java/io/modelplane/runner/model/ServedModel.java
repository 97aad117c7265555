package io.modelplane.runner.model;

import io.modelplane.runner.batching.InferenceQueue;
import io.modelplane.runner.batching.QueueClosedException;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The one model version this process serves, and whether it is ready to. */
@ApplicationScoped
public class ServedModel {

  /** Where loading stands; READY only after a warm-up inference succeeded. */
  public enum Status {
    LOADING,
    READY,
    FAILED
  }

  private record State(
      Status status,
      ModelLoader.Loaded loaded,
      ModelSignature signature,
      InferenceQueue queue,
      String failure) {}

  private volatile State state = new State(Status.LOADING, null, null, null, null);

  void ready(ModelLoader.Loaded loaded, InferenceQueue queue) {
    state = new State(Status.READY, loaded, loaded.model().signature(), queue, null);
  }

  void failed(String message) {
    state = new State(Status.FAILED, null, null, null, message);
  }

  /** Leaves the READY state so that probes and new requests stop while in-flight ones finish. */
  Optional<ModelLoader.Loaded> retire() {
    State current = state;
    state = new State(Status.LOADING, null, null, null, "shutting down");
    if (current.queue() != null) {
      current.queue().close();
    }
    return Optional.ofNullable(current.loaded());
  }

  public Status status() {
    return state.status();
  }

  public Optional<String> failure() {
    return Optional.ofNullable(state.failure());
  }

  public Optional<ModelSignature> signature() {
    return Optional.ofNullable(state.signature());
  }

  public int queueDepth() {
    InferenceQueue queue = state.queue();
    return queue == null ? 0 : queue.depth();
  }

  /** Submits validated inputs; only call when {@link #status()} is READY. */
  public CompletableFuture<List<Tensor>> infer(List<Tensor> inputs) {
    InferenceQueue queue = state.queue();
    if (queue == null) {
      throw new QueueClosedException();
    }
    return queue.submit(inputs);
  }
}
