package io.modelplane.bench.registry;

import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.artifact.FileSystemArtifactStore;
import io.modelplane.registry.artifact.MasterKey;
import io.modelplane.registry.artifact.StagedArtifact;
import io.modelplane.registry.artifact.StoredArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Artifact upload (stage: stream + SHA-256; commit: encrypt + fsync + rename) of one file against
 * plain {@code Files.copy} of the same file on the same disk. Each operation moves {@code sizeMb}
 * MiB, so MiB/s = ops/s × sizeMb. The output of every operation is deleted afterwards, otherwise
 * content addressing would turn later commits into no-ops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
public class ArtifactUploadBench {

  private static final String TENANT = "bench";

  /** On the disk under test: the working directory's, not a tmpfs that would hide fsync. */
  @Param("target/bench-artifacts")
  public String dir;

  @Param("64")
  public int sizeMb;

  private Path work;
  private Path source;
  private Path copy;
  private Path root;
  private ArtifactStore store;
  private String sha256;

  @Setup(Level.Trial)
  public void createSource() throws IOException {
    work = Files.createDirectories(Path.of(dir)).resolve("run-" + ProcessHandle.current().pid());
    Files.createDirectories(work);
    source = work.resolve("source.bin");
    copy = work.resolve("copy.bin");
    root = work.resolve("store");
    writeRandom(source, (long) sizeMb << 20);
    store = new FileSystemArtifactStore(root, MasterKey.fromBase64(MasterKey.generate()));
    sha256 = upload().sha256();
    removeOutputs();
  }

  @Benchmark
  public StoredArtifact artifactUpload() throws IOException {
    return upload();
  }

  @Benchmark
  public Path filesCopy() throws IOException {
    return Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The baseline with the durability the store pays for: the copy is on disk when it returns. */
  @Benchmark
  public Path filesCopyAndFsync() throws IOException {
    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return copy;
  }

  /** The first half of an upload alone (stream to staging while hashing), to locate the cost. */
  @Benchmark
  public String stageOnly() throws IOException {
    try (InputStream in = Files.newInputStream(source);
        StagedArtifact staged = store.stage(TENANT, in, Optional.empty())) {
      return staged.sha256();
    }
  }

  @TearDown(Level.Invocation)
  public void removeOutputs() throws IOException {
    Files.deleteIfExists(copy);
    Path blob = root.resolve("blobs").resolve(TENANT).resolve(sha256.substring(0, 2));
    Files.deleteIfExists(blob.resolve(sha256));
  }

  @TearDown(Level.Trial)
  public void removeWork() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private StoredArtifact upload() throws IOException {
    try (InputStream in = Files.newInputStream(source);
        StagedArtifact staged = store.stage(TENANT, in, Optional.empty())) {
      return store.commit(staged);
    }
  }

  private static void writeRandom(Path file, long size) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
    }
  }
}
