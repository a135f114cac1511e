package fi.polku.cases.internal.lists;

import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import java.util.Map;

/**
 * A list's order from {@code ?sort=}: a column's name, {@code -name} for the reverse. Only the
 * columns a list names can be asked for, so the order by is built from its own fixed expressions,
 * never from the request's text; a tie-break keeps pages stable.
 */
public final class Sorting {
    private Sorting() {}

    /**
     * @param columns column name to its order-by expression(s), comma-separated for more than one
     * @return the order by clause's body, e.g. {@code c.lastName desc, c.firstName desc, t.id}
     */
    public static String orderBy(String sort, Map<String, String> columns, String byDefault, String tieBreak) {
        String asked = sort == null || sort.isBlank() ? byDefault : sort.trim();
        boolean descending = asked.startsWith("-");
        String name = descending ? asked.substring(1) : asked;
        String expressions = columns.get(name);
        if (expressions == null) {
            throw Refusals.invalid("sort", Message.SORT_UNKNOWN, asked,
                    String.join(", ", new java.util.TreeSet<>(columns.keySet())));
        }
        StringBuilder order = new StringBuilder();
        for (String e : expressions.split(",")) {
            order.append(order.isEmpty() ? "" : ", ").append(e.trim()).append(descending ? " desc" : "");
        }
        return order + ", " + tieBreak;
    }
}
