package io.modelplane.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkQueueTest {

  @Test
  void shouldQueueAKeyOnceHoweverOftenItIsTriggered() throws Exception {
    WorkQueue<String> queue = new WorkQueue<>();
    queue.add("a");
    queue.add("a");
    queue.add("b");

    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.take(0)).contains("a");
    assertThat(queue.take(0)).contains("b");
    assertThat(queue.take(0)).isEmpty();
  }

  @Test
  void shouldNotHandAKeyBeingProcessedToASecondWorkerButRequeueItAfter() throws Exception {
    WorkQueue<String> queue = new WorkQueue<>();
    queue.add("a");
    String taken = queue.take(0).orElseThrow();

    queue.add("a");
    assertThat(queue.take(0)).isEmpty();

    queue.done(taken);
    assertThat(queue.take(0)).contains("a");
  }
}
