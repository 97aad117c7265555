package io.modelplane.modelcard.api;

import io.modelplane.kernel.error.InvalidInputException;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** The renderings of a model card, chosen with {@code ?format=}. */
public enum CardFormat {
  HTML(MediaType.TEXT_HTML + ";charset=utf-8", "html"),
  PDF("application/pdf", "pdf"),
  JSON(MediaType.APPLICATION_JSON, "json");

  final String mediaType;
  final String extension;

  CardFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** {@code html} when absent; anything but html, pdf or json is a 400 naming {@code format}. */
  static CardFormat parse(String format) {
    if (format == null || format.isBlank()) {
      return HTML;
    }
    try {
      return valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("format", "must be html, pdf or json");
    }
  }
}
