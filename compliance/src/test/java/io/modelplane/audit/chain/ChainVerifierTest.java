package io.modelplane.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.checkpoint.CheckpointNote;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.checkpoint.Ed25519Keys;
import io.modelplane.audit.merkle.TreeBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The verifier finds every kind of tampering an owner of the database can do behind the
 * application's back, and names the first leaf that can no longer be trusted.
 */
class ChainVerifierTest {

  private static final CheckpointSigner SIGNER =
      new CheckpointSigner(Ed25519Keys.fromSeed(new byte[32]), List.of());

  /** A stored log: rows plus the leaf hashes the database recorded when inserting them. */
  record Log(List<AuditRow> rows, List<byte[]> stored) {

    static Log of(int size) {
      List<AuditRow> rows = new ArrayList<>();
      List<byte[]> stored = new ArrayList<>();
      CanonicalForm form = new CanonicalForm();
      for (int i = 0; i < size; i++) {
        AuditRow r = event(i);
        rows.add(r);
        stored.add(form.leafHash(r));
      }
      return new Log(rows, stored);
    }

    Checkpoint checkpoint(long id, int size) {
      TreeBuilder tree = new TreeBuilder();
      stored.subList(0, size).forEach(tree::append);
      CheckpointNote note =
          new CheckpointNote("modelplane/audit/acme", size, tree.root(), 1_000_000L * size);
      return new Checkpoint(id, "acme", note, SIGNER.keyId(), SIGNER.sign(note.bytes()), "t");
    }

    Verification verify(List<Checkpoint> checkpoints) {
      ChainVerifier v = new ChainVerifier(checkpoints, SIGNER);
      for (int i = 0; i < rows.size(); i++) {
        if (!v.accept(rows.get(i), stored.get(i))) {
          for (int j = i + 1; j < rows.size(); j++) {
            v.skip();
          }
          break;
        }
      }
      return v.finish();
    }
  }

  static AuditRow event(int seq) {
    AuditRow r = new AuditRow();
    r.seq = seq;
    r.tenant = "acme";
    r.occurredAtMicros = 1_769_850_303_000_000L + seq;
    r.actorSubject = "subject-" + (seq % 3);
    r.actorName = "user" + (seq % 3);
    r.roles = "admin";
    r.action = "model.update";
    r.resourceType = "model";
    r.resourceId = "m" + seq;
    r.outcome = "success";
    r.status = 200;
    r.requestId = "req-" + seq;
    r.sourceAddress = "127.0.0.1";
    r.details = "{}";
    return r;
  }

  @Test
  void shouldAcceptAnUntouchedLogAndItsCheckpoints() {
    Log log = Log.of(40);

    Verification v = log.verify(List.of(log.checkpoint(1, 10), log.checkpoint(2, 40)));

    assertThat(v.valid()).isTrue();
    assertThat(v.treeSize()).isEqualTo(40);
    assertThat(v.checkpointsVerified()).isEqualTo(2);
    assertThat(v.checkpoint().id()).isEqualTo(2);
    assertThat(v.firstBadIndex()).isNull();
  }

  @Property(tries = 100)
  void aChangedEventIsFoundAtItsIndex(
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll @IntRange(min = 0, max = 59) int at) {
    // Given a row whose action was edited in place
    Log log = Log.of(size);
    int index = at % size;
    log.rows().get(index).action = "model.delete";

    // When the log is verified / Then that row is the first bad one
    Verification v = log.verify(List.of(log.checkpoint(1, size)));
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(index);
    assertThat(v.reason()).contains("was changed");
    assertThat(v.treeSize()).isEqualTo(size);
    assertThat(v.rootHash()).isNull();
  }

  @Property(tries = 100)
  void aDeletedEventIsFoundAtItsIndex(
      @ForAll @IntRange(min = 2, max = 60) int size, @ForAll @IntRange(min = 0, max = 58) int at) {
    Log log = Log.of(size);
    int index = at % (size - 1);
    log.rows().remove(index);
    log.stored().remove(index);

    Verification v = log.verify(List.of());

    assertThat(v.firstBadIndex()).isEqualTo(index);
    assertThat(v.reason()).contains("event " + index + " is missing");
  }

  @Test
  void shouldFindTwoSwappedEventsAtTheFirstOfThem() {
    // Given rows 3 and 7 swapped their sequence numbers
    Log log = Log.of(10);
    log.rows().get(3).seq = 7;
    log.rows().get(7).seq = 3;
    Collections.swap(log.rows(), 3, 7);
    Collections.swap(log.stored(), 3, 7);

    // Then each stored hash still belongs to its row, but row 3 is no longer event 3
    Verification v = log.verify(List.of());
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(3);
  }

  @Test
  void shouldFindEventsDeletedFromTheEndOnceACheckpointCoveredThem() {
    Log log = Log.of(12);
    Checkpoint cp = log.checkpoint(5, 12);
    log.rows().subList(9, 12).clear();
    log.stored().subList(9, 12).clear();

    Verification v = log.verify(List.of(cp));

    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(9);
    assertThat(v.reason()).contains("checkpoint 5 vouches for 12 events but only 9 are stored");
  }

  @Test
  void shouldCatchARewriteWithRecomputedHashesThroughTheCheckpoints() {
    // Given checkpoints at 8 and 16, then row 11 rewritten together with its stored hash
    Log log = Log.of(20);
    List<Checkpoint> cps = List.of(log.checkpoint(1, 8), log.checkpoint(2, 16));
    log.rows().get(11).outcome = "denied";
    log.stored().set(11, new CanonicalForm().leafHash(log.rows().get(11)));

    // When verified / Then only the signed root gives it away, within the checkpoints' interval
    Verification v = log.verify(cps);
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(8);
    assertThat(v.reason()).contains("checkpoint 2").contains("between index 8 and 15");
    assertThat(v.checkpoint().id()).isEqualTo(1);
  }

  @Test
  void shouldRejectACheckpointNotSignedByATrustedKey() {
    Log log = Log.of(5);
    Checkpoint genuine = log.checkpoint(1, 5);
    CheckpointSigner stranger = new CheckpointSigner(Ed25519Keys.fromSeed(filled()), List.of());
    Checkpoint forged =
        new Checkpoint(
            2,
            "acme",
            genuine.note(),
            stranger.keyId(),
            stranger.sign(genuine.note().bytes()),
            "attacker");

    Verification v = log.verify(List.of(forged));

    assertThat(v.valid()).isFalse();
    assertThat(v.reason()).contains("checkpoint 2").contains("valid signature");
  }

  @Test
  void shouldVerifyAnEmptyLog() {
    Log log = Log.of(0);

    Verification v = log.verify(List.of(log.checkpoint(1, 0)));

    assertThat(v.valid()).isTrue();
    assertThat(v.treeSize()).isZero();
    assertThat(v.checkpointsVerified()).isEqualTo(1);
  }

  private static byte[] filled() {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) 9);
    return b;
  }
}
