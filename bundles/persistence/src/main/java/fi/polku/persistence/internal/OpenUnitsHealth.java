package fi.polku.persistence.internal;

import fi.polku.api.health.Health;
import fi.polku.api.health.HealthIndicator;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/** Which persistence units are open, and whose: staff see it in the health answer. */
@Component(service = HealthIndicator.class)
public final class OpenUnitsHealth implements HealthIndicator {
    @Override
    public String name() {
        return "persistence-units";
    }

    @Override
    public Health check() {
        return Health.up(BundlePersistenceUnits.OPEN.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    }
}
