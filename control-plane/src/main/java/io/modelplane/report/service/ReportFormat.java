package io.modelplane.report.service;

import io.modelplane.kernel.error.InvalidInputException;
import java.util.Locale;

/** The formats a report comes in: JSON and CSV for machines, PDF for people. */
public enum ReportFormat {
  JSON("application/json", "json"),
  CSV("text/csv; charset=utf-8", "csv"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public String id() {
    return extension;
  }

  /** The format named {@code value} (case-insensitive); 400 naming {@code field} otherwise. */
  public static ReportFormat parse(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required: json, csv or pdf");
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be json, csv or pdf");
    }
  }
}
