package io.modelplane.privacy.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Decides whether a stored payload holds an erasure subject: a value equal to it, a text containing
 * it as a whole word (not inside a longer identifier), or — in hashed payloads — its hash token.
 */
final class SubjectMatcher {

  private final String subject;
  private final List<String> tokens;

  SubjectMatcher(String subject, List<String> tokens) {
    this.subject = subject;
    this.tokens = List.copyOf(tokens);
  }

  boolean matches(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return matchesText(node.textValue());
    }
    if (node.isNumber()) {
      return node.asText().equals(subject);
    }
    for (JsonNode child : node) {
      if (matches(child)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesText(String text) {
    if (text.equals(subject)) {
      return true;
    }
    for (String token : tokens) {
      if (text.contains(token)) {
        return true;
      }
    }
    for (int at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + 1)) {
      int end = at + subject.length();
      if (boundary(text, at - 1) && boundary(text, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundary(String text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }
}
