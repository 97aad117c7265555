package io.modelplane.privacy.service;

import com.google.common.io.CountingInputStream;
import io.modelplane.privacy.report.Findings;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.privacy.source.DataReader;
import java.io.IOException;
import java.io.InputStream;

/** Scans a stream of a known size (a baseline, an uploaded file), reporting progress by bytes. */
final class StreamScan {

  private static final int REPORT_EVERY = 10_000;

  private StreamScan() {}

  static ScanCounts scan(
      InputStream in, DataFormat format, long size, Findings findings, ScanProgress progress)
      throws IOException {
    CountingInputStream counting = new CountingInputStream(in);
    long[] cells = {0};
    long records =
        DataReader.read(
            format,
            counting,
            (location, value) -> {
              findings.cell(location, value);
              if (++cells[0] % REPORT_EVERY == 0) {
                long read = counting.getCount();
                progress.report(size > 0 ? (double) read / size : 0, 0, read);
              }
            });
    return new ScanCounts(records, counting.getCount());
  }
}
