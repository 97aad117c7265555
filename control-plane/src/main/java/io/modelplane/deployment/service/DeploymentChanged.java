package io.modelplane.deployment.service;

import io.modelplane.backend.DeploymentKey;

/** Fired after a deployment's desired state committed: the reconciler acts on it at once. */
public record DeploymentChanged(DeploymentKey key) {}
