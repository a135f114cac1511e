package fi.polku.api.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versions of something that comes into force on a day, such as a module's own rule set made of
 * factory configurations: the version in force on a day is the latest whose first day is not
 * after it. Each version is kept under a key (a configuration's PID), so that an update replaces
 * it and a deleted configuration takes it away. Thread-safe.
 *
 * @param <T> what is versioned
 * @since 1.2
 */
public final class InForce<T> {
    private record Version<T>(LocalDate from, T value) {}

    private final Map<String, Version<T>> versions = new ConcurrentHashMap<>();

    /** Puts the version under {@code key}, replacing the one there. */
    public void put(String key, LocalDate from, T value) {
        versions.put(Objects.requireNonNull(key, "key"), new Version<>(Objects.requireNonNull(from, "from"), Objects.requireNonNull(value, "value")));
    }

    public void remove(String key) {
        versions.remove(key);
    }

    /** The version in force on the day; empty when none had come into force by then. */
    public Optional<T> on(LocalDate day) {
        return versions.values().stream().filter(v -> !v.from().isAfter(day)).max(Comparator.comparing(Version::from)).map(Version::value);
    }

    /** Every version, the earliest first. */
    public List<T> all() {
        return versions.values().stream().sorted(Comparator.comparing(Version::from)).map(Version::value).toList();
    }
}
