package fi.polku.ohjaamo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One municipality's Ohjaamo: {@code configs/fi.polku.ohjaamo~<municipality>.cfg.json}. Each is a
 * module instance of its own (its module id is mapped in that municipality's configuration), so a
 * municipality can change or stop its Ohjaamo without touching the others.
 */
@ObjectClassDefinition(name = "Polku Ohjaamo", description = "A municipality's own youth Ohjaamo")
public @interface OfficeConfig {
    @AttributeDefinition(description = "Module id, mapped as module.ohjaamo in the municipality's configuration, e.g. ohjaamo-kotka")
    String moduleId();

    @AttributeDefinition(description = "The municipality's Statistics Finland code")
    String municipality();

    String name_fi();

    String name_sv();

    String name_en();

    @AttributeDefinition(description = "Street address and post office")
    String address();

    @AttributeDefinition(description = "Opening hours in Finnish")
    String openingHours_fi();

    @AttributeDefinition(description = "Opening hours in Swedish")
    String openingHours_sv();

    @AttributeDefinition(description = "Opening hours in English")
    String openingHours_en();

    @AttributeDefinition(description = "Contact people, each 'Name | role | phone'")
    String[] contacts() default {};

    @AttributeDefinition(description = "Partner accounts of the municipality's youth workers who work in this Ohjaamo")
    String[] workers() default {};
}
