package io.modelplane.web;

import io.modelplane.kernel.error.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/** Row versions as ETags, and If-Match headers back to row versions. */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long rowVersion) {
    return new EntityTag(Long.toString(rowVersion));
  }

  public static OptionalLong ifMatch(String header) {
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
