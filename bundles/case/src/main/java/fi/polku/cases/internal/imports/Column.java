package fi.polku.cases.internal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an import file. The first name of each is the one the documentation uses (the
 * Finnish field names of the national job seeker register's exports, without Finnish letters);
 * the others are accepted too. Header matching ignores case, Finnish letters and spaces.
 */
enum Column {
    IDENTITY_CODE("henkilotunnus", "hetu", "identity_code"),
    FIRST_NAMES("etunimet", "etunimi", "first_names", "first_name"),
    LAST_NAME("sukunimi", "last_name"),
    MUNICIPALITY("kotikunta", "kuntanumero", "municipality", "municipality_code"),
    LANGUAGE("asiointikieli", "language"),
    MOTHER_TONGUE("aidinkieli", "mother_tongue"),
    INTERPRETER("tulkkitarve", "tulkki", "interpreter_needed"),
    PHONE("puhelin", "matkapuhelin", "phone"),
    EMAIL("sahkoposti", "email"),
    STREET_ADDRESS("lahiosoite", "street_address"),
    POSTAL_CODE("postinumero", "postal_code"),
    POST_OFFICE("postitoimipaikka", "post_office"),
    CHANNEL("yhteydenottotapa", "preferred_channel"),
    SEARCH_START("tyonhaku_alkanut", "tyonhaun_alkupaiva", "job_search_start"),
    STATUS("tyonhakijan_tilanne", "tilanne", "status"),
    UNIT("yksikko", "palveluyksikko", "unit"),
    INTEGRATION_PLAN("kotoutumissuunnitelma", "integration_plan"),
    RESPONSIBLE_WORKER("vastuuvirkailija", "responsible_worker");

    /** Without these no row could be a registration. */
    static final List<Column> REQUIRED = List.of(IDENTITY_CODE, FIRST_NAMES, LAST_NAME, MUNICIPALITY, LANGUAGE);

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    /** The documented header. */
    String header() {
        return names.get(0);
    }

    /** The column of a header already normalised by {@link ImportFile#normalise}. */
    static Optional<Column> named(String normalised) {
        return Arrays.stream(values()).filter(c -> c.names.contains(normalised)).findFirst();
    }
}
