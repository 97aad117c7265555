package io.modelplane.runner.model;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where and as whom s3: URIs are fetched. Read from configuration, so the usual AWS_* environment
 * variables work (AWS_ENDPOINT_URL is the property aws.endpoint-url by MicroProfile Config's naming
 * rules) and so do system properties or a config file; absent credentials leave the SDK's default
 * chain (web identity, IRSA, instance roles) in charge.
 */
public record S3Settings(
    Optional<String> region,
    Optional<String> endpoint,
    Optional<String> accessKeyId,
    Optional<String> secretAccessKey,
    Optional<String> sessionToken) {

  /** Nothing configured: the SDK's defaults. */
  public static final S3Settings NONE =
      new S3Settings(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public static S3Settings from(Config config) {
    Optional<String> endpoint =
        value(config, "aws.endpoint-url-s3").or(() -> value(config, "aws.endpoint-url"));
    return new S3Settings(
        value(config, "aws.region"),
        endpoint,
        value(config, "aws.access-key-id"),
        value(config, "aws.secret-access-key"),
        value(config, "aws.session-token"));
  }

  /** Both halves of a key pair, or nothing: half a pair is a mistake worth failing on. */
  boolean hasStaticCredentials() {
    if (accessKeyId.isPresent() != secretAccessKey.isPresent()) {
      throw new ModelLoadException(
          "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together (only "
              + (accessKeyId.isPresent() ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY")
              + " is)");
    }
    return accessKeyId.isPresent();
  }

  /** Checked only when an s3: URI is fetched, so a stray variable cannot break other URIs. */
  Optional<URI> endpointUri() {
    return endpoint.map(S3Settings::parse);
  }

  private static URI parse(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException("AWS_ENDPOINT_URL '" + url + "' is not a URL", e);
    }
  }

  private static Optional<String> value(Config config, String name) {
    return config.getOptionalValue(name, String.class).filter(value -> !value.isBlank());
  }

  /** Never shows the secret or the session token, in case the settings end up in a log line. */
  @Override
  public String toString() {
    return "S3Settings[region="
        + region.orElse("-")
        + ", endpoint="
        + endpoint.orElse("-")
        + ", accessKeyId="
        + accessKeyId.orElse("-")
        + ", secretAccessKey="
        + secretAccessKey.map(s -> "***").orElse("-")
        + ", sessionToken="
        + sessionToken.map(s -> "***").orElse("-")
        + "]";
  }
}
