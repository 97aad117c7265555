package io.modelplane.launcher;

import java.nio.file.Path;

/** The JDK children run on: the one running the launcher, which bin/modelplane picked as 21+. */
final class Jdk {

  private Jdk() {}

  static Path home() {
    return Path.of(System.getProperty("java.home"));
  }

  static Path java() {
    return home().resolve("bin/java");
  }
}
