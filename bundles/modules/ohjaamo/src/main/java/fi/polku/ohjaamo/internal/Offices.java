package fi.polku.ohjaamo.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;

/** The Ohjaamo offices configured now, for the lists and for the workers' access. */
@Component(service = Offices.class)
public final class Offices {
    private final List<Office> offices = new CopyOnWriteArrayList<>();

    void add(Office o) {
        offices.add(o);
    }

    void remove(Office o) {
        offices.remove(o);
    }

    public List<Office> all() {
        return offices.stream().sorted(Comparator.comparing(Office::municipality)).toList();
    }

    public Optional<Office> byModule(String moduleId) {
        return offices.stream().filter(o -> o.moduleId().equals(moduleId)).findFirst();
    }

    /** The module ids of the offices a partner account works in. */
    public List<String> ofWorker(String username) {
        return offices.stream().filter(o -> o.workers().contains(username)).map(Office::moduleId).toList();
    }
}
