package io.modelplane.registry.artifact;

import static io.modelplane.registry.artifact.TestContent.readAll;
import static io.modelplane.registry.artifact.TestContent.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ArtifactStore} promises, run once per implementation. Subclasses give a store
 * over fresh, empty storage and a raw view of that storage.
 */
abstract class ArtifactStoreContractTest {

  static final String TENANT = "acme";
  static final String OTHER_TENANT = "globex";

  final String masterKeyBase64 = MasterKey.generate();
  final MasterKey masterKey = MasterKey.fromBase64(masterKeyBase64);
  ArtifactStore store;

  /** A store over this test's storage; a second call simulates a restart or another replica. */
  abstract ArtifactStore newStore(MasterKey key) throws IOException;

  /** Every stored blob object or file, including any temporary ones, by name. */
  abstract List<String> blobs() throws IOException;

  /** Every file in the staging directory. */
  abstract List<String> stagingFiles() throws IOException;

  /** How many wrapped tenant keysets are stored. */
  abstract long keysets() throws IOException;

  /** The stored (encrypted) bytes of a blob. */
  abstract byte[] rawBlob(String tenant, String sha256) throws IOException;

  /** Places a copy of one tenant's blob where another tenant's blob with that digest would be. */
  abstract void copyBlob(String fromTenant, String toTenant, String sha256) throws IOException;

  @BeforeEach
  void openStore() throws IOException {
    store = newStore(masterKey);
  }

  StoredArtifact upload(ArtifactStore target, String tenant, byte[] content) throws IOException {
    try (StagedArtifact staged =
        target.stage(tenant, new ByteArrayInputStream(content), Optional.empty())) {
      return target.commit(staged);
    }
  }

  @Test
  void shouldReturnTheSameBytesWhenARandomArtifactIsStoredAndOpened() throws IOException {
    // Given
    byte[] content = TestContent.random(5 * 1024 * 1024 + 17, 1);
    StoredArtifact stored = upload(store, TENANT, content);

    // When
    byte[] read = readAll(store.open(TENANT, stored.sha256()));

    // Then
    assertThat(read).isEqualTo(content);
    assertThat(stored.size()).isEqualTo(content.length);
    assertThat(stored.sha256()).isEqualTo(sha256(content));
  }

  @Test
  void shouldReturnNoBytesWhenAnEmptyArtifactIsStoredAndOpened() throws IOException {
    // Given
    StoredArtifact stored = upload(store, TENANT, new byte[0]);

    // When
    byte[] read = readAll(store.open(TENANT, stored.sha256()));

    // Then
    assertThat(read).isEmpty();
    assertThat(stored.sha256()).isEqualTo(sha256(new byte[0]));
  }

  @Test
  void shouldStageWhenTheDeclaredDigestMatches() throws IOException {
    // Given
    byte[] content = TestContent.random(4096, 2);

    // When
    try (StagedArtifact staged =
        store.stage(TENANT, new ByteArrayInputStream(content), Optional.of(sha256(content)))) {

      // Then
      assertThat(staged.sha256()).isEqualTo(sha256(content));
      assertThat(staged.size()).isEqualTo(content.length);
    }
  }

  @Test
  void shouldRejectAndLeaveNothingWhenTheDeclaredDigestDiffers() throws IOException {
    // Given
    byte[] content = TestContent.random(4096, 3);
    String declared = sha256(new byte[] {1, 2, 3});

    // When / Then
    assertThatThrownBy(
            () -> store.stage(TENANT, new ByteArrayInputStream(content), Optional.of(declared)))
        .isInstanceOfSatisfying(
            DigestMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(declared);
              assertThat(e.actual()).isEqualTo(sha256(content));
            });
    assertThat(stagingFiles()).isEmpty();
    assertThat(blobs()).isEmpty();
  }

  @Test
  void shouldNotKeepThePlaintextWhenAnArtifactIsStored() throws IOException {
    // Given
    byte[] content = TestContent.marked(10_000);

    // When
    StoredArtifact stored = upload(store, TENANT, content);

    // Then
    byte[] raw = rawBlob(TENANT, stored.sha256());
    assertThat(raw).isNotEqualTo(content);
    assertThat(TestContent.contains(raw, TestContent.MARKER)).isFalse();
    assertThat(TestContent.contains(content, TestContent.MARKER)).isTrue();
  }

  @Test
  void shouldFailToReadABlobCopiedIntoAnotherTenant() throws IOException {
    // Given
    upload(store, OTHER_TENANT, TestContent.random(100, 4));
    StoredArtifact stored = upload(store, TENANT, TestContent.random(64 * 1024, 5));
    copyBlob(TENANT, OTHER_TENANT, stored.sha256());

    // When / Then
    assertThatThrownBy(() -> readAll(store.open(OTHER_TENANT, stored.sha256())))
        .isInstanceOf(IOException.class);
  }

  @Test
  void shouldKeepOneBlobWhenTheSameBytesAreCommittedTwice() throws IOException {
    // Given
    byte[] content = TestContent.random(256 * 1024, 6);
    StoredArtifact first = upload(store, TENANT, content);

    // When
    StoredArtifact second = upload(store, TENANT, content);

    // Then
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(blobs()).hasSize(1);
  }

  @Test
  void shouldLeaveNothingWhenTheUploadFailsMidway() throws IOException {
    // Given
    InputStream dropped = new TestContent.FailingMidway(3 * 1024 * 1024);

    // When / Then
    assertThatThrownBy(() -> store.stage(TENANT, dropped, Optional.empty()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("connection reset by test");
    assertThat(noFiles()).isTrue();
  }

  @Test
  void shouldLeaveNothingWhenAStagedArtifactIsClosedWithoutCommit() throws IOException {
    // Given
    StagedArtifact staged =
        store.stage(
            TENANT, new ByteArrayInputStream(TestContent.random(1024, 7)), Optional.empty());

    // When
    staged.close();

    // Then
    assertThat(noFiles()).isTrue();
    assertThat(store.exists(TENANT, staged.sha256())).isFalse();
  }

  @Test
  void shouldLeaveNoBlobWhenACommitFails() throws IOException {
    // Given
    StagedArtifact staged =
        store.stage(
            TENANT, new ByteArrayInputStream(TestContent.random(1024, 8)), Optional.empty());
    staged.close();

    // When / Then
    assertThatThrownBy(() -> store.commit(staged)).isInstanceOf(IOException.class);
    assertThat(noFiles()).isTrue();
  }

  @Test
  void shouldDecryptEveryBlobWhenAFreshTenantsFirstUploadsRace() throws Exception {
    // Given
    int uploads = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<StoredArtifact>> tasks = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      byte[] content = TestContent.random(200_000 + i, 100 + i);
      tasks.add(
          () -> {
            start.await();
            return upload(store, TENANT, content);
          });
    }

    // When
    List<StoredArtifact> stored = Together.run(tasks, start);

    // Then
    ArtifactStore restarted = newStore(masterKey);
    for (int i = 0; i < uploads; i++) {
      byte[] expected = TestContent.random(200_000 + i, 100 + i);
      assertThat(readAll(restarted.open(TENANT, stored.get(i).sha256()))).isEqualTo(expected);
    }
    assertThat(keysets()).isEqualTo(1);
  }

  @Test
  void shouldFailClearlyWhenOpenedWithAnotherMasterKey() throws IOException {
    // Given
    StoredArtifact stored = upload(store, TENANT, TestContent.random(1024, 9));
    ArtifactStore otherKey = newStore(MasterKey.fromBase64(MasterKey.generate()));

    // When / Then
    assertThatThrownBy(() -> readAll(otherKey.open(TENANT, stored.sha256())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("wrong master key");
  }

  @Test
  void shouldReadBlobsAfterARestartWithTheSameMasterKey() throws IOException {
    // Given
    byte[] content = TestContent.random(300_000, 10);
    StoredArtifact stored = upload(store, TENANT, content);
    ArtifactStore restarted = newStore(MasterKey.fromBase64(masterKeyBase64));

    // When
    byte[] read = readAll(restarted.open(TENANT, stored.sha256()));

    // Then
    assertThat(read).isEqualTo(content);
  }

  @Test
  void shouldRoundTripALargeStreamedUpload() throws IOException {
    // Given
    long size = 64L * 1024 * 1024;
    String expected = sha256(new TestContent.Generated(size, 11));
    StoredArtifact stored;
    try (StagedArtifact staged =
        store.stage(TENANT, new TestContent.Generated(size, 11), Optional.of(expected))) {
      stored = store.commit(staged);
    }

    // When
    String read = sha256(store.open(TENANT, stored.sha256()));

    // Then
    assertThat(read).isEqualTo(expected);
    assertThat(stored.size()).isEqualTo(size);
  }

  @Test
  void shouldReportWhetherAnArtifactExists() throws IOException {
    // Given
    StoredArtifact stored = upload(store, TENANT, TestContent.random(10, 12));

    // When
    boolean inOwnTenant = store.exists(TENANT, stored.sha256());

    // Then
    assertThat(inOwnTenant).isTrue();
    assertThat(store.exists(OTHER_TENANT, stored.sha256())).isFalse();
  }

  @Test
  void shouldThrowFileNotFoundWhenOpeningAnUnknownDigest() {
    // Given
    String unknown = sha256(new byte[] {42});

    // When / Then
    assertThatThrownBy(() -> store.open(TENANT, unknown)).isInstanceOf(FileNotFoundException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "Acme",
        "a",
        "acme/../globex",
        "acme-",
        "",
        "a234567890123456789012345678901234"
      })
  void shouldRejectAnInvalidTenantWhenStaging(String tenant) {
    // Given
    InputStream content = new ByteArrayInputStream(new byte[] {1});

    // When / Then
    assertThatThrownBy(() -> store.stage(tenant, content, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "Acme"})
  void shouldRejectAnInvalidTenantWhenOpening(String tenant) {
    // Given
    String sha = sha256(new byte[] {1});

    // When / Then
    assertThatThrownBy(() -> store.open(tenant, sha)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("invalidDigests")
  void shouldRejectAnInvalidDigestWhenOpening(String sha) {
    // Given
    String tenant = TENANT;

    // When / Then
    assertThatThrownBy(() -> store.open(tenant, sha)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("invalidDigests")
  void shouldRejectAnInvalidDigestWhenCheckingExistence(String sha) {
    // Given
    String tenant = TENANT;

    // When / Then
    assertThatThrownBy(() -> store.exists(tenant, sha))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("invalidDigests")
  void shouldRejectAnInvalidDeclaredDigestWhenStaging(String sha) {
    // Given
    InputStream content = new ByteArrayInputStream(new byte[0]);

    // When / Then
    assertThatThrownBy(() -> store.stage(TENANT, content, Optional.of(sha)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<String> invalidDigests() {
    String valid = sha256(new byte[0]);
    return Stream.of(
        "../../keys/acme.json", valid.toUpperCase(), valid.substring(1), valid + "0", "");
  }

  private boolean noFiles() throws IOException {
    return stagingFiles().isEmpty() && blobs().isEmpty();
  }
}
