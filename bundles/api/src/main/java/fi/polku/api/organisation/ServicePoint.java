package fi.polku.api.organisation;

/**
 * Where customers are met.
 *
 * @param id stable id, e.g. {@code kotka-office}
 * @param name display name
 * @param municipalityCode the municipality it is in
 * @param kind {@code office} (walk-in lobby and appointments) or {@code remote} (municipal premises, by appointment)
 */
public record ServicePoint(String id, String name, String municipalityCode, String kind) {}
