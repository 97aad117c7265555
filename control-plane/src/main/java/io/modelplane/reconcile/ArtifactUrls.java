package io.modelplane.reconcile;

import io.modelplane.config.LocalSecrets;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signed artifact URLs for runners. A runner has no user token; it fetches its artifact from the
 * control plane (which decrypts it) with a URL whose HMAC names exactly one tenant's one blob. The
 * URL is deterministic, so re-applying a runner set never changes its pods; rotating the key
 * ({@code modelplane.runner.url-signing-key}) revokes every URL.
 */
@ApplicationScoped
public class ArtifactUrls {

  public static final String PATH = "/internal/v1/artifacts/";

  @ConfigProperty(name = "modelplane.runner.url-signing-key")
  Optional<String> configuredKey;

  @ConfigProperty(name = "modelplane.runner.artifact-base-url")
  Optional<String> baseUrl;

  @ConfigProperty(name = "modelplane.data-dir")
  Path dataDir;

  @Inject Config config;

  private volatile byte[] key;

  /** How the reconciler asks for a runner's artifact URL. */
  @FunctionalInterface
  public interface UrlFor {
    String urlFor(String tenant, String sha256, String engine);
  }

  /**
   * The URL ends in a file name with the engine's extension ({@code model.json} for XGBoost, …):
   * the runner recognises a single model file by its name, archives by their content.
   */
  public String urlFor(String tenant, String sha256, String engine) {
    return base()
        + PATH
        + sha256
        + "/"
        + fileName(engine)
        + "?tenant="
        + tenant
        + "&signature="
        + sign(tenant, sha256);
  }

  static String fileName(String engine) {
    return switch (engine) {
      case "xgboost" -> "model.json";
      case "pytorch" -> "model.pt";
      default -> "model.onnx";
    };
  }

  public boolean verify(String tenant, String sha256, String signature) {
    if (tenant == null || sha256 == null || signature == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(tenant, sha256).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  String sign(String tenant, String sha256) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((tenant + "/" + sha256).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String base() {
    if (baseUrl.isPresent()) {
      return baseUrl.get().replaceFirst("/$", "");
    }
    String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("127.0.0.1");
    String portKey =
        LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
    int port = config.getOptionalValue(portKey, Integer.class).orElse(8080);
    return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port;
  }

  private byte[] key() {
    if (key == null) {
      synchronized (this) {
        if (key == null) {
          key = Base64.getDecoder().decode(configuredKey.orElseGet(this::localKey));
        }
      }
    }
    return key;
  }

  /** The embedded default: a key generated once in the data directory. */
  private String localKey() {
    return LocalSecrets.readOrCreate(
        dataDir.resolve("url-signing.key"), "modelplane.runner.url-signing-key");
  }
}
