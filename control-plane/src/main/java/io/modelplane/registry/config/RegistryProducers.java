package io.modelplane.registry.config;

import io.modelplane.config.LocalSecrets;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.artifact.FileSystemArtifactStore;
import io.modelplane.registry.artifact.MasterKey;
import io.modelplane.registry.artifact.S3ArtifactStore;
import io.modelplane.registry.inspect.ArtifactInspector;
import io.modelplane.registry.inspect.DefaultArtifactInspector;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Wires the registry's artifact store and inspector from configuration. */
public class RegistryProducers {

  private static final Logger LOG = Logger.getLogger(RegistryProducers.class);

  @ConfigProperty(name = "modelplane.data-dir")
  Path dataDir;

  @ConfigProperty(name = "modelplane.artifacts.store")
  String kind;

  @ConfigProperty(name = "modelplane.artifacts.master-key")
  Optional<String> masterKey;

  @ConfigProperty(name = "modelplane.artifacts.s3.endpoint")
  Optional<URI> s3Endpoint;

  @ConfigProperty(name = "modelplane.artifacts.s3.bucket")
  Optional<String> s3Bucket;

  @ConfigProperty(name = "modelplane.artifacts.s3.prefix")
  Optional<String> s3Prefix;

  @ConfigProperty(name = "modelplane.artifacts.s3.region", defaultValue = "us-east-1")
  String s3Region;

  @ConfigProperty(name = "modelplane.artifacts.s3.access-key")
  Optional<String> s3AccessKey;

  @ConfigProperty(name = "modelplane.artifacts.s3.secret-key")
  Optional<String> s3SecretKey;

  @Produces
  @Singleton
  ArtifactStore artifactStore() throws IOException {
    MasterKey key = MasterKey.fromBase64(masterKey.orElseGet(this::localMasterKey));
    Path root = Files.createDirectories(dataDir.resolve("artifacts"));
    return switch (kind) {
      case "filesystem" -> new FileSystemArtifactStore(root, key);
      case "s3" ->
          new S3ArtifactStore(
              s3Client(),
              s3Bucket.orElseThrow(),
              s3Prefix.orElse(""),
              key,
              root.resolve("staging"));
      default ->
          throw new IllegalStateException(
              "modelplane.artifacts.store must be filesystem or s3, not " + kind);
    };
  }

  @Produces
  @Singleton
  ArtifactInspector inspector() {
    return new DefaultArtifactInspector();
  }

  private S3Client s3Client() {
    var builder =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(s3Region))
            .forcePathStyle(true)
            // many S3-compatible servers reject the SDK's default CRC32 checksum headers
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    s3Endpoint.ifPresent(builder::endpointOverride);
    if (s3AccessKey.isPresent() && s3SecretKey.isPresent()) {
      builder.credentialsProvider(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(s3AccessKey.get(), s3SecretKey.get())));
    }
    return builder.build();
  }

  /**
   * Without a configured master key (the embedded defaults), one is generated once and kept in the
   * data directory. Production sets MODELPLANE_ARTIFACTS_MASTER_KEY.
   */
  private String localMasterKey() {
    return LocalSecrets.readOrCreate(
        dataDir.resolve("master.key"), "modelplane.artifacts.master-key");
  }
}
