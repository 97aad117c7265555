package io.modelplane.reconcile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A queue of keys to reconcile, as controller-runtime's work queue: a key waits at most once, a key
 * being processed is never handed to a second worker, and a key triggered while processed is queued
 * again when its worker is done.
 *
 * <p>Keys wait in two lanes, as in controller-runtime's priority queue: a change goes before every
 * key a periodic resync queued, and a waiting resync key that changes moves up. A resync queues
 * every deployment; without the lanes one edit would wait behind all of them (about 14 s behind
 * 1,000 unchanged deployments on the mock API server).
 */
public final class WorkQueue<K> {

  private final LinkedHashSet<K> changed = new LinkedHashSet<>();
  private final LinkedHashSet<K> resynced = new LinkedHashSet<>();
  private final Set<K> processing = new HashSet<>();

  /** Keys triggered while processed, and whether one of those triggers was a change. */
  private final Map<K, Boolean> dirty = new HashMap<>();

  /** A change (or a retry, or the backend reporting one): goes before every resync key. */
  public synchronized void add(K key) {
    add(key, true);
  }

  /** A periodic resync: waits behind every change. */
  public synchronized void addResync(K key) {
    add(key, false);
  }

  private void add(K key, boolean change) {
    if (processing.contains(key)) {
      dirty.merge(key, change, Boolean::logicalOr);
      return;
    }
    if (changed.contains(key) || (!change && resynced.contains(key))) {
      return;
    }
    if (change) {
      resynced.remove(key);
      changed.add(key);
    } else {
      resynced.add(key);
    }
    notifyAll();
  }

  /** The next key, waiting up to {@code millis}; the caller must call {@link #done} after. */
  public synchronized Optional<K> take(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (changed.isEmpty() && resynced.isEmpty()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(left);
    }
    K key = changed.isEmpty() ? resynced.removeFirst() : changed.removeFirst();
    processing.add(key);
    return Optional.of(key);
  }

  public synchronized void done(K key) {
    processing.remove(key);
    Boolean change = dirty.remove(key);
    if (change != null) {
      add(key, change);
    }
  }

  public synchronized int size() {
    return changed.size() + resynced.size();
  }
}
