package io.modelplane.runner.model;

import java.net.URI;

/** Signed URLs carry their credentials in the query string: it never reaches a log or an error. */
final class Redaction {

  private Redaction() {}

  static String withoutQuery(URI uri) {
    String text = uri.toString();
    int query = text.indexOf('?');
    return query < 0 ? text : text.substring(0, query) + "?…";
  }
}
