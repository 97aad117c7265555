package io.modelplane.privacy.service;

/** What a scan read: records (rows, lines, samples, metadata fields) and bytes. */
record ScanCounts(long records, long bytes) {}
