package io.modelplane.runner.batching;

import io.modelplane.runner.engine.InferenceFailure;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.engine.Tensors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue in front of the engine. Each worker thread owns a predictor, takes the oldest
 * request, adds whatever else is queued (waiting up to maxDelay for more) until maxRows, runs them
 * as one engine call and splits the outputs back. With maxRows 1 every request runs alone.
 */
public final class InferenceQueue implements AutoCloseable {

  private final BlockingQueue<Pending> queue;
  private final List<Thread> workers = new ArrayList<>();
  private final int capacity;
  private final long maxRows;
  private final long maxDelayNanos;
  private final BatchListener listener;
  private volatile boolean accepting = true;

  private record Pending(List<Tensor> inputs, long rows, CompletableFuture<List<Tensor>> result) {}

  public InferenceQueue(
      InferenceModel model,
      int workerCount,
      int maxRows,
      Duration maxDelay,
      int capacity,
      BatchListener listener) {
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.maxRows = maxRows;
    this.maxDelayNanos = maxDelay.toNanos();
    this.listener = listener;
    for (int i = 0; i < workerCount; i++) {
      InferenceModel.Runner runner = model.newRunner();
      Thread worker =
          Thread.ofPlatform().name("inference-" + i).daemon().unstarted(new Worker(runner));
      workers.add(worker);
      worker.start();
    }
  }

  /** Queues one request; its inputs are ordered as the signature's and share their rows. */
  public CompletableFuture<List<Tensor>> submit(List<Tensor> inputs) {
    if (!accepting) {
      throw new QueueClosedException();
    }
    Pending pending = new Pending(inputs, inputs.getFirst().rows(), new CompletableFuture<>());
    if (!queue.offer(pending)) {
      throw new QueueFullException(capacity);
    }
    return pending.result();
  }

  public int depth() {
    return queue.size();
  }

  /** One engine thread with its own predictor, and the request it could not fit last time. */
  private final class Worker implements Runnable {

    private final InferenceModel.Runner runner;
    private Pending carried;

    Worker(InferenceModel.Runner runner) {
      this.runner = runner;
    }

    @Override
    public void run() {
      try (runner) {
        while (accepting || !queue.isEmpty() || carried != null) {
          Pending first = carried != null ? carried : queue.poll(100, TimeUnit.MILLISECONDS);
          carried = null;
          if (first != null) {
            execute(runner, collect(first));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * Takes what is already queued; only when that shows concurrent clients does it wait up to
     * maxDelay for more, so a lone client never pays the delay and busy ones get full batches.
     */
    private List<Pending> collect(Pending first) throws InterruptedException {
      List<Pending> batch = new ArrayList<>();
      batch.add(first);
      long rows = first.rows();
      long deadline = System.nanoTime() + maxDelayNanos;
      while (rows < maxRows) {
        Pending next = queue.peek();
        if (next == null) {
          long wait = deadline - System.nanoTime();
          if (batch.size() < 2 || wait <= 0) {
            break;
          }
          next = queue.poll(wait, TimeUnit.NANOSECONDS);
          if (next == null) {
            break;
          }
          if (rows + next.rows() > maxRows) {
            // Too big to join: it leads the next batch instead of waiting behind this one.
            carried = next;
            break;
          }
          batch.add(next);
          rows += next.rows();
          continue;
        }
        if (rows + next.rows() > maxRows) {
          break;
        }
        // Another worker may have taken the peeked request meanwhile; then just look again.
        Pending taken = queue.poll();
        if (taken != null) {
          batch.add(taken);
          rows += taken.rows();
        }
      }
      return batch;
    }
  }

  private void execute(InferenceModel.Runner runner, List<Pending> batch) {
    try {
      List<Tensor> merged = merge(batch);
      List<Tensor> outputs = runner.run(merged);
      listener.batchRan(batch.size(), merged.getFirst().rows());
      split(batch, outputs);
    } catch (InferenceFailure | RuntimeException e) {
      batch.forEach(pending -> pending.result().completeExceptionally(e));
    }
  }

  private static List<Tensor> merge(List<Pending> batch) {
    int inputCount = batch.getFirst().inputs().size();
    List<Tensor> merged = new ArrayList<>(inputCount);
    for (int i = 0; i < inputCount; i++) {
      int index = i;
      merged.add(Tensors.concat(batch.stream().map(p -> p.inputs().get(index)).toList()));
    }
    return merged;
  }

  private static void split(List<Pending> batch, List<Tensor> outputs) {
    List<Long> rowCounts = batch.stream().map(Pending::rows).toList();
    List<List<Tensor>> perRequest = new ArrayList<>();
    batch.forEach(p -> perRequest.add(new ArrayList<>(outputs.size())));
    for (Tensor output : outputs) {
      List<Tensor> parts = Tensors.split(output, rowCounts);
      for (int i = 0; i < parts.size(); i++) {
        perRequest.get(i).add(parts.get(i));
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result().complete(perRequest.get(i));
    }
  }

  /** Stops taking requests, lets the workers finish everything already queued, then returns. */
  @Override
  public void close() {
    accepting = false;
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
