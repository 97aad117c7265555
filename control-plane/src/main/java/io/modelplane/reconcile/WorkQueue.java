package io.modelplane.reconcile;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * A queue of keys to reconcile, as controller-runtime's work queue: a key waits at most once, a key
 * being processed is never handed to a second worker, and a key triggered while processed is queued
 * again when its worker is done.
 */
public final class WorkQueue<K> {

  private final Queue<K> waiting = new ArrayDeque<>();
  private final Set<K> queued = new HashSet<>();
  private final Set<K> processing = new HashSet<>();
  private final Set<K> dirty = new HashSet<>();

  public synchronized void add(K key) {
    if (processing.contains(key)) {
      dirty.add(key);
      return;
    }
    if (queued.add(key)) {
      waiting.add(key);
      notifyAll();
    }
  }

  /** The next key, waiting up to {@code millis}; the caller must call {@link #done} after. */
  public synchronized Optional<K> take(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (waiting.isEmpty()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(left);
    }
    K key = waiting.poll();
    queued.remove(key);
    processing.add(key);
    return Optional.of(key);
  }

  public synchronized void done(K key) {
    processing.remove(key);
    if (dirty.remove(key)) {
      add(key);
    }
  }

  public synchronized int size() {
    return waiting.size();
  }
}
