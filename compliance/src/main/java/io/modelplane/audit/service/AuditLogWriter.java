package io.modelplane.audit.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Appends events to the log with group commit: callers queue their event and wait; one writer
 * thread hands whatever is queued to the database in a single call ({@code audit_append}, one round
 * trip, one durable commit with {@code synchronous_commit = on} whatever the server's default),
 * then releases the callers. A caller therefore returns only once its event is on disk, yet a
 * thousand concurrent callers share a handful of commits instead of each paying its own. Within a
 * batch events are ordered by tenant (so writers on several replicas take the per-tenant log locks
 * in one order) and keep their arrival order. A batch that fails is retried event by event, so one
 * bad event fails alone. Events of a tenant whose next number is known from its previous batch go
 * with their leaf hash computed here ({@link AppendBatch}), which spares the database the canonical
 * form.
 */
@ApplicationScoped
public class AuditLogWriter {

  private static final Logger LOG = Logger.getLogger(AuditLogWriter.class);
  private static final String APPEND = "SELECT audit_append(?::jsonb)";

  @Inject DataSource dataSource;

  @ConfigProperty(name = "modelplane.audit.batch-size", defaultValue = "500")
  int batchSize;

  @ConfigProperty(name = "modelplane.audit.append-timeout", defaultValue = "30s")
  Duration timeout;

  @ConfigProperty(name = "modelplane.audit.writers", defaultValue = "1")
  int writers;

  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

  /** Each tenant's next sequence number as of the last batch committed here: a guess (V0010). */
  private final Map<String, Long> nextSeq = new ConcurrentHashMap<>();

  private final LongAdder committedEvents = new LongAdder();
  private final LongAdder commits = new LongAdder();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean stopping;

  AuditLogWriter() {}

  /** A writer outside CDI (benchmarks, a second replica in tests); {@link #close()} stops it. */
  public AuditLogWriter(DataSource dataSource, int batchSize, Duration timeout, int writers) {
    this.dataSource = dataSource;
    this.batchSize = batchSize;
    this.timeout = timeout;
    this.writers = writers;
  }

  /** Appends {@code entry} and returns its sequence number once it is committed. */
  public long append(AuditEntry entry) {
    Pending pending = new Pending(entry, new CompletableFuture<>());
    if (!start()) {
      writeOnOwnConnection(pending);
    } else {
      queue.add(pending);
    }
    try {
      return pending.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the audit event could not be recorded", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the audit event was not recorded within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording an audit event", e);
    }
  }

  /** Events committed so far (for benchmarks and metrics). */
  public long committedEvents() {
    return committedEvents.sum();
  }

  /** Transactions committed so far: events per commit is the batching achieved. */
  public long commits() {
    return commits.sum();
  }

  /** Starts the writer threads once; false when shutting down (callers then write themselves). */
  private synchronized boolean start() {
    if (stopping) {
      return false;
    }
    while (workers.size() < Math.max(1, writers)) {
      String name = "audit-log-writer-" + workers.size();
      workers.add(Thread.ofPlatform().daemon().name(name).start(() -> new Lane().run()));
    }
    return true;
  }

  @PreDestroy
  public void close() {
    List<Thread> running;
    synchronized (this) {
      stopping = true;
      running = List.copyOf(workers);
    }
    for (Thread w : running) {
      try {
        w.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One writer thread with the connection it keeps between batches (saves a pool round trip). */
  private final class Lane {

    private final AppendBatch batches = new AppendBatch();
    private Connection connection;
    private PreparedStatement append;

    void run() {
      List<Pending> batch = new ArrayList<>(batchSize);
      try {
        while (true) {
          Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
          if (first == null) {
            if (stopping) {
              return;
            }
            continue;
          }
          batch.add(first);
          queue.drainTo(batch, batchSize - 1);
          write(batch);
          batch.clear();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        disconnect();
      }
    }

    private void write(List<Pending> batch) {
      List<Pending> ordered = new ArrayList<>(batch);
      ordered.sort(Comparator.comparing(p -> p.entry().tenant()));
      try {
        complete(ordered, call(ordered));
        return;
      } catch (SQLException | RuntimeException e) {
        disconnect();
        LOG.warnf("a batch of %d audit events failed (%s); retrying one by one", ordered.size(), e);
      }
      for (Pending p : ordered) {
        try {
          complete(List.of(p), call(List.of(p)));
        } catch (SQLException | RuntimeException e) {
          disconnect();
          fail(p, e);
        }
      }
    }

    private List<Long> call(List<Pending> batch) throws SQLException {
      if (append == null) {
        connection = dataSource.getConnection();
        append = connection.prepareStatement(APPEND);
      }
      return AuditLogWriter.call(append, batches.json(entries(batch), nextSeq), batch.size());
    }

    private void disconnect() {
      try {
        if (connection != null) {
          connection.close();
        }
      } catch (SQLException ignored) {
        // a broken connection is replaced on the next batch
      }
      connection = null;
      append = null;
    }
  }

  /** A caller during shutdown writes on a pooled connection of its own. */
  private void writeOnOwnConnection(Pending pending) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(APPEND)) {
      complete(
          List.of(pending), call(s, new AppendBatch().json(List.of(pending.entry()), Map.of()), 1));
    } catch (SQLException | RuntimeException e) {
      fail(pending, e);
    }
  }

  private static List<Long> call(PreparedStatement s, String json, int events) throws SQLException {
    s.setString(1, json);
    List<Long> seqs = new ArrayList<>(events);
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        seqs.add(rs.getLong(1));
      }
    }
    if (seqs.size() != events) {
      throw new IllegalStateException(seqs.size() + " of " + events + " events appended");
    }
    return seqs;
  }

  private static List<AuditEntry> entries(List<Pending> batch) {
    return batch.stream().map(Pending::entry).toList();
  }

  private void complete(List<Pending> batch, List<Long> seqs) {
    commits.increment();
    committedEvents.add(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      nextSeq.put(batch.get(i).entry().tenant(), seqs.get(i) + 1);
      batch.get(i).done().complete(seqs.get(i));
    }
  }

  private static void fail(Pending p, Exception e) {
    LOG.errorf("audit event %s in %s not recorded: %s", p.entry().action(), p.entry().tenant(), e);
    p.done().completeExceptionally(e);
  }

  record Pending(AuditEntry entry, CompletableFuture<Long> done) {}
}
