package fi.polku.cases.internal.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Every validation message of the case bundle, in Finnish, Swedish and English. The texts are
 * shown next to a form field, so they need not name the field. {@code {0}}, {@code {1}} are
 * replaced by the arguments (plain replacement, not {@code MessageFormat}: no quoting rules).
 * The English texts are those the API has always given; clients and tests may match on them.
 */
public enum Message {
    // ---- general -------------------------------------------------------------------------
    REQUIRED("Pakollinen tieto.", "Obligatorisk uppgift.", "This is required."),
    TOO_LONG("Enintään {0} merkkiä.", "Högst {0} tecken.", "At most {0} characters."),
    CHOOSE_ONE("Valitse jokin näistä: {0}.", "Välj ett av följande: {0}.", "Choose one of {0}."),
    NOT_ONE_OF("”{1}” ei käy; valitse jokin näistä: {0}.", "”{1}” duger inte; välj ett av följande: {0}.",
            "Must be one of {0}; '{1}' is not."),
    DATE_REQUIRED("Pakollinen tieto: päivämäärä muodossa VVVV-KK-PP.", "Obligatorisk uppgift: datum i formen ÅÅÅÅ-MM-DD.",
            "This is required, as YYYY-MM-DD."),
    NOT_A_DATE("”{0}” ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP.", "”{0}” är inte ett datum; skriv det i formen ÅÅÅÅ-MM-DD.",
            "'{0}' is not a date; write it as YYYY-MM-DD."),

    // ---- registration --------------------------------------------------------------------
    MUNICIPALITY_REQUIRED("Kotikunta on pakollinen tieto.", "Hemkommunen är en obligatorisk uppgift.", "The home municipality is required."),
    MUNICIPALITY_OUTSIDE_AREA("Kunta {0} ei kuulu tähän työllisyysalueeseen ({1}). Muualla asuvaa palvelee hänen kotikuntansa työllisyysalue.",
            "Kommunen {0} hör inte till det här sysselsättningsområdet ({1}). En person som bor någon annanstans betjänas av "
                    + "sysselsättningsområdet i sin hemkommun.",
            "Municipality {0} is not in this employment area ({1}). A person living elsewhere is served by the employment area "
                    + "of their home municipality."),
    LANGUAGE_CHOICE("Kieli on fi (suomi), sv (ruotsi) tai other (muu).", "Språket är fi (finska), sv (svenska) eller other (annat).",
            "The language is fi, sv or other."),
    PHONE_FORMAT("Puhelinnumerossa on 5–20 merkkiä: numeroita, välilyöntejä, +, - tai sulkeita.",
            "Ett telefonnummer har 5–20 tecken: siffror, mellanslag, +, - eller parenteser.",
            "A phone number has 5-20 digits, spaces, +, - or brackets."),
    EMAIL_FORMAT("”{0}” ei ole sähköpostiosoite.", "”{0}” är inte en e-postadress.", "'{0}' is not an e-mail address."),
    POSTAL_CODE_FORMAT("Postinumerossa on viisi numeroa.", "Ett postnummer har fem siffror.", "A Finnish postal code has five digits."),
    CHANNEL_CHOICE("Yhteydenottotapa on jokin näistä: {0}.", "Kontaktsättet är ett av följande: {0}.", "The contact channel is one of {0}."),
    PHONE_NEEDED_FOR_CHANNEL("Puhelinnumero tarvitaan, kun toivottu yhteydenottotapa on puhelin.",
            "Ett telefonnummer behövs när det önskade kontaktsättet är telefon.",
            "A phone number is needed when the preferred channel is phone."),
    EMAIL_NEEDED_FOR_CHANNEL("Sähköpostiosoite tarvitaan, kun toivottu yhteydenottotapa on sähköposti.",
            "En e-postadress behövs när det önskade kontaktsättet är e-post.",
            "An e-mail address is needed when the preferred channel is e-mail."),
    DEMO_SYNTHETIC_ONLY("Tämä on demoasennus: se hyväksyy vain testihenkilötunnuksia, joiden yksilönumero on 900–999.",
            "Det här är en demoinstallation: den godkänner bara testpersonbeteckningar, vars individnummer är 900–999.",
            "This is a demo installation: it accepts only synthetic identity codes, whose individual number is 900-999."),

    // ---- identity code (henkilötunnus, personbeteckning) ----------------------------------
    IDENTITY_CODE_MISSING("Henkilötunnus puuttuu.", "Personbeteckningen saknas.", "The identity code is missing."),
    IDENTITY_CODE_LENGTH("Henkilötunnuksessa on 11 merkkiä (esimerkiksi 010190-9012); ”{0}” on {1} merkkiä.",
            "En personbeteckning har 11 tecken (till exempel 010190-9012); ”{0}” har {1}.",
            "An identity code has 11 characters (like 010190-9012); '{0}' has {1}."),
    IDENTITY_CODE_BIRTH_DATE_DIGITS("Henkilötunnuksen kuusi ensimmäistä merkkiä ovat syntymäaika muodossa PPKKVV; ”{0}” ei ole.",
            "De sex första tecknen i en personbeteckning är födelsedatumet i formen DDMMÅÅ; ”{0}” är det inte.",
            "The first six characters of an identity code are the birth date DDMMYY; '{0}' is not."),
    IDENTITY_CODE_CENTURY_SIGN("Seitsemäs merkki ”{0}” ei ole välimerkki (+, -, Y, X, W, V, U, A, B, C, D, E tai F).",
            "Det sjunde tecknet ”{0}” är inte ett skiljetecken (+, -, Y, X, W, V, U, A, B, C, D, E eller F).",
            "The 7th character '{0}' is not a century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F)."),
    IDENTITY_CODE_INDIVIDUAL_DIGITS("Henkilötunnuksen merkit 8–10 ovat yksilönumero, kolme numeroa; ”{0}” ei ole.",
            "Tecknen 8–10 i en personbeteckning är individnumret, tre siffror; ”{0}” är det inte.",
            "Characters 8-10 of an identity code are the individual number, three digits; '{0}' is not."),
    IDENTITY_CODE_INDIVIDUAL_NEVER_ISSUED("Yksilönumeroa {0} ei koskaan anneta (yksilönumerot ovat 002–999).",
            "Individnumret {0} ges aldrig ut (individnumren är 002–999).",
            "The individual number {0} is never issued (it is 002-999)."),
    IDENTITY_CODE_NO_SUCH_DATE("Henkilötunnuksen syntymäaikaa {0} ei ole olemassa.",
            "Födelsedatumet {0} i personbeteckningen finns inte.",
            "The birth date {0} in the identity code does not exist."),
    IDENTITY_CODE_CONTROL_CHARACTER("Henkilötunnuksen tarkistusmerkki ei täsmää: tunnus on kirjoitettu väärin.",
            "Personbeteckningens kontrolltecken stämmer inte: beteckningen är felskriven.",
            "The control character of the identity code is wrong: the code is mistyped."),

    // ---- job-search period ---------------------------------------------------------------
    START_TOO_FAR_AHEAD("Alkupäivä {0} on yli kuukauden päässä; työnhaku alkaa, kun henkilö ilmoittautuu työnhakijaksi.",
            "Startdagen {0} ligger mer än en månad framåt; ett arbetssökande börjar när personen anmäler sig som arbetssökande.",
            "{0} is more than a month ahead; a job search starts when the person registers."),
    NO_RULE_SET("Mikään asennettu sääntöversio ei koske työnhakua, joka alkaa {0}; asennettuina: {1}.",
            "Ingen installerad regelversion gäller ett arbetssökande som börjar {0}; installerade: {1}.",
            "No rule set applies to a job search starting {0}; installed: {1}."),

    // ---- interview and employment plan ---------------------------------------------------
    HELD_IN_FUTURE("Päivä {0} on tulevaisuudessa; kirjaa haastattelu vasta, kun se on pidetty.",
            "Dagen {0} ligger i framtiden; registrera samtalet först när det har hållits.",
            "{0} is in the future; record an interview once it has been held."),
    HELD_BEFORE_START("Päivä {0} on ennen työnhaun alkua ({1}).", "Dagen {0} är före arbetssökandets början ({1}).",
            "{0} is before the job search started ({1})."),
    PREREQUISITES_REQUIRED("Pakollinen alkuhaastattelussa: arvio työnhaun ja työllistymisen edellytyksistä.",
            "Obligatorisk vid den inledande intervjun: bedömning av förutsättningarna att söka arbete och få sysselsättning.",
            "Required at an initial interview: the assessment of the prerequisites to seek work and find employment."),
    SERVICE_NEED_REQUIRED("Pakollinen alkuhaastattelussa: arvio palvelutarpeesta.",
            "Obligatorisk vid den inledande intervjun: bedömning av servicebehovet.",
            "Required at an initial interview: the assessment of the service need."),
    PLAN_REQUIRED_AT_INITIAL("Työllistymissuunnitelma on pakollinen: alkuhaastattelussa laaditaan työllistymissuunnitelma.",
            "Sysselsättningsplanen är obligatorisk: vid den inledande intervjun görs en sysselsättningsplan upp.",
            "The employment plan is required: the initial interview draws up the employment plan."),
    PLAN_REQUIRED_AT_JOB_SEARCH("Työllistymissuunnitelma on pakollinen: työnhakukeskustelussa päivitetään työllistymissuunnitelma.",
            "Sysselsättningsplanen är obligatorisk: vid jobbsökningssamtalet uppdateras sysselsättningsplanen.",
            "The employment plan is required: a job-search interview updates the employment plan."),
    APPLICATIONS_PER_MONTH("Työnhakuvelvollisuus on luku 0–50 (hakemusta kuukaudessa).",
            "Skyldigheten att söka arbete är ett tal från 0 till 50 (ansökningar per månad).",
            "The work-search obligation is a number from 0 to 50 (applications a month)."),

    // ---- transfer and end of a period ----------------------------------------------------
    NO_SUCH_UNIT("Yksikköä ”{0}” ei ole; yksiköt: {1}.", "Det finns ingen enhet ”{0}”; enheterna är: {1}.",
            "There is no unit '{0}'; units: {1}."),
    TRANSFER_REASON_REQUIRED("Pakollinen tieto: kirjaa palvelutarve, jonka vuoksi asiakas siirretään.",
            "Obligatorisk uppgift: ange det servicebehov som överföringen grundar sig på.",
            "This is required: record the service need behind the transfer."),
    END_REASON_REQUIRED("Pakollinen tieto (esimerkiksi työllistynyt, muuttanut pois, opinnot).",
            "Obligatorisk uppgift (till exempel fått arbete, flyttat bort, studier).",
            "This is required (e.g. employed, moved away, studies)."),
    END_BEFORE_START("Päättymispäivä {0} on ennen työnhaun alkua ({1}).", "Slutdagen {0} är före arbetssökandets början ({1}).",
            "{0} is before the start {1}."),
    END_IN_FUTURE("Päättymispäivä {0} on tulevaisuudessa; päätä työnhaku vasta, kun se on päättynyt.",
            "Slutdagen {0} ligger i framtiden; avsluta ett arbetssökande först när det har upphört.",
            "{0} is in the future; end a job search when it has ended."),

    // ---- referrals -----------------------------------------------------------------------
    SERVICE_TYPE_REQUIRED("Valitse palvelu.", "Välj en tjänst.", "This is required (e.g. coaching)."),
    PURPOSE_REQUIRED("Pakollinen tieto: mihin palveluun ohjaus tähtää ja miksi.",
            "Obligatorisk uppgift: vad hänvisningen gäller och varför.",
            "This is required: what the referral is for."),
    NOTE_OUTCOME_REQUIRED("Pakollinen tieto: kirjaa palvelun tulos.", "Obligatorisk uppgift: ange resultatet av tjänsten.",
            "This is required: the outcome."),
    NOTE_REASON_REQUIRED("Pakollinen tieto: kirjaa syy.", "Obligatorisk uppgift: ange orsaken.",
            "This is required: the reason."),

    // ---- refusals of a whole request (404, 409) that caseworkers meet in the console -------
    CUSTOMER_NOT_FOUND("Asiakasta {0} ei löydy.", "Kunden {0} finns inte.", "No customer {0}."),
    PERIOD_NOT_FOUND("Työnhakua {0} ei löydy.", "Arbetssökningen {0} finns inte.", "No job-search period {0}."),
    TASK_NOT_FOUND("Tehtävää {0} ei löydy.", "Uppgiften {0} finns inte.", "No task {0}."),
    PERIOD_ALREADY_OPEN("Asiakkaalla on jo {0} alkanut voimassa oleva työnhaku ({1}); päätä se ennen uuden aloittamista.",
            "Kunden har redan en pågående arbetssökning sedan {0} ({1}); avsluta den innan en ny inleds.",
            "The customer already has an open job-search period from {0} ({1}); end it before starting another."),
    PERIOD_AFTER_PREVIOUS("Edellinen työnhaku päättyi {0}; uusi voi alkaa vasta sen jälkeen.",
            "Den föregående arbetssökningen slutade {0}; en ny kan börja först efter det.",
            "The previous job-search period ended on {0}; a new one starts after that."),
    INTERVIEW_ON_ENDED_PERIOD("Työnhaku päättyi {0}; haastattelut kirjataan voimassa olevaan työnhakuun.",
            "Arbetssökningen slutade {0}; samtal registreras på en pågående arbetssökning.",
            "The job-search period ended on {0}; interviews are recorded on an open period."),
    INITIAL_ALREADY_RECORDED("Tämän työnhaun alkuhaastattelu on jo kirjattu.",
            "Den inledande intervjun för den här arbetssökningen har redan registrerats.",
            "The initial interview of this period has already been recorded."),
    PERIOD_ENDED("Työnhaku päättyi {0}.", "Arbetssökningen slutade {0}.", "The job-search period ended on {0}."),
    PERIOD_ALREADY_ENDED("Työnhaku on jo päättynyt {0}.", "Arbetssökningen har redan slutat {0}.",
            "The job-search period already ended on {0}."),
    ALREADY_IN_UNIT("Asiakasta palvelee jo yksikkö {0}.", "Kunden betjänas redan av enheten {0}.",
            "The customer is already served by the {0} unit."),
    TASK_NOT_OPEN("Tehtävä ei ole enää avoin ({0}).", "Uppgiften är inte längre öppen ({0}).", "The task is {0}."),
    TASK_TAKEN("Tehtävä on jo käyttäjän {0} työlistalla.", "Uppgiften finns redan på arbetslistan för {0}.",
            "The task is already on {0}'s worklist."),
    SERVICE_NOT_OFFERED("Palvelua {0} ei tarjota kunnan {1} asukkaille.", "Tjänsten {0} erbjuds inte invånarna i kommunen {1}.",
            "Service {0} is not available to residents of municipality {1}."),
    SERVICE_NOT_AVAILABLE_NOW("Palvelu {0} ei ole juuri nyt käytettävissä kunnan {1} asukkaille.",
            "Tjänsten {0} är inte tillgänglig för invånarna i kommunen {1} just nu.",
            "Service {0} is not available to residents of municipality {1} at the moment."),
    MODULE_FAILED("Palvelu {0} ei ole juuri nyt käytettävissä ({1}); mitään ei tallennettu. Yritä myöhemmin uudelleen.",
            "Tjänsten {0} är inte tillgänglig just nu ({1}); inget sparades. Försök igen senare.",
            "Service {0} is not available at the moment ({1}); nothing was saved. Try again later."),
    NOT_ELIGIBLE("Asiakasta ei voi ohjata tähän palveluun (palvelun peruste: {0})",
            "Kunden kan inte hänvisas till den här tjänsten (tjänstens motivering: {0})",
            "The customer cannot be referred to this service (the service's reason: {0})"),
    REFERRAL_ALREADY_OPEN("Asiakkaalla on jo avoin ohjaus palveluun {0}. Jos uusi ohjaus on tarkoituksellinen, lähetä se uudelleen vahvistettuna.",
            "Kunden har redan en öppen hänvisning till tjänsten {0}. Om en ny hänvisning är avsiktlig, skicka den igen bekräftad.",
            "The customer already has an open referral to {0}. If a second one is intended, send it again confirmed (\"again\": true)."),
    REFERRAL_ILLEGAL_MOVE("Ohjaus, jonka tila on {0}, ei voi siirtyä tilaan {1}.", "En hänvisning med status {0} kan inte bli {1}.",
            "A {0} referral cannot become {1}.");

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final String fi;
    private final String sv;
    private final String en;

    Message(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    /** The template in a language, placeholders unreplaced. */
    public String template(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    /**
     * The text in a language. A date is written as a Finn writes it (3.3.2025) in Finnish and
     * Swedish, and as ISO in English as before; an argument that is itself per language (such as
     * a list of municipality names) is asked for the language.
     */
    public String in(Language language, Object... args) {
        String text = template(language);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", render(args[i], language));
        }
        return text;
    }

    /** A date as a reader of the language writes it: 3.3.2025 in Finnish and Swedish, ISO 2025-03-03 in English. */
    public static String date(LocalDate date, Language language) {
        return language == Language.EN ? date.toString() : date.format(FINNISH_DATE);
    }

    private static String render(Object arg, Language language) {
        if (arg instanceof LocalDate d) {
            return date(d, language);
        }
        if (arg instanceof PerLanguage p) {
            return p.in(language);
        }
        return String.valueOf(arg);
    }

    /** An argument whose words depend on the language, such as municipality names. */
    @FunctionalInterface
    public interface PerLanguage {
        String in(Language language);
    }
}
