package fi.polku.api.rules;

import java.util.Objects;

/**
 * One statutory parameter of a rule set: {@code initial-interview.business-days = 5}, from Act
 * 380/2023. Made by a rule set with {@link #of}; the keys the platform reads are in {@link RuleKeys}.
 */
public final class RuleParameter {
    private final String key;
    private final String value;
    private final String unit;
    private final LegalSource source;

    private RuleParameter(String key, String value, String unit, LegalSource source) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        this.unit = unit == null ? "" : unit;
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @param key a stable kebab-case key
     * @param value the value as configured
     * @param unit what the value counts: {@code business-days}, {@code months}, {@code count}, {@code benefit-days}...
     * @param source the provision it comes from
     */
    public static RuleParameter of(String key, String value, String unit, LegalSource source) {
        return new RuleParameter(key, value, unit, source);
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public LegalSource source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleParameter p && key.equals(p.key) && value.equals(p.value) && unit.equals(p.unit) && source.equals(p.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return key + " = " + value + (unit.isEmpty() ? "" : " " + unit) + " (" + source + ")";
    }
}
