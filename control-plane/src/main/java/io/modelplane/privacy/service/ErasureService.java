package io.modelplane.privacy.service;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.privacy.persistence.ErasureRequest;
import io.modelplane.privacy.persistence.PayloadSampleStore;
import io.modelplane.privacy.persistence.PayloadSampleStore.Candidate;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.modelplane.privacy.redact.KeyedHasher;
import io.modelplane.privacy.scan.Detection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Erasure requests (GDPR Art. 17): every payload sample of the tenant that holds the subject — as a
 * value, or as its keyed hash where samples were hashed — is deleted, and the evidence is written,
 * in one transaction: either all of them go and the evidence says how many, or nothing changes. The
 * subject itself is kept nowhere, only its keyed hash.
 */
@ApplicationScoped
public class ErasureService {

  @Inject PayloadSampleStore samples;
  @Inject PrivacyRepository repository;
  @Inject PrivacyKeys keys;
  @Inject PrivacyDetectors detectors;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  public ErasureRequest erase(String tenant, String subject, String actor, String requestId) {
    KeyedHasher hasher = keys.hasher(tenant);
    List<String> tokens = hashTokens(hasher, subject);
    List<String> needles = new ArrayList<>(tokens);
    needles.add(new String(JsonStringEncoder.getInstance().quoteAsString(subject)));
    SubjectMatcher matcher = new SubjectMatcher(subject, tokens);
    String subjectHash = hasher.subjectHash(subject);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<Long, List<Long>> matching =
                  samples.containing(tenant, needles).stream()
                      .filter(
                          c ->
                              matcher.matches(read(c.request()))
                                  || matcher.matches(read(c.response())))
                      .collect(
                          Collectors.groupingBy(
                              Candidate::deploymentId,
                              TreeMap::new,
                              Collectors.mapping(Candidate::id, Collectors.toList())));
              Map<Long, String> names = samples.deploymentNames(tenant, matching.keySet());
              Map<String, Long> deleted = new TreeMap<>();
              matching.forEach(
                  (deployment, ids) ->
                      deleted.merge(
                          names.getOrDefault(deployment, "#" + deployment),
                          samples.delete(tenant, deployment, ids),
                          Long::sum));
              ErasureRequest evidence = new ErasureRequest();
              evidence.tenant = tenant;
              evidence.subjectHash = subjectHash;
              evidence.status = "completed";
              evidence.requestedBy = actor;
              evidence.requestedAt = clock.instant();
              evidence.completedAt = clock.instant();
              evidence.requestId = requestId;
              evidence.samplesDeleted = deleted.values().stream().mapToLong(Long::longValue).sum();
              evidence.deletedByDeployment = deleted;
              repository.persist(evidence);
              return evidence;
            });
  }

  public List<ErasureRequest> list(String tenant, Long before, int limit) {
    return QuarkusTransaction.joiningExisting()
        .call(() -> repository.erasures(tenant, before, limit));
  }

  public ErasureRequest get(String tenant, long id) {
    return QuarkusTransaction.joiningExisting().call(() -> repository.erasure(tenant, id));
  }

  /**
   * The tokens the subject became in hashed samples: when the detectors recognise the whole subject
   * as one entity (an e-mail, a card number …), hashing normalised it the same way.
   */
  private List<String> hashTokens(KeyedHasher hasher, String subject) {
    List<Detection> found = detectors.all().newMatching().detections(subject);
    if (found.size() == 1
        && found.getFirst().start() == 0
        && found.getFirst().end() == subject.length()) {
      return List.of(hasher.token(found.getFirst().type(), subject));
    }
    return List.of();
  }

  private JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored sample is not JSON", e);
    }
  }
}
