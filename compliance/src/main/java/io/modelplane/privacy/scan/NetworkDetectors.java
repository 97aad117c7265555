package io.modelplane.privacy.scan;

import com.google.common.net.InetAddresses;

/**
 * IPv4 and IPv6 literals, confirmed by Guava's strict literal parser (no name resolution, no
 * leading-zero octets), so times ({@code 12:30:45}), MAC addresses and version strings with more
 * than four parts are not addresses.
 */
final class NetworkDetectors {

  private NetworkDetectors() {}

  static Detector ipv4() {
    return Detector.of(
        EntityType.IP_ADDRESS,
        "(?<![\\w.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\w|\\.\\d)",
        (text, p) -> p.dots >= 3 && p.digits >= 4,
        Validator.whole(NetworkDetectors::literal));
  }

  static Detector ipv6() {
    return Detector.of(
        EntityType.IP_ADDRESS,
        "(?<![\\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{0,4})"
            + "(?![\\w:]|\\.\\d)",
        (text, p) -> p.doubleColon || p.colons >= 6,
        Validator.whole(NetworkDetectors::ipv6Literal));
  }

  private static boolean literal(CharSequence candidate) {
    return InetAddresses.isInetAddress(candidate.toString());
  }

  private static boolean ipv6Literal(CharSequence candidate) {
    String s = candidate.toString();
    boolean hasHex = false;
    for (int i = 0; i < s.length() && !hasHex; i++) {
      hasHex = Character.digit(s.charAt(i), 16) >= 0;
    }
    return hasHex && s.indexOf(':') >= 0 && InetAddresses.isInetAddress(s);
  }
}
