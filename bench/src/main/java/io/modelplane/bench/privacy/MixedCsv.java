package io.modelplane.bench.privacy;

import io.modelplane.privacy.scan.Checksums;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A generated customer table of mostly ordinary cells (ids, amounts, timestamps, categories, free
 * text) with personal data where real exports have it: e-mails in one column, phones in another,
 * and now and then a card, an IBAN, an SSN, an IP address or a leaked key in the notes.
 */
final class MixedCsv {

  private static final String[] WORDS = {
    "order",
    "shipped",
    "customer",
    "asked",
    "about",
    "delivery",
    "refund",
    "the",
    "package",
    "arrived",
    "late",
    "please",
    "call",
    "back",
    "invoice",
    "sent",
    "thanks",
    "for",
    "your",
    "patience",
    "status",
    "updated",
    "ticket",
    "closed",
    "reopened",
    "priority",
    "normal"
  };
  private static final String[] NAMES = {"Ann", "Bob", "Chen", "Dora", "Emre", "Fatima", "Gus"};
  private static final String[] STATUS = {"new", "active", "churned", "vip"};

  private MixedCsv() {}

  static void write(Path file, long bytes, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id,name,email,phone,amount,country,card,iban,ip,created_at,status,notes\n");
      long written = 0;
      for (long id = 1; written < bytes; id++) {
        String row = row(r, id);
        out.write(row);
        written += row.length() + 1;
        out.write('\n');
      }
    }
  }

  private static String row(SplittableRandom r, long id) {
    String name = NAMES[r.nextInt(NAMES.length)];
    return String.join(
        ",",
        Long.toString(id),
        name + " " + (char) ('A' + r.nextInt(26)) + ".",
        r.nextInt(5) == 0 ? name.toLowerCase() + id + "@example.com" : "",
        r.nextInt(3) == 0 ? phone(r) : "",
        "%d.%02d".formatted(r.nextInt(5000), r.nextInt(100)),
        r.nextBoolean() ? "DE" : "US",
        r.nextInt(20) == 0 ? card(r) : "",
        r.nextInt(30) == 0 ? iban(r) : "",
        r.nextInt(10) == 0
            ? "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256)
            : "",
        "2024-%02d-%02dT%02d:%02d:%02dZ"
            .formatted(
                1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60)),
        STATUS[r.nextInt(STATUS.length)],
        "\"" + notes(r) + "\"");
  }

  private static String notes(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int words = 4 + r.nextInt(10);
    for (int i = 0; i < words; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
    switch (r.nextInt(100)) {
      case 0, 1, 2 ->
          b.append("ssn ")
              .append(100 + r.nextInt(500))
              .append("-45-")
              .append(1000 + r.nextInt(9000));
      case 3 -> b.append("key AKIA").append("IOSFODNN7EXAMPLE".substring(0, 16));
      case 4 -> b.append("api_key=sk_live_").append(Long.toHexString(r.nextLong()));
      case 5 -> b.append("ref #").append(r.nextInt(1_000_000));
      default -> b.append("ok");
    }
    return b.toString();
  }

  private static String phone(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> "+1 415 555 %04d".formatted(r.nextInt(10000));
      case 1 -> "(212) 555-%04d".formatted(r.nextInt(10000));
      default -> "030 %08d".formatted(r.nextInt(100_000_000));
    };
  }

  private static String card(SplittableRandom r) {
    StringBuilder digits = new StringBuilder("4");
    while (digits.length() < 15) {
      digits.append(r.nextInt(10));
    }
    digits.append(Checksums.luhnCheckDigit(digits));
    return digits.substring(0, 4)
        + " "
        + digits.substring(4, 8)
        + " "
        + digits.substring(8, 12)
        + " "
        + digits.substring(12);
  }

  private static String iban(SplittableRandom r) {
    StringBuilder bban = new StringBuilder();
    while (bban.length() < 18) {
      bban.append(r.nextInt(10));
    }
    for (int check = 2; check <= 98; check++) {
      String candidate = "DE" + "%02d".formatted(check) + bban;
      if (Checksums.ibanMod97(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no check digits");
  }
}
