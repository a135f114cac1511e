package fi.polku.api.organisation;

import fi.polku.api.i18n.Texts;
import java.util.Map;
import java.util.Objects;

/** Where customers are met. Made by the core. */
public final class ServicePoint {
    private final String id;
    private final Map<String, String> names;
    private final String municipalityCode;
    private final String kind;

    private ServicePoint(String id, Map<String, String> names, String municipalityCode, String kind) {
        this.id = Objects.requireNonNull(id, "id");
        this.names = Texts.complete(names, "Service point " + id + "'s name");
        this.municipalityCode = Objects.requireNonNull(municipalityCode, "municipalityCode");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param id stable id, e.g. {@code kotka-office}
     * @param names its name by language tag (fi, sv and en)
     * @param municipalityCode the municipality it is in
     * @param kind {@code office} (walk-in lobby and appointments) or {@code remote} (municipal premises, by appointment)
     */
    public static ServicePoint of(String id, Map<String, String> names, String municipalityCode, String kind) {
        return new ServicePoint(id, names, municipalityCode, kind);
    }

    public String id() {
        return id;
    }

    /** Its name by language tag: fi, sv and en. */
    public Map<String, String> names() {
        return names;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    /** {@code office} or {@code remote}. */
    public String kind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServicePoint p && id.equals(p.id) && names.equals(p.names) && municipalityCode.equals(p.municipalityCode)
                && kind.equals(p.kind);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ServicePoint[" + id + "]";
    }
}
