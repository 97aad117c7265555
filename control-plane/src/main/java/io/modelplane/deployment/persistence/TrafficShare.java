package io.modelplane.deployment.persistence;

/** A revision's share of a deployment's requests, in percent. */
public record TrafficShare(int revision, int weight) {}
