package io.modelplane.privacy.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelplane.privacy.redact.JsonRedactor;
import io.modelplane.privacy.redact.RedactionMode;
import io.modelplane.privacy.redact.TextRedactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;

/**
 * Redacts sampled payloads by the tenant's policy before they are stored. Used by the payload
 * sampler's background writer, never on the request path.
 */
@ApplicationScoped
public class SampleRedaction {

  @Inject PrivacySettingsService settings;
  @Inject PrivacyDetectors detectors;
  @Inject PrivacyKeys keys;

  /**
   * What to apply to one batch of the tenant's samples (the policy is read once per batch, inside
   * the caller's transaction as the tenant).
   */
  public UnaryOperator<JsonNode> forTenant(String tenant) {
    RedactionMode mode = settings.redaction(tenant);
    if (mode == RedactionMode.OFF) {
      return UnaryOperator.identity();
    }
    TextRedactor text =
        new TextRedactor(
            detectors.all(), mode, mode == RedactionMode.HASH ? keys.hasher(tenant) : null);
    return new JsonRedactor(text)::redact;
  }
}
