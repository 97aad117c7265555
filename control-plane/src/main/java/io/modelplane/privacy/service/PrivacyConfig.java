package io.modelplane.privacy.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code modelplane.privacy.*}: scan limits, the hashing secret, defaults for tenants that set no
 * policy, and national identifier patterns ({@code patterns.<id>.regex|check|severity|min-digits|
 * enabled}; the shipped {@code us_ssn}, {@code de_tax_id} and {@code uk_nino} can be changed or
 * disabled the same way).
 */
@ConfigMapping(prefix = "modelplane.privacy")
public interface PrivacyConfig {

  /** Base64 of at least 32 random bytes; unset = generated once in the data directory. */
  Optional<String> hashKey();

  /** The largest file a scan accepts (uploads are refused with 413 beyond it). */
  @WithDefault("256M")
  MemorySize maxUpload();

  /** Masked examples kept per finding when a request does not say. */
  @WithDefault("5")
  int maxExamples();

  /** Scans running at once on this replica; more wait in line. */
  @WithDefault("2")
  int workers();

  /** A pending or running scan not touched by its replica for this long is marked failed. */
  @WithDefault("2m")
  Duration staleAfter();

  /** How often the leader starts due scheduled scans and fails stale scans. */
  @WithDefault("1m")
  Duration tick();

  /** How often the leader purges data past each tenant's retention. */
  @WithDefault("1h")
  Duration purgeEvery();

  Defaults defaults();

  Map<String, PatternConfig> patterns();

  /** The policy of a tenant that has not set one. */
  interface Defaults {
    @WithDefault("mask")
    String redaction();

    /** Days payload samples are kept; 0 keeps them until erased. */
    @WithDefault("30")
    int retentionDays();
  }

  /** A national identifier pattern; unset fields of a shipped pattern keep its values. */
  interface PatternConfig {
    Optional<String> regex();

    Optional<String> check();

    Optional<String> severity();

    Optional<Integer> minDigits();

    @WithDefault("true")
    boolean enabled();
  }
}
