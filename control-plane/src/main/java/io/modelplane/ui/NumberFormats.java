package io.modelplane.ui;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** How pages print measured numbers: {@code {value.fmt}} (two decimals), {@code {rate.pct}}. */
@TemplateExtension
final class NumberFormats {

  private NumberFormats() {}

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String pct(double rate) {
    return String.format(Locale.ROOT, "%.2f%%", rate * 100);
  }
}
