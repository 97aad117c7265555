package io.modelplane.runner.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class InferenceQueueTest {

  /** Doubles every value; the first call blocks until released, so that requests pile up. */
  static final class GatedDoubler implements InferenceModel {
    final CountDownLatch gate = new CountDownLatch(1);
    final List<Long> batchRows = Collections.synchronizedList(new ArrayList<>());

    @Override
    public ModelSignature signature() {
      return new ModelSignature("test", List.of(), List.of());
    }

    @Override
    public String describe() {
      return "doubler";
    }

    @Override
    public Runner newRunner() {
      return new Runner() {
        @Override
        public List<Tensor> run(List<Tensor> inputs) {
          try {
            gate.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          Tensor in = inputs.getFirst();
          batchRows.add(in.rows());
          float[] data = ((float[]) in.data()).clone();
          for (int i = 0; i < data.length; i++) {
            data[i] *= 2;
          }
          return List.of(new Tensor("out", DataType.FP32, in.shape(), data));
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public void close() {}
  }

  private static List<Tensor> rows(float... values) {
    return List.of(new Tensor("x", DataType.FP32, new long[] {values.length, 1}, values));
  }

  private static float[] data(CompletableFuture<List<Tensor>> result) {
    return (float[]) result.join().getFirst().data();
  }

  @Test
  void shouldMergeQueuedRequestsIntoOneEngineCallAndSplitTheAnswersBack() {
    // Given a worker busy with a first request
    GatedDoubler model = new GatedDoubler();
    try (InferenceQueue queue =
        new InferenceQueue(model, 1, 32, Duration.ZERO, 16, BatchListener.NONE)) {
      CompletableFuture<List<Tensor>> first = queue.submit(rows(1));
      Awaitility.await().until(() -> queue.depth() == 0);

      // When three more arrive meanwhile
      CompletableFuture<List<Tensor>> a = queue.submit(rows(2, 3));
      CompletableFuture<List<Tensor>> b = queue.submit(rows(4));
      CompletableFuture<List<Tensor>> c = queue.submit(rows(5, 6, 7));
      model.gate.countDown();

      // Then they ran as one batch of 6 rows, and each got its own rows back
      assertThat(data(first)).containsExactly(2);
      assertThat(data(a)).containsExactly(4, 6);
      assertThat(data(b)).containsExactly(8);
      assertThat(data(c)).containsExactly(10, 12, 14);
      assertThat(a.join().getFirst().shape()).containsExactly(2, 1);
      assertThat(model.batchRows).containsExactly(1L, 6L);
    }
  }

  @Test
  void shouldNotExceedTheMaximumBatchSize() {
    // Given
    GatedDoubler model = new GatedDoubler();
    try (InferenceQueue queue =
        new InferenceQueue(model, 1, 2, Duration.ZERO, 16, BatchListener.NONE)) {
      CompletableFuture<List<Tensor>> first = queue.submit(rows(1));
      Awaitility.await().until(() -> queue.depth() == 0);

      // When
      List<CompletableFuture<List<Tensor>>> rest = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        rest.add(queue.submit(rows(i)));
      }
      model.gate.countDown();
      rest.forEach(CompletableFuture::join);
      first.join();

      // Then
      assertThat(model.batchRows).containsExactly(1L, 2L, 2L, 1L);
    }
  }

  @Test
  void shouldRefuseRequestsWhenTheQueueIsFull() {
    // Given a busy worker and a queue of two
    GatedDoubler model = new GatedDoubler();
    try (InferenceQueue queue =
        new InferenceQueue(model, 1, 32, Duration.ZERO, 2, BatchListener.NONE)) {
      queue.submit(rows(1));
      Awaitility.await().until(() -> queue.depth() == 0);
      queue.submit(rows(2));
      queue.submit(rows(3));

      // When / Then
      assertThatThrownBy(() -> queue.submit(rows(4))).isInstanceOf(QueueFullException.class);
      model.gate.countDown();
    }
  }

  @Test
  void shouldFinishQueuedRequestsWhenClosed() {
    // Given requests waiting behind a busy worker
    GatedDoubler model = new GatedDoubler();
    InferenceQueue queue = new InferenceQueue(model, 1, 1, Duration.ZERO, 16, BatchListener.NONE);
    CompletableFuture<List<Tensor>> first = queue.submit(rows(1));
    CompletableFuture<List<Tensor>> waiting = queue.submit(rows(2));

    // When shutdown begins while they are in flight
    CompletableFuture<Void> closing = CompletableFuture.runAsync(queue::close);
    Awaitility.await().until(() -> !acceptsMore(queue));
    model.gate.countDown();
    closing.join();

    // Then both were answered
    assertThat(data(first)).containsExactly(2);
    assertThat(data(waiting)).containsExactly(4);
  }

  private static boolean acceptsMore(InferenceQueue queue) {
    try {
      queue.submit(rows(9)).cancel(false);
      return true;
    } catch (QueueClosedException e) {
      return false;
    }
  }
}
