package io.modelplane.audit.api;

import java.util.Base64;
import java.util.List;

/** Hashes and signatures travel as standard base64 (RFC 4648 §4, with padding). */
final class Base64s {

  private Base64s() {}

  static String of(byte[] bytes) {
    return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
  }

  static List<String> of(List<byte[]> hashes) {
    return hashes.stream().map(Base64s::of).toList();
  }
}
