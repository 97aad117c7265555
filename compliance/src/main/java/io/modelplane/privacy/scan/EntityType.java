package io.modelplane.privacy.scan;

/**
 * A kind of personal data or secret a detector finds, named by a stable id ({@code email}, {@code
 * payment_card}, {@code us_ssn}, …) that requests, findings and redaction tokens use.
 */
public record EntityType(String id, Severity severity) {

  public static final EntityType EMAIL = new EntityType("email", Severity.MEDIUM);
  public static final EntityType PHONE = new EntityType("phone", Severity.MEDIUM);
  public static final EntityType PAYMENT_CARD = new EntityType("payment_card", Severity.HIGH);
  public static final EntityType IBAN = new EntityType("iban", Severity.HIGH);
  public static final EntityType IP_ADDRESS = new EntityType("ip_address", Severity.LOW);
  public static final EntityType AWS_ACCESS_KEY = new EntityType("aws_access_key", Severity.HIGH);
  public static final EntityType GITHUB_TOKEN = new EntityType("github_token", Severity.HIGH);
  public static final EntityType API_KEY = new EntityType("api_key", Severity.HIGH);
  public static final EntityType PRIVATE_KEY = new EntityType("private_key", Severity.HIGH);
  public static final EntityType JWT = new EntityType("jwt", Severity.HIGH);

  public EntityType {
    if (!id.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException(
          "entity type ids are lower-case letters, digits and '_': " + id);
    }
  }
}
