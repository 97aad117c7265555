package io.modelplane.privacy.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs a {@link DetectorSet} over texts, one at a time, reusing its matchers and buffers: one per
 * thread (not thread-safe).
 */
public final class Matching {

  /** Receives the entities found in a text, in detector priority order. */
  @FunctionalInterface
  public interface Sink {
    void found(EntityType type, CharSequence text, int start, int end);
  }

  private final List<Detector> detectors;
  private final Matcher[] matchers;
  private final TextProfile profile = new TextProfile();
  private int[] takenStart = new int[16];
  private int[] takenEnd = new int[16];
  private int taken;

  Matching(List<Detector> detectors) {
    this.detectors = detectors;
    this.matchers = new Matcher[detectors.size()];
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] = detectors.get(i).pattern().matcher("");
    }
  }

  /** Finds entities, skipping detectors whose prefilter rules the text out. */
  public void find(CharSequence text, Sink sink) {
    run(text, sink, true);
  }

  /** Finds entities by running every detector's expression (the baseline the prefilters beat). */
  public void findUnfiltered(CharSequence text, Sink sink) {
    run(text, sink, false);
  }

  /** The entities in {@code text}, ordered by position. */
  public List<Detection> detections(CharSequence text) {
    List<Detection> found = new ArrayList<>();
    find(text, (type, t, start, end) -> found.add(new Detection(type, start, end)));
    found.sort(Comparator.comparingInt(Detection::start));
    return found;
  }

  private void run(CharSequence text, Sink sink, boolean filtered) {
    taken = 0;
    if (text.isEmpty()) {
      return;
    }
    if (filtered) {
      profile.measure(text);
    }
    for (int i = 0; i < matchers.length; i++) {
      Detector d = detectors.get(i);
      if (filtered && !d.prefilter().mayMatch(text, profile)) {
        continue;
      }
      scan(d, matchers[i].reset(text), text, sink);
    }
  }

  private void scan(Detector d, Matcher m, CharSequence text, Sink sink) {
    int group = d.group();
    int from = 0;
    while (from <= text.length() && m.find(from)) {
      int start = m.start(group);
      int end = m.end(group);
      int accepted = start < 0 ? -1 : d.validator().accept(text, start, end);
      if (accepted > start && !overlaps(start, accepted)) {
        take(start, accepted);
        sink.found(d.type(), text, start, accepted);
        from = accepted;
      } else {
        from = Math.max(m.end(), m.start() + 1);
      }
    }
  }

  private boolean overlaps(int start, int end) {
    for (int i = 0; i < taken; i++) {
      if (start < takenEnd[i] && takenStart[i] < end) {
        return true;
      }
    }
    return false;
  }

  private void take(int start, int end) {
    if (taken == takenStart.length) {
      takenStart = Arrays.copyOf(takenStart, taken * 2);
      takenEnd = Arrays.copyOf(takenEnd, taken * 2);
    }
    takenStart[taken] = start;
    takenEnd[taken] = end;
    taken++;
  }
}
