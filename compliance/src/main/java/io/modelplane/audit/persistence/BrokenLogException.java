package io.modelplane.audit.persistence;

/** A leaf the log should hold is missing: rows were removed behind the application's back. */
public class BrokenLogException extends RuntimeException {

  private final long index;

  public BrokenLogException(long index) {
    super("the audit log has no event " + index + "; verify the log to see what changed");
    this.index = index;
  }

  public long index() {
    return index;
  }
}
