package io.modelplane.backend;

import java.net.URI;

/**
 * One runner replica as the gateway reaches it.
 *
 * @param id stable within its runner set (pod name, or the local process's port)
 * @param baseUri e.g. {@code http://127.0.0.1:41234}; the gateway appends {@code /v2/...}
 * @param ready whether {@code /v2/health/ready} answers 200
 */
public record Replica(String id, URI baseUri, boolean ready) {}
