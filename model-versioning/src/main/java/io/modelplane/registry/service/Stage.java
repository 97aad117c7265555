package io.modelplane.registry.service;

import java.util.Locale;
import java.util.Optional;

/** The lifecycle of a version: none → staging → production → archived. */
public enum Stage {
  NONE,
  STAGING,
  PRODUCTION,
  ARCHIVED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Stage> fromId(String id) {
    for (Stage s : values()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
