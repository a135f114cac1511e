package fi.polku.api.rules;

import java.util.Objects;

/**
 * One statutory parameter of a rule set: {@code initial-interview.business-days = 5}, from Act
 * 380/2023.
 *
 * @param key a stable kebab-case key
 * @param value the value as configured
 * @param unit what the value counts: {@code business-days}, {@code months}, {@code count}, {@code benefit-days}...
 * @param source the provision it comes from
 */
public record RuleParameter(String key, String value, String unit, LegalSource source) {
    public RuleParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        unit = unit == null ? "" : unit;
    }
}
