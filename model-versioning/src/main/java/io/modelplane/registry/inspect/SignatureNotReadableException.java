package io.modelplane.registry.inspect;

/**
 * The artifact is readable but does not describe its inputs and outputs (PyTorch without signature
 * metadata): the caller must declare the signature.
 */
public final class SignatureNotReadableException extends InvalidArtifactException {

  public SignatureNotReadableException(String message) {
    super(message);
  }
}
