package fi.polku.api.organisation;

import java.util.Objects;

/**
 * A municipality of the employment area.
 *
 * @param code the Statistics Finland municipality code, three digits (Kotka {@code 285})
 * @param id a short stable id used in configuration file names ({@code kotka})
 * @param nameFi the Finnish name
 * @param nameSv the Swedish name
 * @param responsible true for the responsible municipality (vastuukunta)
 */
public record Municipality(String code, String id, String nameFi, String nameSv, boolean responsible) {
    public Municipality {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{3}")) {
            throw new IllegalArgumentException("A municipality code is three digits: " + code);
        }
    }
}
