package io.modelplane.bench.audit;

import io.modelplane.audit.checkpoint.CheckpointNote;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.checkpoint.Ed25519Keys;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signing and checking one checkpoint note with the JDK's Ed25519: what verification pays per
 * checkpoint, and so how many checkpoints a log can carry before their signatures, not the events,
 * dominate the time to verify it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckpointSignatureBench {

  private CheckpointSigner signer;
  private byte[] note;
  private byte[] signature;

  @Setup
  public void setUp() {
    signer = new CheckpointSigner(Ed25519Keys.fromSeed(new byte[32]), List.of());
    note = new CheckpointNote("modelplane/audit/acme", 1_000_000, new byte[32], 0).bytes();
    signature = signer.sign(note);
  }

  @Benchmark
  public byte[] sign() {
    return signer.sign(note);
  }

  @Benchmark
  public boolean verify() {
    return signer.verify(signer.keyId(), note, signature);
  }
}
