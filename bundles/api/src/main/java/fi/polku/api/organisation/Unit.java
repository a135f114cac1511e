package fi.polku.api.organisation;

/**
 * A unit of the employment area's staff (initial services, guidance services ...).
 *
 * @param id stable id: {@code initial}, {@code guidance}, {@code multisectoral}, {@code integration}, {@code employer}
 * @param nameFi Finnish name
 * @param nameSv Swedish name
 * @param nameEn English name
 */
public record Unit(String id, String nameFi, String nameSv, String nameEn) {}
