package fi.polku.ohjaamo.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A municipality's Ohjaamo as configured: what the caseworker and the customer need to find it. */
public record Office(String moduleId, String municipality, Map<String, String> names, String address, Map<String, String> openingHours,
        List<Contact> contacts, List<String> workers) {

    /** A contact person of the Ohjaamo. */
    public record Contact(String name, String role, String phone) {}

    static Office of(OfficeConfig c) {
        return new Office(c.moduleId(), c.municipality(), Map.of("fi", c.name_fi(), "sv", c.name_sv(), "en", c.name_en()), c.address(),
                Map.of("fi", c.openingHours_fi(), "sv", c.openingHours_sv(), "en", c.openingHours_en()),
                Arrays.stream(c.contacts()).map(Office::contact).toList(), List.of(c.workers()));
    }

    private static Contact contact(String line) {
        String[] p = line.split("\\s*\\|\\s*", 3);
        return new Contact(p[0].trim(), p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : "");
    }
}
