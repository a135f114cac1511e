package fi.polku.cases.internal.process;

import fi.polku.api.rest.Problem;
import fi.polku.cases.internal.i18n.FieldMessages;
import fi.polku.cases.internal.i18n.Message;

/**
 * The service process's refusals, as the platform's one refusal contract ({@link Problem}): the
 * code is the message's key, the texts come from the case bundle's catalogue in fi, sv and en,
 * and the platform answers in the request's language. The transaction they are thrown from is
 * rolled back.
 */
public final class Refusals {
    private Refusals() {}

    /** Input with one or more fields at fault: 400 {@code invalid-input}, each field with its message. */
    public static Problem invalid(FieldMessages fields) {
        Problem.Builder b = Problem.invalid().detail(fields.summaries());
        fields.texts().forEach(b::field);
        return b.build();
    }

    /** Input with one field at fault. */
    public static Problem invalid(String field, Message message, Object... args) {
        return invalid(new FieldMessages().add(field, message, args));
    }

    /** Input that is wrong as a whole (no body at all, a parameter out of range). */
    public static Problem invalid(Message message, Object... args) {
        return Problem.of(400, message.key(), message.texts(args));
    }

    public static Problem notFound(Message message, Object... args) {
        return Problem.of(404, message.key(), message.texts(args));
    }

    public static Problem conflict(Message message, Object... args) {
        return Problem.of(409, message.key(), message.texts(args));
    }
}
