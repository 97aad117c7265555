package io.modelplane.launcher;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A multipart/form-data body for java.net.http: a JSON part and a file part, streamed from disk.
 */
final class Multipart {

  private final String boundary = "modelplane-" + UUID.randomUUID();
  private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  Multipart json(String name, String json) {
    parts.add(
        text(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\nContent-Type: application/json\r\n\r\n"
                + json
                + "\r\n"));
    return this;
  }

  Multipart file(String name, Path file) throws IOException {
    parts.add(
        text(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
    parts.add(HttpRequest.BodyPublishers.ofFile(file));
    parts.add(text("\r\n"));
    return this;
  }

  HttpRequest.BodyPublisher body() {
    List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
    all.add(text("--" + boundary + "--\r\n"));
    return HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new));
  }

  private static HttpRequest.BodyPublisher text(String s) {
    return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
  }
}
