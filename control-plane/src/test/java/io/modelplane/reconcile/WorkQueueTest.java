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

  @Test
  void shouldHandOutChangesBeforeKeysQueuedByAResync() throws Exception {
    // Given a resync that queued many keys
    WorkQueue<String> queue = new WorkQueue<>();
    queue.addResync("a");
    queue.addResync("b");

    // When one key changes after them
    queue.add("c");

    // Then the change comes first, the resync keys after it in their order
    assertThat(queue.take(0)).contains("c");
    assertThat(queue.take(0)).contains("a");
    assertThat(queue.take(0)).contains("b");
  }

  @Test
  void shouldMoveAWaitingResyncKeyUpOnceWhenItChanges() throws Exception {
    // Given keys queued by a resync
    WorkQueue<String> queue = new WorkQueue<>();
    queue.addResync("a");
    queue.addResync("b");

    // When the last of them changes, and the next resync queues it again
    queue.add("b");
    queue.addResync("b");

    // Then it is handed out first, and only once
    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.take(0)).contains("b");
    assertThat(queue.take(0)).contains("a");
    assertThat(queue.take(0)).isEmpty();
  }

  @Test
  void shouldRequeueAKeyChangedWhileProcessedAsAChange() throws Exception {
    // Given a key being processed and another waiting from a resync
    WorkQueue<String> queue = new WorkQueue<>();
    queue.addResync("a");
    queue.addResync("b");
    String taken = queue.take(0).orElseThrow();

    // When the processed key is resynced and changed meanwhile, then done
    queue.addResync(taken);
    queue.add(taken);
    queue.done(taken);

    // Then it goes before the waiting resync key
    assertThat(queue.take(0)).contains("a");
    assertThat(queue.take(0)).contains("b");
  }
}
