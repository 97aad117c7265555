package io.modelplane.runner.batching;

/** The runner is shutting down: queued requests still finish, new ones go elsewhere (503). */
public class QueueClosedException extends RuntimeException {

  public QueueClosedException() {
    super("the runner is shutting down; retry on another replica");
  }
}
