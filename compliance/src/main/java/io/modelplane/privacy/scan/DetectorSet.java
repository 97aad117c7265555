package io.modelplane.privacy.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The detectors of a scan in priority order. Where two would claim the same characters the earlier
 * wins (a key inside a PEM block, a card number inside an e-mail's local part, an IBAN's digits are
 * not also a phone number), so every character is counted at most once. Immutable and shared;
 * {@link #newMatching()} gives the per-thread matching state.
 */
public final class DetectorSet {

  private final List<Detector> detectors;
  private final Map<String, EntityType> types;

  private DetectorSet(List<Detector> detectors) {
    this.detectors = List.copyOf(detectors);
    Map<String, EntityType> byId = new LinkedHashMap<>();
    for (Detector d : detectors) {
      EntityType previous = byId.putIfAbsent(d.type().id(), d.type());
      if (previous != null && !previous.equals(d.type())) {
        throw new IllegalArgumentException("entity type '" + d.type().id() + "' defined twice");
      }
    }
    this.types = Map.copyOf(byId);
  }

  /** The built-in detectors with the given national identifier patterns. */
  public static DetectorSet standard(Collection<NationalIdPattern> nationalIds) {
    List<Detector> list = new ArrayList<>();
    list.add(SecretDetectors.privateKey());
    list.add(SecretDetectors.jwt());
    list.add(SecretDetectors.awsAccessKey());
    list.add(SecretDetectors.githubToken());
    list.add(SecretDetectors.apiKey());
    list.add(ContactDetectors.email());
    list.add(FinancialDetectors.iban());
    list.add(FinancialDetectors.card());
    for (NationalIdPattern p : nationalIds) {
      list.add(p.detector());
    }
    list.add(NetworkDetectors.ipv4());
    list.add(NetworkDetectors.ipv6());
    list.add(ContactDetectors.phone());
    return new DetectorSet(list);
  }

  /** The built-in detectors with the shipped national identifiers (US SSN, DE tax id, UK NINO). */
  public static DetectorSet standard() {
    return standard(
        List.of(NationalIdPattern.US_SSN, NationalIdPattern.DE_TAX_ID, NationalIdPattern.UK_NINO));
  }

  /** Only the detectors of the named types; every id must be known (see {@link #type}). */
  public DetectorSet only(Set<String> ids) {
    for (String id : ids) {
      if (!types.containsKey(id)) {
        throw new IllegalArgumentException("unknown entity type '" + id + "'");
      }
    }
    return new DetectorSet(detectors.stream().filter(d -> ids.contains(d.type().id())).toList());
  }

  public Optional<EntityType> type(String id) {
    return Optional.ofNullable(types.get(id));
  }

  /** Every entity type, in priority order. */
  public List<EntityType> types() {
    return detectors.stream().map(Detector::type).distinct().toList();
  }

  public Matching newMatching() {
    return new Matching(detectors);
  }
}
