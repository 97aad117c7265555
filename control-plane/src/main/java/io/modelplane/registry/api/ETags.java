package io.modelplane.registry.api;

import io.modelplane.kernel.error.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/** Row versions as ETags, and If-Match headers back to row versions. */
final class ETags {

  private ETags() {}

  static EntityTag of(long rowVersion) {
    return new EntityTag(Long.toString(rowVersion));
  }

  static OptionalLong ifMatch(String header) {
    if (header == null || header.isBlank() || header.equals("*")) {
      return OptionalLong.empty();
    }
    String tag = header.trim().replaceFirst("^W/", "").replace("\"", "");
    try {
      return OptionalLong.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "is not an ETag this API returned");
    }
  }
}
