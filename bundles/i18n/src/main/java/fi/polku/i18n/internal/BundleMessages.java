package fi.polku.i18n.internal;

import fi.polku.api.i18n.Messages;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Messages} of the bundle that asks: bundle scope gives each using bundle an instance
 * of its own, which reads that bundle's {@code OSGI-INF/l10n/messages_*.properties} once.
 */
@Component(service = Messages.class, scope = ServiceScope.BUNDLE)
public final class BundleMessages implements Messages {
    private static final Logger LOG = LoggerFactory.getLogger(BundleMessages.class);
    static final String FOLDER = "OSGI-INF/l10n";

    private final Catalogue catalogue;

    @Activate
    public BundleMessages(ComponentContext context) {
        Bundle bundle = context.getUsingBundle();
        this.catalogue = read(bundle);
    }

    static Catalogue read(Bundle bundle) {
        Map<String, Catalogue.Source> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "messages_*.properties", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            Matcher m = Catalogue.FILE.matcher(name);
            if (m.matches()) {
                files.put(m.group(1), url::openStream);
            }
        }
        try {
            Catalogue c = Catalogue.read(files);
            if (!c.problems().isEmpty()) {
                // The build's catalogue test stops this for Polku's own bundles; a partner's may still come with gaps.
                LOG.warn("The message catalogue of {} is incomplete: {}", bundle.getSymbolicName(), c.problems());
            }
            return c;
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the message catalogue of {}", bundle.getSymbolicName(), e);
            return Catalogue.empty();
        }
    }

    @Override
    public String text(String language, String key, Object... args) {
        return catalogue.text(language, key, args);
    }

    @Override
    public Map<String, String> texts(String key, Object... args) {
        return catalogue.texts(key, args);
    }

    @Override
    public Set<String> keys() {
        return catalogue.keys();
    }
}
