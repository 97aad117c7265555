package io.modelplane.privacy.scan;

import java.util.regex.Pattern;

/**
 * Finds one entity type: candidates by a regular expression (group {@code group} is the entity),
 * confirmed by a {@link Validator}, skipped entirely when its {@link Prefilter} rules the text out.
 */
public record Detector(
    EntityType type, Pattern pattern, int group, Prefilter prefilter, Validator validator) {

  public static Detector of(
      EntityType type, String regex, Prefilter prefilter, Validator validator) {
    return new Detector(type, Pattern.compile(regex), 0, prefilter, validator);
  }
}
