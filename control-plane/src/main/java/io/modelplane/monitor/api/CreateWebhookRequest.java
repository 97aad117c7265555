package io.modelplane.monitor.api;

/** Where to POST alert events, and the shared secret (16+ characters) their signatures use. */
public record CreateWebhookRequest(String url, String secret) {}
