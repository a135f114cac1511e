package fi.polku.cases.internal.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The demo's job-search profiles: four in five job seekers with a search in force have one, with
 * one to three occupations of the area's common ones (weighted towards the port, industry, care
 * and services), the skills that go with them, places near home, languages, and in three cases of
 * five the consent to be presented to employers. Drawn from a random stream of their own, so the
 * rest of each demo person stays as it was.
 */
final class DemoProfiles {
    /** Occupation, weight, skills that go with it. */
    private record Kind(String code, int weight, String... skills) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("9333", 9, "ahtaus", "trukkikortti", "työturvallisuuskortti", "vuorotyö"),
            new Kind("8344", 8, "trukkikortti", "varastotyö", "työturvallisuuskortti"),
            new Kind("4321", 8, "varastotyö", "keräily", "trukkikortti", "tietojärjestelmät"),
            new Kind("8332", 6, "ammattipätevyys", "ajopiirturi", "kuljetus"),
            new Kind("8343", 3, "nosturikortti", "työturvallisuuskortti", "vuorotyö"),
            new Kind("8171", 4, "prosessiosaaminen", "vuorotyö", "automaatio"),
            new Kind("7212", 4, "hitsaus", "tulityökortti", "piirustusten luku"),
            new Kind("7231", 3, "huolto", "diagnostiikka", "ajoneuvotekniikka"),
            new Kind("7411", 3, "sähkötyöturvallisuus", "asennus", "piirustusten luku"),
            new Kind("7115", 3, "rakentaminen", "työturvallisuuskortti", "tulityökortti"),
            new Kind("5321", 8, "lääkehoito", "ensiapu", "hygieniaosaaminen", "vanhustyö"),
            new Kind("5322", 4, "kotihoito", "ensiapu", "asiakaspalvelu"),
            new Kind("5311", 3, "varhaiskasvatus", "ensiapu"),
            new Kind("2221", 3, "lääkehoito", "ensiapu", "potilastietojärjestelmät"),
            new Kind("5120", 5, "hygieniapassi", "ruoanvalmistus", "erityisruokavaliot"),
            new Kind("5131", 4, "hygieniapassi", "anniskelupassi", "asiakaspalvelu"),
            new Kind("5223", 6, "asiakaspalvelu", "kassatyö", "myyntityö"),
            new Kind("9112", 6, "siivous", "puhdistusaineet", "asiakaspalvelu"),
            new Kind("4110", 4, "taulukkolaskenta", "asiakaspalvelu", "laskutus"),
            new Kind("3313", 2, "kirjanpito", "laskutus", "taulukkolaskenta"),
            new Kind("2512", 2, "ohjelmointi", "tietokannat", "testaus"),
            new Kind("5414", 2, "vartijakortti", "ensiapu", "asiakaspalvelu"),
            new Kind("9321", 3, "pakkaus", "keräily", "vuorotyö"));
    private static final int TOTAL = KINDS.stream().mapToInt(Kind::weight).sum();
    private static final String[] AREA = {"285", "075", "624", "935", "489"};
    private static final String[] EDUCATION = {"Ammatillinen perustutkinto", "Ylioppilastutkinto", "Ammattitutkinto", "Peruskoulu",
            "Ammattikorkeakoulututkinto"};

    private DemoProfiles() {}

    /** Writes the person's profile row, if the person has one; true when written. */
    static boolean profile(long i, UUID customer, String home, String motherTongue, StringBuilder out, Instant now, String by) {
        SplittableRandom r = new SplittableRandom(PopulationGenerator.fmix64(i + 7_000_000_000L));
        if (r.nextInt(5) == 0) {
            return false;
        }
        Set<String> occupations = new LinkedHashSet<>();
        Set<String> skills = new LinkedHashSet<>();
        int wanted = 1 + r.nextInt(3);
        for (int k = 0; k < wanted; k++) {
            Kind kind = pick(r);
            occupations.add(kind.code());
            for (String s : kind.skills()) {
                if (r.nextInt(3) != 0) {
                    skills.add(s);
                }
            }
        }
        List<String> places = new ArrayList<>();
        if (r.nextInt(10) != 0) { // one in ten would work anywhere
            places.add(home);
            if (r.nextInt(5) < 2) {
                String other = AREA[r.nextInt(AREA.length)];
                if (!other.equals(home)) {
                    places.add(other);
                }
            }
        }
        Set<String> languages = new LinkedHashSet<>();
        languages.add(motherTongue.length() == 2 ? motherTongue : "fi");
        if (!"fi".equals(motherTongue) && r.nextInt(3) != 0) {
            languages.add("fi");
        }
        if (r.nextInt(5) == 0) {
            languages.add("sv");
        }
        if (r.nextInt(2) == 0) {
            languages.add("en");
        }
        PopulationGenerator.row(out, customer, array(occupations), array(places), array(languages), array(skills),
                EDUCATION[r.nextInt(EDUCATION.length)], r.nextInt(10) < 7, null, r.nextInt(5) < 3, 1, now, by);
        return true;
    }

    private static Kind pick(SplittableRandom r) {
        int n = r.nextInt(TOTAL);
        for (Kind k : KINDS) {
            n -= k.weight();
            if (n < 0) {
                return k;
            }
        }
        return KINDS.get(KINDS.size() - 1);
    }

    /** A PostgreSQL array in COPY's text format; the demo's values need no quoting beyond the quotes. */
    private static String array(java.util.Collection<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "}";
    }
}
