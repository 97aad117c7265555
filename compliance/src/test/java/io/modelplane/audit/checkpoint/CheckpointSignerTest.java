package io.modelplane.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkpoint notes: the documented text, signed, and only trusted keys accepted. */
class CheckpointSignerTest {

  private static final KeyPair CURRENT = Ed25519Keys.fromSeed(new byte[32]);
  private static final KeyPair RETIRED = Ed25519Keys.fromSeed(filled(1));

  @Test
  void shouldWriteTheNoteAsOriginSizeRootAndTime() {
    CheckpointNote note =
        new CheckpointNote("modelplane/audit/acme", 42, new byte[32], 1_769_850_303_000_120L);

    assertThat(note.text())
        .isEqualTo(
            "modelplane/audit/acme\n42\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
                + "time 2026-01-31T09:05:03.000120Z\n");
  }

  @Test
  void shouldVerifyWhatItSignedAndNothingElse() {
    CheckpointSigner signer = new CheckpointSigner(CURRENT, List.of());
    byte[] signature = signer.sign("a".getBytes());

    assertThat(signer.verify(signer.keyId(), "a".getBytes(), signature)).isTrue();
    assertThat(signer.verify(signer.keyId(), "b".getBytes(), signature)).isFalse();
    assertThat(signer.verify("0000000000000000", "a".getBytes(), signature)).isFalse();
  }

  @Test
  void shouldStillTrustCheckpointsOfARetiredKey() {
    // Given a checkpoint signed before the key was rotated
    CheckpointSigner before = new CheckpointSigner(RETIRED, List.of());
    byte[] signature = before.sign("old note".getBytes());

    // When the new signer keeps the old public key / Then the old signature verifies
    CheckpointSigner after = new CheckpointSigner(CURRENT, List.of(RETIRED.getPublic()));
    assertThat(after.verify(before.keyId(), "old note".getBytes(), signature)).isTrue();
    assertThat(after.keyId()).isNotEqualTo(before.keyId());
  }

  private static byte[] filled(int value) {
    byte[] b = new byte[32];
    java.util.Arrays.fill(b, (byte) value);
    return b;
  }
}
