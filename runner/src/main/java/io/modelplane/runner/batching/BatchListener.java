package io.modelplane.runner.batching;

/** Observes the queue for metrics without the queue knowing about Micrometer. */
public interface BatchListener {

  void batchRan(int requests, long rows);

  BatchListener NONE = (requests, rows) -> {};
}
