package io.modelplane.runner.batching;

/** The bounded queue is full: the client should retry shortly (503 + Retry-After). */
public class QueueFullException extends RuntimeException {

  public QueueFullException(int capacity) {
    super("the runner is at capacity (" + capacity + " requests queued); retry shortly");
  }
}
