package io.modelplane.runner.support;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A real S3 API in this JVM: s3proxy over jclouds' in-memory blob store, with V4 signatures. */
public final class S3Server implements AutoCloseable {

  public static final String ACCESS_KEY = "runner-test";
  public static final String SECRET_KEY = "runner-test-secret";

  private final BlobStoreContext blobStore;
  private final S3Proxy proxy;
  private final S3Client client;

  private S3Server(BlobStoreContext blobStore, S3Proxy proxy, S3Client client) {
    this.blobStore = blobStore;
    this.proxy = proxy;
    this.client = client;
  }

  public static S3Server start() throws Exception {
    BlobStoreContext blobStore =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .build(BlobStoreContext.class);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobStore.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    S3Client client =
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
    return new S3Server(blobStore, proxy, client);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  public void put(String bucket, String key, Path file) {
    if (!client.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket))) {
      client.createBucket(b -> b.bucket(bucket));
    }
    client.putObject(b -> b.bucket(bucket).key(key), file);
  }

  @Override
  public void close() throws Exception {
    client.close();
    proxy.stop();
    blobStore.close();
  }
}
