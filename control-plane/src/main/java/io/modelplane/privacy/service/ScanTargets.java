package io.modelplane.privacy.service;

import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.service.Durations;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.privacy.persistence.ScanSchedule;
import io.modelplane.privacy.persistence.ScanTarget;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import io.modelplane.registry.service.BaselineService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks what a scan is asked to read before it is accepted: the type is known, the named model,
 * version, baseline or deployment exists (422 otherwise), and a payload window is resolved to fixed
 * instants.
 */
@ApplicationScoped
public class ScanTargets {

  /** The smallest interval of a scheduled scan. */
  static final Duration MIN_EVERY = Duration.ofMinutes(5);

  @Inject RegistryRepository registry;
  @Inject BaselineService baselines;
  @Inject DeploymentRepository deployments;
  @Inject Clock clock;

  /** A target as a request names it; {@code window} is a duration back from now. */
  public record Spec(
      String type,
      String model,
      Integer version,
      String deployment,
      Instant from,
      Instant to,
      String window) {}

  public ScanTarget resolve(String tenant, Spec spec, String field) {
    if (spec == null || spec.type() == null) {
      throw new InvalidInputException(
          field + ".type", "is required: baseline, payloads or metadata");
    }
    return QuarkusTransaction.joiningExisting()
        .call(
            () ->
                switch (spec.type()) {
                  case ScanTarget.BASELINE -> baseline(tenant, spec, field);
                  case ScanTarget.PAYLOADS -> payloads(tenant, spec, field);
                  case ScanTarget.METADATA -> metadata(tenant, spec, field);
                  case ScanTarget.FILE ->
                      throw new InvalidInputException(
                          field + ".type",
                          "files are scanned by sending them as the request body (CSV, JSON lines"
                              + " or text) or as the multipart part 'file'");
                  default ->
                      throw new InvalidInputException(
                          field + ".type", "must be baseline, payloads or metadata");
                });
  }

  /**
   * A schedule's interval and target, checked like a request; payload windows follow the interval.
   */
  public ScanSchedule checkSchedule(String tenant, ScanSchedule schedule) {
    Duration every = every(schedule.every());
    ScanTarget t = schedule.target();
    if (t == null) {
      throw new InvalidInputException("scanSchedule.target", "is required");
    }
    Spec spec = new Spec(t.type(), t.model(), t.version(), t.deployment(), null, null, null);
    ScanTarget checked = resolve(tenant, spec, "scanSchedule.target");
    ScanTarget stored =
        ScanTarget.PAYLOADS.equals(checked.type())
            ? ScanTarget.payloads(checked.deployment(), null, null)
            : checked;
    return new ScanSchedule(every.toString(), stored, schedule.entities());
  }

  static Duration every(String text) {
    Duration every;
    try {
      every = Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("scanSchedule.every", e.getMessage());
    }
    if (every.compareTo(MIN_EVERY) < 0) {
      throw new InvalidInputException("scanSchedule.every", "must be at least 5m");
    }
    return every;
  }

  private ScanTarget baseline(String tenant, Spec spec, String field) {
    String model = required(spec.model(), field + ".model");
    if (spec.version() == null) {
      throw new InvalidInputException(field + ".version", "is required for a baseline");
    }
    try {
      baselines.get(tenant, model, spec.version());
    } catch (NotFoundException e) {
      throw new UnprocessableException(field, e.getMessage());
    }
    return ScanTarget.baseline(model, spec.version());
  }

  private ScanTarget payloads(String tenant, Spec spec, String field) {
    String deployment = required(spec.deployment(), field + ".deployment");
    if (deployments.find(tenant, deployment).isEmpty()) {
      throw new UnprocessableException(
          field + ".deployment", "deployment '" + deployment + "' does not exist");
    }
    Instant now = clock.instant();
    Instant to = spec.to() != null ? spec.to() : now;
    Instant from = spec.from();
    if (spec.window() != null) {
      if (spec.from() != null) {
        throw new InvalidInputException(field + ".window", "give either window or from, not both");
      }
      try {
        from = to.minus(Durations.parse(spec.window()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(field + ".window", e.getMessage());
      }
    }
    if (from != null && !from.isBefore(to)) {
      throw new InvalidInputException(field + ".from", "must be before to");
    }
    return ScanTarget.payloads(deployment, from == null ? Instant.EPOCH : from, to);
  }

  private ScanTarget metadata(String tenant, Spec spec, String field) {
    if (spec.model() == null) {
      if (spec.version() != null) {
        throw new InvalidInputException(field + ".model", "is required with a version");
      }
      return ScanTarget.metadata(null, null);
    }
    RegisteredModel model =
        registry
            .findModel(tenant, spec.model())
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        field + ".model", "model '" + spec.model() + "' does not exist"));
    if (spec.version() != null && registry.findVersion(model, spec.version()).isEmpty()) {
      throw new UnprocessableException(
          field + ".version",
          "version " + spec.version() + " of '" + model.name + "' does not exist");
    }
    return ScanTarget.metadata(model.name, spec.version());
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }
}
