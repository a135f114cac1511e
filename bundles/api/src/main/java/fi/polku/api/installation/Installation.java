package fi.polku.api.installation;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the platform: what kind of installation this is. */
@ProviderType
public interface Installation {

    /** A demo installation has demo accounts and synthetic data; a production one never has. */
    enum Mode { DEMO, PRODUCTION }

    Mode mode();

    /** True in a demo installation: a module may add demo data of its own. */
    default boolean isDemo() {
        return mode() == Mode.DEMO;
    }
}
