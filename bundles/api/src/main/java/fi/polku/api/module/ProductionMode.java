package fi.polku.api.module;

/** How the employment area produces a service (the service plan's three ways). */
public enum ProductionMode {
    /** By the area's own staff. */
    OWN_PRODUCTION,
    /** Bought from an in-house entity (sidosyksikkö) such as Ekami, without tendering. */
    IN_HOUSE,
    /** Bought from a provider chosen by competitive tendering, alone or with neighbouring areas. */
    TENDERED
}
