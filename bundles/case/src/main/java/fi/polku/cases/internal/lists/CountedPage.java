package fi.polku.cases.internal.lists;

import java.util.List;

/**
 * A page of a list whose total is counted only so far: {@code total} is exact, or, with
 * {@code totalIsAtLeast}, a lower bound ("more than 1,000"). The JSON is a {@code ListPage}'s and
 * one more field. Counting a caseworker's 30,000 open tasks exactly took 100–450 ms at a million
 * job seekers (every entry read), far more than the page itself (2 ms); nobody pages through
 * thousands, and the figures that need the exact number ({@code /counts}) count it there.
 */
public record CountedPage<T>(long total, boolean totalIsAtLeast, int offset, int limit, List<T> items) {
    /** Counted up to this many beyond a page's end. */
    public static final int COUNT_BOUND = 1000;

    public CountedPage {
        items = List.copyOf(items);
    }

    /** The most a count for this page reads: the bound, or the page's end when it lies further. */
    public static long bound(Paging paging) {
        return Math.max(COUNT_BOUND, (long) paging.offset() + paging.limit());
    }

    /** A page whose total was counted up to {@code bound(paging) + 1}. */
    public static <T> CountedPage<T> of(Paging paging, long counted, List<T> items) {
        long bound = bound(paging);
        return counted > bound ? new CountedPage<>(bound, true, paging.offset(), paging.limit(), items)
                : new CountedPage<>(counted, false, paging.offset(), paging.limit(), items);
    }
}
