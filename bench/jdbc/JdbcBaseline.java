import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The comparison for the registry benchmark: the same number of concurrent clients doing plain
 * JDBC inserts (a row shaped like a model version, one transaction each) and primary-key selects on
 * the same PostgreSQL. Run as a single-file program:
 *   java -cp postgresql.jar bench/jdbc/JdbcBaseline.java JDBC_URL USER PASSWORD THREADS SECONDS
 */
public class JdbcBaseline {

  public static void main(String[] args) throws Exception {
    String url = args[0], user = args[1], password = args[2];
    int threads = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS bench CASCADE");
      s.execute("CREATE SCHEMA bench");
      s.execute("CREATE TABLE bench.version (id BIGSERIAL PRIMARY KEY, tenant TEXT NOT NULL, model_id BIGINT NOT NULL,"
          + " number INTEGER NOT NULL, engine TEXT NOT NULL, sha TEXT NOT NULL, size BIGINT NOT NULL,"
          + " signature JSONB NOT NULL, metrics JSONB NOT NULL, registered_by TEXT NOT NULL, registered_at TIMESTAMPTZ NOT NULL)");
    }
    double inserts = run(threads, seconds, url, user, password, JdbcBaseline::insert);
    double selects = run(threads, seconds, url, user, password, JdbcBaseline::select);
    System.out.printf("jdbc inserts/s=%.1f selects/s=%.1f threads=%d%n", inserts, selects, threads);
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA bench CASCADE");
    }
  }

  interface Op {
    void apply(Connection c, int i) throws Exception;
  }

  static void insert(Connection c, int i) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench.version (tenant, model_id, number, engine, sha, size,"
        + " signature, metrics, registered_by, registered_at) VALUES ('acme', 1, ?, 'xgboost', ?, 1234, ?::jsonb, ?::jsonb, 'ci', now())")) {
      ps.setInt(1, i);
      ps.setString(2, "%064x".formatted(i));
      ps.setString(3, "{\"inputs\":[{\"name\":\"input\",\"datatype\":\"FP32\",\"shape\":[-1,4]}]}");
      ps.setString(4, "{\"auc\":0.91}");
      ps.executeUpdate();
    }
  }

  static void select(Connection c, int i) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM bench.version WHERE id = ?")) {
      ps.setLong(1, 1 + ThreadLocalRandom.current().nextInt(1000));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
    }
  }

  static double run(int threads, long seconds, String url, String user, String password, Op op) throws Exception {
    LongAdder done = new LongAdder();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = Thread.ofPlatform().start(() -> {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
          for (int i = 0; System.nanoTime() < deadline; i++) {
            op.apply(c, i);
            done.increment();
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    return done.sum() / (double) seconds;
  }
}
