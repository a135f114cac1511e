package fi.polku.training.internal;

import fi.polku.api.i18n.Messages;
import java.util.Arrays;
import java.util.Map;

/** A reason of the catalogue ({@code key} with its arguments), turned into words in each language by {@link #texts}. */
record Refusal(String key, Object... args) {

    /** The reason in every language; a {@link RuleSet.Cite} argument is worded by the catalogue too. */
    Map<String, String> texts(Messages messages) {
        Object[] worded = Arrays.stream(args).map(a -> a instanceof RuleSet.Cite c ? messages.texts(c.key(), c.acts()) : a).toArray();
        return messages.texts(key, worded);
    }
}
