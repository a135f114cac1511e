package fi.polku.console.internal;

import fi.polku.api.i18n.Messages;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console texts of a contributing bundle: the keys of its own catalogue that start with
 * {@code console.}, in one language. They are read through the bundle-scoped {@link Messages}
 * service as the contributing bundle itself would get it (the extender acts on the bundle's
 * behalf), so a module's scripts speak from the same catalogue as its server side, checked by the
 * same build test. Kept per bundle and language until the bundle's contributor goes.
 */
final class BundleTexts {
    private static final Logger LOG = LoggerFactory.getLogger(BundleTexts.class);
    static final String PREFIX = "console.";

    private final Map<Long, Map<String, Map<String, String>>> byBundle = new ConcurrentHashMap<>();

    /** The bundle's console texts in {@code language} (fi, sv or en), keys without the prefix; empty when it has none. */
    Map<String, String> of(Bundle bundle, String language) {
        return byBundle.computeIfAbsent(bundle.getBundleId(), id -> new ConcurrentHashMap<>())
                .computeIfAbsent(language, l -> read(bundle, l));
    }

    void forget(long bundleId) {
        byBundle.remove(bundleId);
    }

    private static Map<String, String> read(Bundle bundle, String language) {
        BundleContext context = bundle.getBundleContext();
        ServiceReference<Messages> ref = context == null ? null : context.getServiceReference(Messages.class);
        if (ref == null) {
            return Map.of();
        }
        ServiceObjects<Messages> objects = context.getServiceObjects(ref);
        Messages messages = objects.getService();
        try {
            Map<String, String> texts = new TreeMap<>();
            for (String key : messages.keys()) {
                if (key.startsWith(PREFIX)) {
                    texts.put(key.substring(PREFIX.length()), messages.text(language, key));
                }
            }
            return Map.copyOf(texts);
        } catch (RuntimeException e) {
            LOG.warn("The console texts of {} could not be read", bundle.getSymbolicName(), e);
            return Map.of();
        } finally {
            objects.ungetService(messages);
        }
    }
}
