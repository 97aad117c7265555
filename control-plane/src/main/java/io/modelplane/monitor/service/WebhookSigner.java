package io.modelplane.monitor.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body the way receivers can check it: {@code X-Modelplane-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}. The timestamp inside the MAC lets a
 * receiver reject replays.
 */
public final class WebhookSigner {

  public static final String HEADER = "X-Modelplane-Signature";

  private WebhookSigner() {}

  public static String signature(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
  }

  static String hmac(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
