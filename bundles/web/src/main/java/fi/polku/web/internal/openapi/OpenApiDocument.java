package fi.polku.web.internal.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's OpenAPI document, merged from every active bundle's own description: the extender
 * pattern. A bundle that serves REST resources carries {@code OSGI-INF/openapi.json} (an OpenAPI
 * fragment with {@code paths}, and optionally {@code components} and {@code tags}); this component
 * follows bundles as they start and stop, so the document describes what is installed now, a
 * partner's bundle included. The platform's own paths and the shared components (the problem
 * details, the security schemes) are in the web bundle's {@code openapi/base.json}.
 */
@Component(service = OpenApiDocument.class)
public final class OpenApiDocument {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);
    static final String FRAGMENT = "OSGI-INF/openapi.json";

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectNode base;
    private final Map<Long, Fragment> fragments = new ConcurrentSkipListMap<>();
    private final BundleTracker<Fragment> tracker;
    private volatile String merged;

    private record Fragment(String bundle, ObjectNode document) {}

    @Activate
    public OpenApiDocument(BundleContext context) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi/base.json")) {
            this.base = (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public Fragment addingBundle(Bundle bundle, BundleEvent event) {
                Fragment f = read(bundle);
                if (f != null) {
                    fragments.put(bundle.getBundleId(), f);
                    merged = null;
                }
                return f;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Fragment f) {
                // The entry does not change while the bundle is active.
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Fragment f) {
                fragments.remove(bundle.getBundleId());
                merged = null;
            }
        });
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    private Fragment read(Bundle bundle) {
        URL entry = bundle.getEntry(FRAGMENT);
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            JsonNode node = json.readTree(in);
            if (!(node instanceof ObjectNode o) || !(o.get("paths") instanceof ObjectNode)) {
                LOG.warn("{} of {} has no paths object; left out of the API description", FRAGMENT, bundle.getSymbolicName());
                return null;
            }
            return new Fragment(bundle.getSymbolicName(), o);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} of {} is not valid JSON ({}); left out of the API description", FRAGMENT, bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    /** The merged document as JSON; built again only after a bundle came or went. */
    public String json() {
        String m = merged;
        if (m == null) {
            m = merge();
            merged = m;
        }
        return m;
    }

    private synchronized String merge() {
        ObjectNode doc = base.deepCopy();
        ObjectNode paths = (ObjectNode) doc.get("paths");
        ObjectNode components = doc.has("components") ? (ObjectNode) doc.get("components") : doc.putObject("components");
        ArrayNode tags = doc.has("tags") ? (ArrayNode) doc.get("tags") : doc.putArray("tags");
        // In bundle order (the platform's first), so a clash keeps the older description and names the newcomer.
        for (Fragment f : fragments.values()) {
            putAll(paths, (ObjectNode) f.document().get("paths"), f.bundle(), "path");
            if (f.document().get("components") instanceof ObjectNode fc) {
                for (Iterator<Map.Entry<String, JsonNode>> it = fc.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> kind = it.next();
                    if (kind.getValue() instanceof ObjectNode items) {
                        ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                                : components.putObject(kind.getKey());
                        putAll(target, items, f.bundle(), kind.getKey());
                    }
                }
            }
            if (f.document().get("tags") instanceof ArrayNode t) {
                tags.addAll(t);
            }
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putAll(ObjectNode target, ObjectNode items, String bundle, String what) {
        for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (target.has(e.getKey())) {
                LOG.warn("{} describes {} {} that another bundle already describes; its description is left out", bundle, what, e.getKey());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
