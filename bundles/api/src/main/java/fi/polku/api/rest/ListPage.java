package fi.polku.api.rest;

import java.util.List;

/**
 * One page of a longer list, as every list of the API answers it ({@code ?offset=&limit=}):
 * the items from {@code offset}, at most {@code limit} of them, and how many there are in all,
 * so that a client can say "showing 100 of 151" and never cut a list silently.
 *
 * <pre>
 * {"total": 151, "offset": 0, "limit": 100, "items": [...]}
 * </pre>
 *
 * @param total how many items the list has with the same filters, on every page
 * @param offset the position of the first item in the whole list, from 0
 * @param limit the most items a page of this request holds (the server may have lowered it)
 * @since 1.2
 */
public record ListPage<T>(long total, int offset, int limit, List<T> items) {
    public ListPage {
        items = List.copyOf(items);
    }
}
