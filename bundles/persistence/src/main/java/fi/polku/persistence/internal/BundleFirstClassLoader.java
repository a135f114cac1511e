package fi.polku.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Looks in the entity bundle first (its entities, its migration scripts), then in this bundle
 * (Hibernate, Flyway and their service files). Neither bundle can see both on its own.
 */
final class BundleFirstClassLoader extends ClassLoader {
    private final ClassLoader entityBundle;
    private final ClassLoader persistence;

    BundleFirstClassLoader(ClassLoader entityBundle, ClassLoader persistence) {
        super(null);
        this.entityBundle = entityBundle;
        this.persistence = persistence;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return entityBundle.loadClass(name);
        } catch (ClassNotFoundException e) {
            return persistence.loadClass(name);
        }
    }

    @Override
    protected URL findResource(String name) {
        URL url = entityBundle.getResource(name);
        return url != null ? url : persistence.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> all = new LinkedHashSet<>(Collections.list(entityBundle.getResources(name)));
        all.addAll(Collections.list(persistence.getResources(name)));
        return Collections.enumeration(all);
    }
}
