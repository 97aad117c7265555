package io.modelplane.registry.artifact;

import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's data key: a Tink streaming-AEAD keyset (AES-256-GCM-HKDF, 1 MiB segments, so
 * multi-GB artifacts never sit in memory), stored only wrapped by the master key. Created on first
 * use; when two writers race, the first stored keyset wins and both use it.
 */
final class TenantKeys {

  static {
    try {
      StreamingAeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Where wrapped keysets live: a file per tenant, or an object per tenant. */
  interface Storage {
    Optional<String> read(String tenant) throws IOException;

    /** Stores the keyset unless one exists; returns whichever is stored afterwards. */
    String createIfAbsent(String tenant, String wrappedKeyset) throws IOException;
  }

  private final MasterKey master;
  private final Storage storage;
  private final Map<String, StreamingAead> cache = new ConcurrentHashMap<>();

  TenantKeys(MasterKey master, Storage storage) {
    this.master = master;
    this.storage = storage;
  }

  /** Encrypts into {@code sink}; closing the returned stream writes the last segment. */
  OutputStream encrypting(String tenant, OutputStream sink) throws IOException {
    boolean wrapped = false;
    try {
      OutputStream out = of(tenant).newEncryptingStream(sink, associatedData(tenant));
      wrapped = true;
      return out;
    } catch (GeneralSecurityException e) {
      throw new IOException("could not encrypt an artifact of tenant " + tenant, e);
    } finally {
      if (!wrapped) {
        sink.close();
      }
    }
  }

  /** Decrypts {@code source} as it is read; a wrong key or an altered byte fails that read. */
  InputStream decrypting(String tenant, String sha256, InputStream source) throws IOException {
    boolean wrapped = false;
    try {
      InputStream in = of(tenant).newDecryptingStream(source, associatedData(tenant));
      wrapped = true;
      return in;
    } catch (GeneralSecurityException e) {
      throw new IOException("artifact " + sha256 + " cannot be decrypted for " + tenant, e);
    } finally {
      if (!wrapped) {
        source.close();
      }
    }
  }

  StreamingAead of(String tenant) throws IOException {
    StreamingAead known = cache.get(tenant);
    if (known != null) {
      return known;
    }
    synchronized (this) {
      known = cache.get(tenant);
      if (known != null) {
        return known;
      }
      Optional<String> stored = storage.read(tenant);
      String wrapped =
          stored.isPresent()
              ? stored.get()
              : storage.createIfAbsent(tenant, newWrappedKeyset(tenant));
      StreamingAead aead = unwrap(tenant, wrapped);
      cache.put(tenant, aead);
      return aead;
    }
  }

  /**
   * Binds ciphertext and wrapped keysets to their tenant: a blob or key file moved to another
   * tenant does not decrypt.
   */
  static byte[] associatedData(String tenant) {
    return ("modelplane:" + tenant).getBytes(StandardCharsets.UTF_8);
  }

  private String newWrappedKeyset(String tenant) throws IOException {
    try {
      KeysetHandle handle = KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM_HKDF_1MB"));
      return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
          handle, master.aead(), associatedData(tenant));
    } catch (GeneralSecurityException e) {
      throw new IOException("could not create the data key of tenant " + tenant, e);
    }
  }

  private StreamingAead unwrap(String tenant, String wrapped) throws IOException {
    try {
      KeysetHandle handle =
          TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
              wrapped, master.aead(), associatedData(tenant));
      return handle.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    } catch (GeneralSecurityException e) {
      throw new IOException(
          "the data key of tenant " + tenant + " cannot be unwrapped: wrong master key?", e);
    }
  }
}
