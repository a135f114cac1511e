package fi.polku.training.internal;

/** A reason of the catalogue ({@code key} with its arguments), turned into words in each language by the caller. */
record Refusal(String key, Object... args) {}
