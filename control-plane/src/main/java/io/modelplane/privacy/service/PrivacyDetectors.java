package io.modelplane.privacy.service;

import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.privacy.scan.DetectorSet;
import io.modelplane.privacy.scan.EntityType;
import io.modelplane.privacy.scan.IdChecks;
import io.modelplane.privacy.scan.NationalIdPattern;
import io.modelplane.privacy.scan.Severity;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detectors this deployment runs: the built-ins plus the configured national identifiers, built
 * at start so a bad pattern stops the application with its name instead of failing scans.
 */
@ApplicationScoped
@Startup
public class PrivacyDetectors {

  @Inject PrivacyConfig config;

  private DetectorSet all;

  @PostConstruct
  void build() {
    Map<String, NationalIdPattern> patterns = new LinkedHashMap<>();
    for (NationalIdPattern shipped :
        List.of(NationalIdPattern.US_SSN, NationalIdPattern.DE_TAX_ID, NationalIdPattern.UK_NINO)) {
      patterns.put(shipped.id(), shipped);
    }
    config
        .patterns()
        .forEach(
            (id, p) -> {
              if (!p.enabled()) {
                patterns.remove(id);
                return;
              }
              NationalIdPattern base = patterns.get(id);
              String regex = p.regex().orElse(base == null ? null : base.regex());
              if (regex == null) {
                throw new IllegalArgumentException(
                    "modelplane.privacy.patterns." + id + ".regex is required");
              }
              patterns.put(
                  id,
                  new NationalIdPattern(
                      id,
                      regex,
                      p.severity()
                          .map(Severity::fromId)
                          .orElse(base == null ? Severity.HIGH : base.severity()),
                      p.check().orElse(base == null ? IdChecks.NONE : base.check()),
                      p.minDigits().orElse(base == null ? 0 : base.minDigits())));
            });
    all = DetectorSet.standard(patterns.values());
  }

  public DetectorSet all() {
    return all;
  }

  public List<EntityType> types() {
    return all.types();
  }

  /**
   * The detectors of the named types, all when none are named.
   *
   * @throws InvalidInputException naming {@code field[i]} for every unknown type
   */
  public DetectorSet select(List<String> ids, String field) {
    if (ids == null || ids.isEmpty()) {
      return all;
    }
    List<FieldError> errors = new ArrayList<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null || all.type(id).isEmpty()) {
        errors.add(new FieldError(field + "[" + i + "]", "unknown entity type '" + id + "'"));
      } else {
        wanted.add(id);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          errors.getFirst().field()
              + ": "
              + errors.getFirst().message()
              + " (known: "
              + String.join(", ", all.types().stream().map(EntityType::id).toList())
              + ")",
          errors);
    }
    return all.only(wanted);
  }
}
