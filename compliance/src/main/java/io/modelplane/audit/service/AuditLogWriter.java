package io.modelplane.audit.service;

import io.modelplane.audit.chain.JsonText;
import io.modelplane.audit.chain.Utf8Bytes;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * thread inserts whatever is queued in a single transaction and commits it durably ({@code
 * synchronous_commit = on}, whatever the server's default), then releases the callers. A caller
 * therefore returns only once its event is on disk, yet a thousand concurrent callers share a
 * handful of commits instead of each paying its own. Within a batch events are grouped by tenant
 * (in tenant order, so writers on several replicas take the per-tenant log locks in one order) and
 * keep their arrival order. A batch that fails is retried event by event, so one bad event fails
 * alone.
 */
@ApplicationScoped
public class AuditLogWriter {

  private static final Logger LOG = Logger.getLogger(AuditLogWriter.class);

  private static final String INSERT =
      "INSERT INTO audit_event (tenant, occurred_at, actor_subject, actor_name, client_id, roles,"
          + " action, resource_type, resource_id, outcome, status, request_id, source_address,"
          + " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";

  @Inject DataSource dataSource;

  @ConfigProperty(name = "modelplane.audit.batch-size", defaultValue = "500")
  int batchSize;

  @ConfigProperty(name = "modelplane.audit.append-timeout", defaultValue = "30s")
  Duration timeout;

  @ConfigProperty(name = "modelplane.audit.durable-commit", defaultValue = "true")
  boolean durable;

  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final LongAdder committedEvents = new LongAdder();
  private final LongAdder commits = new LongAdder();
  private Thread worker;
  private volatile boolean stopping;

  AuditLogWriter() {}

  /** A writer outside CDI (benchmarks); {@link #close()} stops it. */
  public AuditLogWriter(DataSource dataSource, int batchSize, Duration timeout, boolean durable) {
    this.dataSource = dataSource;
    this.batchSize = batchSize;
    this.timeout = timeout;
    this.durable = durable;
  }

  /** Appends {@code entry} and returns once it is committed. */
  public void append(AuditEntry entry) {
    Pending pending = new Pending(entry, new CompletableFuture<>());
    if (!start()) {
      write(List.of(pending));
    } else {
      queue.add(pending);
    }
    try {
      pending.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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

  /** Starts the writer thread once; false when shutting down (callers then write themselves). */
  private synchronized boolean start() {
    if (stopping) {
      return false;
    }
    if (worker == null) {
      worker = Thread.ofPlatform().daemon().name("audit-log-writer").start(this::run);
    }
    return true;
  }

  @PreDestroy
  public void close() {
    Thread w;
    synchronized (this) {
      stopping = true;
      w = worker;
    }
    if (w != null) {
      try {
        w.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(batchSize);
    while (true) {
      Pending first;
      try {
        first = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
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
  }

  private void write(List<Pending> batch) {
    List<Pending> ordered = new ArrayList<>(batch);
    ordered.sort(Comparator.comparing(p -> p.entry().tenant()));
    try {
      insert(ordered);
      ordered.forEach(p -> p.done().complete(null));
    } catch (SQLException | RuntimeException e) {
      if (ordered.size() == 1) {
        LOG.errorf("audit event %s in %s not recorded: %s", action(ordered), tenant(ordered), e);
        ordered.getFirst().done().completeExceptionally(e);
        return;
      }
      LOG.warnf(
          "a batch of %d audit events failed (%s); writing them one by one", ordered.size(), e);
      ordered.forEach(p -> write(List.of(p)));
    }
  }

  private void insert(List<Pending> batch) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (durable) {
          try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL synchronous_commit = on");
          }
        }
        insertGroupedByTenant(c, batch);
        c.commit();
        commits.increment();
        committedEvents.add(batch.size());
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static void insertGroupedByTenant(Connection c, List<Pending> batch) throws SQLException {
    try (PreparedStatement scope =
            c.prepareStatement("SELECT set_config('modelplane.tenant', ?, true)");
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      String tenant = null;
      for (Pending p : batch) {
        if (!p.entry().tenant().equals(tenant)) {
          if (tenant != null) {
            insert.executeBatch();
          }
          tenant = p.entry().tenant();
          scope.setString(1, tenant);
          scope.execute();
        }
        bind(insert, p.entry());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bind(PreparedStatement s, AuditEntry e) throws SQLException {
    s.setString(1, e.tenant());
    s.setObject(2, e.occurredAt().atOffset(ZoneOffset.UTC));
    s.setString(3, e.actorSubject());
    s.setString(4, e.actorName());
    s.setString(5, e.clientId());
    s.setString(6, e.roles());
    s.setString(7, e.action());
    s.setString(8, e.resourceType());
    s.setString(9, e.resourceId());
    s.setString(10, e.outcome());
    s.setInt(11, e.status());
    s.setString(12, e.requestId());
    s.setString(13, e.sourceAddress());
    Utf8Bytes json = new Utf8Bytes();
    JsonText.canonical(e.details() == null ? Map.of() : (Object) e.details(), json);
    s.setString(14, new String(json.array(), 0, json.length(), StandardCharsets.UTF_8));
  }

  private static String action(List<Pending> batch) {
    return batch.getFirst().entry().action();
  }

  private static String tenant(List<Pending> batch) {
    return batch.getFirst().entry().tenant();
  }

  private record Pending(AuditEntry entry, CompletableFuture<Void> done) {}
}
