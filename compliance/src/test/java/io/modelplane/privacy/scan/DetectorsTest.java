package io.modelplane.privacy.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each built-in detector on values it must find and look-alikes it must leave alone. */
class DetectorsTest {

  private static final DetectorSet DETECTORS = DetectorSet.standard();

  @ParameterizedTest(name = "{0} in \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "email|write to j.doe@example.com today|j.doe@example.com",
        "email|<Jane.Roe+news@mail.example.co.uk>|Jane.Roe+news@mail.example.co.uk",
        "phone|call +1 415 555 2671 now|+1 415 555 2671",
        "phone|+14155552671|+14155552671",
        "phone|office (415) 555-2671|(415) 555-2671",
        "phone|415-555-2671|415-555-2671",
        "phone|London 020 7946 0958|020 7946 0958",
        "phone|Berlin 030 12345678|030 12345678",
        "phone|+49 (30) 1234 5678|+49 (30) 1234 5678",
        "payment_card|card 4242 4242 4242 4242 exp 12/29|4242 4242 4242 4242",
        "payment_card|4242424242424242|4242424242424242",
        "payment_card|amex 3782 822463 10005|3782 822463 10005",
        "payment_card|5555-5555-5555-4444|5555-5555-5555-4444",
        "payment_card|4242 4242 4242 4242 1234|4242 4242 4242 4242",
        "iban|pay DE89 3704 0044 0532 0130 00 please|DE89 3704 0044 0532 0130 00",
        "iban|GB82WEST12345698765432|GB82WEST12345698765432",
        "iban|NO9386011117947|NO9386011117947",
        "ip_address|from 192.168.1.20 at noon|192.168.1.20",
        "ip_address|10.0.0.1:8080|10.0.0.1",
        "ip_address|peer 2001:db8::8a2e:370:7334 up|2001:db8::8a2e:370:7334",
        "ip_address|[::1]|::1",
        "us_ssn|SSN 123-45-6789|123-45-6789",
        "us_ssn|123 45 6789|123 45 6789",
        "de_tax_id|Steuer-ID 86095742719|86095742719",
        "de_tax_id|86 095 742 719|86 095 742 719",
        "uk_nino|NI AB 12 34 56 C|AB 12 34 56 C",
        "uk_nino|AB123456C|AB123456C",
        "aws_access_key|key=AKIAIOSFODNN7EXAMPLE|AKIAIOSFODNN7EXAMPLE",
        "github_token|token ghp_0123456789abcdefghijABCDEFGHIJ012345|"
            + "ghp_0123456789abcdefghijABCDEFGHIJ012345",
        "api_key|api_key=sk_live_abcdef1234567890|sk_live_abcdef1234567890",
        "api_key|'{\"client_secret\": \"s3cr3tV4lu3-XYZ123\"}'|s3cr3tV4lu3-XYZ123",
        "jwt|Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
            + "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|"
            + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
            + "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
      })
  void shouldFindEntity(String type, String text, String value) {
    // When the text is matched
    List<Detection> found = DETECTORS.newMatching().detections(text);

    // Then exactly the value is found, as its type
    assertThat(found).hasSize(1);
    Detection d = found.getFirst();
    assertThat(d.type().id()).isEqualTo(type);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(value);
  }

  @ParameterizedTest(name = "nothing in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "a@b",
        "x@y.c",
        "order 5551234567 shipped",
        "2024-01-15",
        "12345678901234",
        "1234.5678",
        "3.14159265358979",
        "415-555-267",
        "20240115123045",
        "4242 4242 4242 4241",
        "1234567812345670",
        "4242424242424242424242",
        "DE89 3704 0044 0532 0130 01",
        "XX89370400440532013000",
        "999.1.1.1",
        "1.2.3.4.5",
        "version v1.2.3",
        "12:30:45",
        "00:1A:2B:3C:4D:5E",
        "std::vector",
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "123-00-4567",
        "123-45-0000",
        "123456789",
        "123-45 6789",
        "86095742718",
        "06095742719",
        "GB123456A",
        "DA123456A",
        "AB123456E",
        "AKIA123",
        "ghp_short",
        "api_key=short",
        "eyJub3Rqc29u.eyJub3Rqc29u.abc",
        "the price is 1299.00 EUR",
      })
  void shouldFindNothingInLookAlike(String text) {
    assertThat(DETECTORS.newMatching().detections(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4242424242424242@example.com|email",
        "see DE89370400440532013000 now|iban",
        "-----BEGIN RSA PRIVATE KEY----- MIIEow api_key=abcdefghijklmnop -----END RSA PRIVATE KEY-----"
            + "|private_key",
      })
  void shouldCountEveryCharacterOnceWhereDetectorsOverlap(String text, String type) {
    List<Detection> found = DETECTORS.newMatching().detections(text);

    assertThat(found).extracting(d -> d.type().id()).containsExactly(type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a@example.com, b@example.com and c@example.org|3",
        "4242 4242 4242 4242 / 5555 5555 5555 4444|2",
      })
  void shouldCountEveryOccurrence(String text, int count) {
    assertThat(DETECTORS.newMatching().detections(text)).hasSize(count);
  }
}
