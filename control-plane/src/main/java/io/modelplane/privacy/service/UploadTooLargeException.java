package io.modelplane.privacy.service;

/** An uploaded file is larger than {@code modelplane.privacy.max-upload}: answered with 413. */
public final class UploadTooLargeException extends RuntimeException {

  private final long limit;

  public UploadTooLargeException(long limit) {
    super("the file exceeds the scan limit of " + limit + " bytes", null, false, false);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
