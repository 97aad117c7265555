package io.modelplane.bench.audit;

import io.modelplane.audit.chain.AuditRow;
import io.modelplane.audit.chain.CanonicalForm;
import io.modelplane.audit.chain.ChainVerifier;
import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.checkpoint.CheckpointNote;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.checkpoint.Ed25519Keys;
import io.modelplane.audit.merkle.TreeBuilder;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying a tenant's log of {@code events} audit events in process, without the database: every
 * row re-encoded canonically and hashed, compared with its stored leaf hash, folded into the tree,
 * the root compared with a signed checkpoint at the end (what {@code GET …/audit-events/verify}
 * does per row after JDBC has read it). The parts are timed on their own as well. Rows look like
 * the control plane's: user, roles, action, resource, request id, address, small details.
 *
 * <pre>
 * ./mvnw -B -o -pl bench -am package -DskipTests
 * ./mvnw -B -o -pl bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.openjdk.jmh.Main AuditVerifyBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AuditVerifyBench {

  @Param("1000000")
  public int events;

  private AuditRow[] rows;
  private byte[][] stored;
  private CheckpointSigner signer;
  private Checkpoint checkpoint;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    String[] actions = {"model.update", "version.register", "deployment.update", "access.denied"};
    rows = new AuditRow[events];
    stored = new byte[events][];
    CanonicalForm form = new CanonicalForm();
    TreeBuilder tree = new TreeBuilder();
    long start = 1_769_850_303_000_000L;
    for (int i = 0; i < events; i++) {
      AuditRow r = new AuditRow();
      r.seq = i;
      r.tenant = "acme";
      r.occurredAtMicros = start + i * 1_000L + random.nextInt(1000);
      r.actorSubject = new UUID(7, random.nextInt(50)).toString();
      r.actorName = "user" + random.nextInt(50);
      r.clientId = random.nextInt(4) == 0 ? "ci-pipeline" : null;
      r.roles = "admin,engineer";
      r.action = actions[random.nextInt(actions.length)];
      r.resourceType = "model";
      r.resourceId = "churn-model-" + random.nextInt(1000);
      r.outcome = "success";
      r.status = 200;
      r.requestId = new UUID(random.nextLong(), random.nextLong()).toString();
      r.sourceAddress = "10.0.0." + random.nextInt(256);
      r.details =
          random.nextInt(10) == 0
              ? "{\"path\": \"/api/v1/tenants/acme/models/x\", \"method\": \"PATCH\"}"
              : "{}";
      rows[i] = r;
      stored[i] = form.leafHash(r);
      tree.append(stored[i]);
    }
    signer = new CheckpointSigner(Ed25519Keys.fromSeed(new byte[32]), List.of());
    CheckpointNote note = new CheckpointNote("modelplane/audit/acme", events, tree.root(), start);
    checkpoint = new Checkpoint(1, "acme", note, signer.keyId(), signer.sign(note.bytes()), "b");
  }

  /** The whole check: canonical form, leaf hash, comparison, tree, signed root. */
  @Benchmark
  public Verification verifyLog() {
    ChainVerifier verifier = new ChainVerifier(List.of(checkpoint), signer);
    for (int i = 0; i < events; i++) {
      verifier.accept(rows[i], stored[i]);
    }
    Verification v = verifier.finish();
    if (!v.valid()) {
      throw new IllegalStateException(v.reason());
    }
    return v;
  }

  /** Canonical form and leaf hash of every row only. */
  @Benchmark
  public byte[] leafHashes() {
    CanonicalForm form = new CanonicalForm();
    byte[] leaf = new byte[32];
    for (int i = 0; i < events; i++) {
      form.leafHash(rows[i], leaf);
    }
    return leaf;
  }

  /** The tree over already-hashed leaves only. */
  @Benchmark
  public byte[] treeHead() {
    TreeBuilder tree = new TreeBuilder();
    for (int i = 0; i < events; i++) {
      tree.append(stored[i]);
    }
    return tree.root();
  }
}
