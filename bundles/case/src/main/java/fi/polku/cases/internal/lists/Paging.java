package fi.polku.cases.internal.lists;

import fi.polku.api.rest.ListPage;
import fi.polku.cases.internal.i18n.Message;
import fi.polku.cases.internal.process.Refusals;
import java.util.List;

/**
 * The page a list request asks for with {@code ?offset=&limit=}: offset from 0, limit at least
 * 1. A limit above the list's most is lowered to it (the answer says which limit it used), as
 * lists always did; a negative offset or a limit below 1 is the caller's mistake.
 */
public record Paging(int offset, int limit) {

    public static Paging of(Integer offset, Integer limit, int defaultLimit, int max) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? defaultLimit : limit;
        if (o < 0) {
            throw Refusals.invalid("offset", Message.PAGE_OFFSET);
        }
        if (l < 1) {
            throw Refusals.invalid("limit", Message.PAGE_LIMIT, max);
        }
        return new Paging(o, Math.min(l, max));
    }

    public <T> ListPage<T> page(long total, List<T> items) {
        return new ListPage<>(total, offset, limit, items);
    }
}
