package io.modelplane.error;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A refused form of the admin UI goes back to the page it was sent from, with the reason in the
 * {@code error} query parameter for the layout to show: a browser (and a boosted htmx request,
 * which does not swap 4xx answers) would otherwise show raw JSON or nothing. htmx partial requests
 * keep their problem answer. Only the referring page's path is used, so this never redirects
 * off-site.
 */
final class FormFailures {

  static final String PARAM = "error";
  private static final int MAX_MESSAGE = 500;

  private FormFailures() {}

  /**
   * Where to send the browser back to, or empty when the problem answer should stand.
   *
   * @param htmxPartial an htmx request that is not a boosted link or form (it swaps a fragment)
   */
  static Optional<URI> backTo(
      String method, String path, String referer, boolean htmxPartial, String message) {
    if (!"POST".equals(method) || path == null || !path.startsWith("/ui/") || htmxPartial) {
      return Optional.empty();
    }
    return pageOf(referer).map(page -> withMessage(page, message));
  }

  private static Optional<URI> pageOf(String referer) {
    if (referer == null) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(referer);
      String path = uri.getRawPath();
      boolean uiPage = path != null && (path.equals("/ui") || path.startsWith("/ui/"));
      return uiPage ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static URI withMessage(URI page, String message) {
    String text = message == null || message.isBlank() ? "the request was refused" : message;
    if (text.length() > MAX_MESSAGE) {
      text = text.substring(0, MAX_MESSAGE) + "…";
    }
    String kept =
        page.getRawQuery() == null
            ? ""
            : Arrays.stream(page.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAM) && !p.startsWith(PARAM + "="))
                .collect(Collectors.joining("&"));
    String error = PARAM + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    String query =
        Stream.of(kept, error).filter(s -> !s.isEmpty()).collect(Collectors.joining("&"));
    return URI.create(page.getRawPath() + "?" + query);
  }
}
