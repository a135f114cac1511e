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

    /**
     * The page a request asks for: from {@code offset} (0 first), at most {@code limit} items.
     * Made by {@link FieldCheck#page}, which refuses a negative offset or a limit below 1 and
     * lowers one above the list's most.
     */
    public record Request(int offset, int limit) {
        /** The answer: this page's items and the list's total. */
        public <T> ListPage<T> answer(long total, List<T> items) {
            return new ListPage<>(total, offset, limit, items);
        }

        /** The total when this page is not full (it is then the last one); -1 when it must be counted. */
        public long totalIfLast(int itemsOnPage) {
            return itemsOnPage < limit && (offset == 0 || itemsOnPage > 0) ? offset + itemsOnPage : -1;
        }
    }
}
