package io.modelplane.registry.artifact;

import static io.modelplane.registry.artifact.TestContent.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemArtifactStoreTest extends ArtifactStoreContractTest {

  @TempDir Path root;

  @Override
  ArtifactStore newStore(MasterKey key) throws IOException {
    return new FileSystemArtifactStore(root, key);
  }

  @Override
  List<String> blobs() throws IOException {
    return files(root.resolve("blobs"));
  }

  @Override
  List<String> stagingFiles() throws IOException {
    return files(root.resolve("staging"));
  }

  @Override
  long keysets() throws IOException {
    return files(root.resolve("keys")).size();
  }

  @Override
  byte[] rawBlob(String tenant, String sha256) throws IOException {
    return Files.readAllBytes(blobPath(tenant, sha256));
  }

  @Override
  void copyBlob(String fromTenant, String toTenant, String sha256) throws IOException {
    Path target = blobPath(toTenant, sha256);
    Files.createDirectories(target.getParent());
    Files.copy(blobPath(fromTenant, sha256), target);
  }

  @Test
  void shouldStoreABlobUnderItsTenantAndDigestPrefix() throws IOException {
    // Given
    byte[] content = TestContent.random(1000, 20);

    // When
    StoredArtifact stored = upload(store, TENANT, content);

    // Then
    String sha = stored.sha256();
    assertThat(root.resolve("blobs/acme/" + sha.substring(0, 2) + "/" + sha)).isRegularFile();
    assertThat(root.resolve("keys/acme.json")).isRegularFile();
  }

  @Test
  void shouldAgreeOnOneKeysetWhenSeparateStoresRaceOnAFreshTenant() throws Exception {
    // Given
    int replicas = 6;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<StoredArtifact>> tasks = new ArrayList<>();
    for (int i = 0; i < replicas; i++) {
      ArtifactStore replica = newStore(masterKey);
      byte[] content = TestContent.random(50_000, 30 + i);
      tasks.add(
          () -> {
            start.await();
            return upload(replica, OTHER_TENANT, content);
          });
    }

    // When
    List<StoredArtifact> stored = Together.run(tasks, start);

    // Then
    ArtifactStore restarted = newStore(masterKey);
    for (int i = 0; i < replicas; i++) {
      assertThat(readAll(restarted.open(OTHER_TENANT, stored.get(i).sha256())))
          .isEqualTo(TestContent.random(50_000, 30 + i));
    }
    assertThat(keysets()).isEqualTo(1);
  }

  @Test
  void shouldFailToReadATamperedBlob() throws IOException {
    // Given
    StoredArtifact stored = upload(store, TENANT, TestContent.random(10_000, 21));
    Path blob = blobPath(TENANT, stored.sha256());
    byte[] raw = Files.readAllBytes(blob);
    raw[raw.length / 2] ^= 1;
    Files.write(blob, raw);

    // When / Then
    assertThatThrownBy(() -> readAll(store.open(TENANT, stored.sha256())))
        .isInstanceOf(IOException.class);
  }

  @Test
  void shouldKeepTheFirstKeysetWhenASecondIsCreatedForTheSameTenant() throws IOException {
    // Given
    KeyFiles keys = new KeyFiles(root.resolve("keys"));
    keys.createIfAbsent(TENANT, "first");

    // When
    String stored = keys.createIfAbsent(TENANT, "second");

    // Then
    assertThat(stored).isEqualTo("first");
    assertThat(keysets()).isEqualTo(1);
  }

  private Path blobPath(String tenant, String sha256) {
    return root.resolve("blobs").resolve(tenant).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private static List<String> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
    }
  }
}
