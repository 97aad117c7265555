package io.modelplane.audit.persistence;

import io.modelplane.audit.chain.AuditRow;
import io.modelplane.audit.chain.ChainVerifier;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands rows from the reading thread to a checking thread in batches of reused row objects. The
 * reader fills {@link #next()} rows and calls {@link #end()} exactly once, whatever happens; the
 * checker runs {@link #check()} until it meets the end. A failure while checking is kept for the
 * reader and the rest is drained, so neither side can wait forever on the other.
 */
final class VerifyPipeline {

  private static final int BATCH = 1024;
  private static final int BATCHES = 4;

  private static final class Batch {
    final AuditRow[] rows = new AuditRow[BATCH];
    final byte[][] hashes = new byte[BATCH][];
    int size;

    Batch() {
      for (int i = 0; i < BATCH; i++) {
        rows[i] = new AuditRow();
      }
    }
  }

  private static final Batch END = new Batch();

  private final ChainVerifier verifier;
  private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
  private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES);
  private volatile boolean checking = true;
  private volatile RuntimeException failure;
  private Batch current;

  VerifyPipeline(ChainVerifier verifier) {
    this.verifier = verifier;
    for (int i = 0; i < BATCHES; i++) {
      empty.add(new Batch());
    }
  }

  /** False once the verifier found a problem: later rows need only be counted. */
  boolean checking() {
    return checking;
  }

  /** The row object to fill next (reader side). */
  AuditRow row() throws InterruptedException {
    if (current == null) {
      current = empty.take();
      current.size = 0;
    }
    return current.rows[current.size];
  }

  /** Commits the row just filled, with its stored leaf hash (reader side). */
  void next(byte[] storedHash) throws InterruptedException {
    current.hashes[current.size] = storedHash;
    if (++current.size == BATCH) {
      full.put(current);
      current = null;
    }
  }

  /** No more rows (reader side); call once, also after a failure. */
  void end() throws InterruptedException {
    if (current != null && current.size > 0) {
      full.put(current);
    }
    current = null;
    full.put(END);
  }

  /** The checking side: runs until the reader ends. */
  void check() {
    try {
      for (Batch b = full.take(); b != END; b = full.take()) {
        for (int i = 0; i < b.size; i++) {
          accept(b.rows[i], b.hashes[i]);
        }
        empty.put(b);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept(AuditRow row, byte[] hash) {
    if (failure != null) {
      return;
    }
    try {
      if (!checking) {
        verifier.skip();
      } else if (!verifier.accept(row, hash)) {
        checking = false;
      }
    } catch (RuntimeException e) {
      failure = e;
      checking = false;
    }
  }

  /** After the checker finished: rethrows what it failed with, if anything. */
  void rethrow() {
    if (failure != null) {
      throw failure;
    }
  }
}
