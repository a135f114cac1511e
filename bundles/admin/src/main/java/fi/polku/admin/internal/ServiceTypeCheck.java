package fi.polku.admin.internal;

import fi.polku.api.module.ModuleRouting;
import fi.polku.api.module.ServiceTypes;

/**
 * A service type a mapping may name: a statutory one, one that an installed module provides, or
 * one already mapped somewhere (so that it can be changed or taken away). Any other kebab-case
 * word is a typing error that would sit in a municipality's configuration unnoticed.
 */
final class ServiceTypeCheck {
    private ServiceTypeCheck() {}

    static boolean known(String serviceType, ModuleRouting routing) {
        return ServiceTypes.STATUTORY.contains(serviceType)
                || routing.installed().stream().anyMatch(d -> d.serviceType().equals(serviceType))
                || routing.routes().stream().anyMatch(r -> r.serviceType().equals(serviceType));
    }
}
