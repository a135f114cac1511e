package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A message of the module's catalogue with its arguments, not yet in any language: the checks
 * stay pure functions, and the texts are made where the catalogue is at hand. An argument that
 * is itself a {@code Reason} (a subsidy kind's name) is put in the language of the text around it.
 */
record Reason(String key, List<Object> args) {

    static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }

    /** The name of a subsidy kind, for use as an argument. */
    static Reason kind(SubsidyKind kind) {
        return of("kind." + kind.id());
    }

    /** The text in each language of the catalogue. */
    Map<String, String> texts(Messages messages) {
        Object[] resolved = args.stream().map(a -> a instanceof Reason r ? r.texts(messages) : a).toArray();
        return messages.texts(key, resolved);
    }
}
