package io.modelplane.registry.artifact;

import static io.modelplane.registry.artifact.TestContent.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The contract against a real S3 API: s3proxy over jclouds' in-memory blob store. */
class S3ArtifactStoreTest extends ArtifactStoreContractTest {

  private static final String ACCESS_KEY = "modelplane-test";
  private static final String SECRET_KEY = "modelplane-test-secret";
  private static final String PREFIX = "registry/";
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private static BlobStoreContext blobStore;
  private static S3Proxy proxy;
  static S3Client s3;

  @TempDir Path staging;
  private final String bucket = "artifacts-" + BUCKETS.incrementAndGet();
  private boolean bucketCreated;

  @BeforeAll
  static void startS3() throws Exception {
    blobStore =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .build(BlobStoreContext.class);
    proxy =
        S3Proxy.builder()
            .blobStore(blobStore.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    s3 =
        S3Client.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort()))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            // s3proxy 2.4 answers 501 to the SDK's default CRC32 checksum headers
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
    proxy.stop();
    blobStore.close();
  }

  @Override
  ArtifactStore newStore(MasterKey key) throws IOException {
    return newStore(key, S3Upload.DEFAULT_MULTIPART_THRESHOLD, S3Upload.DEFAULT_PART_SIZE);
  }

  private ArtifactStore newStore(MasterKey key, long multipartThreshold, long partSize)
      throws IOException {
    if (!bucketCreated) {
      s3.createBucket(b -> b.bucket(bucket));
      bucketCreated = true;
    }
    return new S3ArtifactStore(s3, bucket, PREFIX, key, staging, multipartThreshold, partSize);
  }

  @Override
  List<String> blobs() {
    return keysUnder(PREFIX + "blobs/");
  }

  @Override
  List<String> stagingFiles() throws IOException {
    try (Stream<Path> files = Files.list(staging)) {
      return files.map(Path::toString).toList();
    }
  }

  @Override
  long keysets() {
    return keysUnder(PREFIX + "keys/").size();
  }

  @Override
  byte[] rawBlob(String tenant, String sha256) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key(blobKey(tenant, sha256))).asByteArray();
  }

  @Override
  void copyBlob(String fromTenant, String toTenant, String sha256) {
    s3.putObject(
        b -> b.bucket(bucket).key(blobKey(toTenant, sha256)),
        RequestBody.fromBytes(rawBlob(fromTenant, sha256)));
  }

  @Test
  void shouldStoreABlobAndItsWrappedKeysetUnderThePrefix() throws IOException {
    // Given
    byte[] content = TestContent.random(1000, 40);

    // When
    StoredArtifact stored = upload(store, TENANT, content);

    // Then
    assertThat(keysUnder(PREFIX))
        .containsExactlyInAnyOrder(
            PREFIX + "blobs/acme/" + stored.sha256(), PREFIX + "keys/acme.json");
  }

  @Test
  void shouldRoundTripAnArtifactUploadedInParts() throws IOException {
    // Given
    long partSize = 5L * 1024 * 1024;
    ArtifactStore multipart = newStore(masterKey, partSize + 1, partSize);
    byte[] content = TestContent.random(12 * 1024 * 1024 + 3, 41);

    // When
    StoredArtifact stored = upload(multipart, TENANT, content);

    // Then
    assertThat(readAll(store.open(TENANT, stored.sha256()))).isEqualTo(content);
    assertThat(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads()).isEmpty();
  }

  private String blobKey(String tenant, String sha256) {
    return PREFIX + "blobs/" + tenant + "/" + sha256;
  }

  private List<String> keysUnder(String prefix) {
    return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(S3Object::key)
        .toList();
  }
}
