package io.modelplane.modelcard.api;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number formats of model cards: {@code {mc:ms(x)}} milliseconds, {@code {mc:pct(r)}} rates. */
@TemplateExtension(namespace = "mc")
final class CardFormats {

  private CardFormats() {}

  static String ms(double millis) {
    return String.format(Locale.ROOT, "%.2f", millis);
  }

  static String pct(double rate) {
    return String.format(Locale.ROOT, "%.2f%%", rate * 100);
  }
}
