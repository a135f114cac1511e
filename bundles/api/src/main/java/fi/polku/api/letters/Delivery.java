package fi.polku.api.letters;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a letter is: {@code queued} (waiting, or retried after a failure), {@code sent} (the SMTP
 * server accepted it), {@code printed} (in a postal batch), {@code failed} (given up after the
 * configured number of attempts; staff see why).
 */
public record Delivery(UUID letterId, String channel, String state, int attempts, @Nullable Instant doneAt) {}
