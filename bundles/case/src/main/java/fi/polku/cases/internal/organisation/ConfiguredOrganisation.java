package fi.polku.cases.internal.organisation;

import fi.polku.api.organisation.Caseworker;
import fi.polku.api.organisation.Municipality;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.organisation.ServicePoint;
import fi.polku.api.organisation.Unit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The area from {@code configs/}: {@code fi.polku.area.cfg.json} and one file per municipality,
 * unit, service point and caseworker. Adding or editing a file changes the answer at once.
 */
@Component(service = Organisation.class, configurationPid = "fi.polku.area")
@Designate(ocd = ConfiguredOrganisation.Config.class)
public final class ConfiguredOrganisation implements Organisation {

    @ObjectClassDefinition(name = "Polku employment area")
    public @interface Config {
        String name_fi() default "Työllisyysalue";
        String name_sv() default "Sysselsättningsområde";
        String name_en() default "Employment area";
    }

    private final List<ConfiguredMunicipality> municipalities = new CopyOnWriteArrayList<>();
    private final List<Unit> units = new CopyOnWriteArrayList<>();
    private final List<ServicePoint> servicePoints = new CopyOnWriteArrayList<>();
    private final List<Caseworker> caseworkers = new CopyOnWriteArrayList<>();
    private volatile Map<String, String> areaNames;

    @Activate
    public ConfiguredOrganisation(Config config) {
        this.areaNames = names(config);
    }

    @Modified
    void modified(Config config) {
        this.areaNames = names(config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMunicipality(ConfiguredMunicipality m) {
        municipalities.add(m);
    }

    void removeMunicipality(ConfiguredMunicipality m) {
        municipalities.remove(m);
    }


    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addUnit(ConfiguredUnit u) {
        units.add(u.unit);
    }

    void removeUnit(ConfiguredUnit u) {
        units.remove(u.unit);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addServicePoint(ConfiguredServicePoint s) {
        servicePoints.add(s.servicePoint);
    }

    void removeServicePoint(ConfiguredServicePoint s) {
        servicePoints.remove(s.servicePoint);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCaseworker(ConfiguredCaseworker c) {
        caseworkers.add(c.caseworker);
    }

    void removeCaseworker(ConfiguredCaseworker c) {
        caseworkers.remove(c.caseworker);
    }

    @Override
    public List<Caseworker> caseworkers() {
        return caseworkers.stream().sorted(Comparator.comparing(Caseworker::username)).toList();
    }

    @Override
    public Optional<Caseworker> caseworker(String username) {
        return caseworkers.stream().filter(c -> c.username().equals(username)).findFirst();
    }

    @Override
    public Map<String, String> areaNames() {
        return areaNames;
    }

    private static Map<String, String> names(Config c) {
        return Map.of("fi", c.name_fi(), "sv", c.name_sv(), "en", c.name_en());
    }

    @Override
    public List<Municipality> municipalities() {
        return municipalities.stream().map(ConfiguredMunicipality::municipality)
                .sorted(Comparator.comparing((Municipality m) -> !m.responsible()).thenComparing(Municipality::code))
                .toList();
    }

    @Override
    public Optional<Municipality> municipality(String code) {
        return municipalities().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    @Override
    public List<Unit> units() {
        return List.copyOf(units);
    }

    @Override
    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public List<ServicePoint> servicePoints() {
        return servicePoints.stream().sorted(Comparator.comparing(ServicePoint::id)).toList();
    }
}
