package fi.polku.api.organisation;

/**
 * A member of staff and where they work.
 *
 * @param username the login name (as in {@link fi.polku.api.security.PolkuUser#username()})
 * @param unit the id of the unit they belong to
 * @param servicePoint the id of the service point they work at
 */
public record Caseworker(String username, String unit, String servicePoint) {}
