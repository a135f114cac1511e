package fi.polku.api.module;

import java.util.List;

/**
 * The statutory service types. A type is a stable kebab-case string, so that a type not named
 * here can be served by a new module without a change to this API.
 */
public final class ServiceTypes {
    private ServiceTypes() {}

    public static final String COACHING = "coaching";
    public static final String TRAINING = "training";
    public static final String TRIALS = "trials";
    public static final String SUBSIDIES = "subsidies";
    public static final String OHJAAMO = "ohjaamo";
    public static final String MULTISECTOR = "multisector";
    public static final String INTEGRATION = "integration";

    /** The types the service plan names. */
    public static final List<String> STATUTORY = List.of(COACHING, TRAINING, TRIALS, SUBSIDIES, OHJAAMO, MULTISECTOR, INTEGRATION);
}
