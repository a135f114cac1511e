package fi.polku.exports.internal;

import java.util.List;

/**
 * A table as the console shows it: its title, the column headings in the user's language and the
 * rows, each cell a text or a number (JSON strings and numbers; null for an empty cell).
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {}
