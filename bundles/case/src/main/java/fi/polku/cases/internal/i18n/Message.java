package fi.polku.cases.internal.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every message of the case bundle; the texts, in Finnish, Swedish and English, are in the
 * bundle's catalogue {@code OSGI-INF/l10n/messages_*.properties}. Field messages are shown next
 * to a form field, so they need not name the field. {@code {0}}, {@code {1}} are
 * replaced by the arguments (plain replacement, not {@code MessageFormat}: no quoting rules).
 * The English texts are those the API has always given; clients and tests may match on them.
 */
public enum Message {
    // ---- general
    REQUIRED,
    TOO_LONG,
    CHOOSE_ONE,
    NOT_ONE_OF,
    DATE_REQUIRED,
    NOT_A_DATE,
    // ---- lists
    PAGE_OFFSET,
    PAGE_LIMIT,
    SORT_UNKNOWN,
    STEP_UNKNOWN,
    TRUE_OR_FALSE,
    WORKER_UNKNOWN,
    SEARCH_NOT_A_DATE,
    AUDIT_TO_BEFORE_FROM,
    AUDIT_ACTION_FORM,
    AUDIT_IDENTITY_CODE,
    // ---- registration
    MUNICIPALITY_REQUIRED,
    MUNICIPALITY_OUTSIDE_AREA,
    LANGUAGE_CHOICE,
    MOTHER_TONGUE_CODE,
    MOTHER_TONGUE_NEEDED,
    PHONE_FORMAT,
    EMAIL_FORMAT,
    POSTAL_CODE_FORMAT,
    CHANNEL_CHOICE,
    PHONE_NEEDED_FOR_CHANNEL,
    EMAIL_NEEDED_FOR_CHANNEL,
    DEMO_SYNTHETIC_ONLY,

    // ---- identity code (henkilötunnus, personbeteckning)
    IDENTITY_CODE_MISSING,
    IDENTITY_CODE_LENGTH,
    IDENTITY_CODE_BIRTH_DATE_DIGITS,
    IDENTITY_CODE_CENTURY_SIGN,
    IDENTITY_CODE_INDIVIDUAL_DIGITS,
    IDENTITY_CODE_INDIVIDUAL_NEVER_ISSUED,
    IDENTITY_CODE_NO_SUCH_DATE,
    IDENTITY_CODE_CONTROL_CHARACTER,
    START_TOO_FAR_AHEAD,
    NO_RULE_SET,

    // ---- interview and employment plan
    HELD_IN_FUTURE,
    HELD_BEFORE_START,
    PREREQUISITES_REQUIRED,
    SERVICE_NEED_REQUIRED,
    PLAN_REQUIRED_AT_INITIAL,
    PLAN_REQUIRED_AT_JOB_SEARCH,
    APPLICATIONS_PER_MONTH,

    // ---- transfer and end of a period
    NO_SUCH_UNIT,
    TRANSFER_REASON_REQUIRED,
    END_REASON_REQUIRED,
    END_BEFORE_START,
    END_IN_FUTURE,

    // ---- referrals
    SERVICE_TYPE_REQUIRED,
    PURPOSE_REQUIRED,
    NOTE_OUTCOME_REQUIRED,
    NOTE_REASON_REQUIRED,

    // ---- refusals of a whole request (404, 409) that caseworkers meet in the console
    CUSTOMER_NOT_FOUND,
    PERIOD_NOT_FOUND,
    TASK_NOT_FOUND,
    PERIOD_ALREADY_OPEN,
    PERIOD_AFTER_PREVIOUS,
    INTERVIEW_ON_ENDED_PERIOD,
    INITIAL_ALREADY_RECORDED,
    PERIOD_ENDED,
    PERIOD_ALREADY_ENDED,
    // ---- neglects and labour-policy statements
    NEGLECT_BODY,
    NEGLECT_IN_FUTURE,
    NEGLECT_OUTSIDE_PERIOD,
    NEGLECT_EXPLANATION_REQUIRED,
    NEGLECT_ALREADY_DECIDED,
    NEGLECT_VALID_REASON_REQUIRED,
    NEGLECT_REASONING_REQUIRED,
    NEGLECT_HEARING_OPEN,
    NEGLECT_FUND_REQUIRED,
    NEGLECT_NOT_DECIDED,
    NEGLECT_STATEMENT_SENT,
    NEGLECT_NO_RULES,
    NEGLECT_KIND_NOT_IN_RULES,
    NEGLECT_NOT_FOUND,
    STATEMENTS_SPAN,
    ALREADY_IN_UNIT,
    TASK_NOT_OPEN,
    TASK_TAKEN,
    SERVICE_NOT_OFFERED,
    SERVICE_NOT_AVAILABLE_NOW,
    MODULE_FAILED,
    NOT_ELIGIBLE,
    REFERRAL_ALREADY_OPEN,
    REFERRAL_ILLEGAL_MOVE,

    // ---- refusals of whole requests that API clients meet
    UNIT_UNKNOWN,
    MUNICIPALITY_NOT_IN_AREA,
    WITHIN_DAYS_RANGE,
    LIABILITY_STEP_UNKNOWN,
    LIABILITY_HORIZON_UNKNOWN,
    NOT_A_NUMBER,
    PERIOD_BODY,
    INTERVIEW_BODY,
    TRANSFER_BODY,
    END_BODY,
    REFERRAL_BODY,
    NOT_FOUND_BY,
    NO_SUCH_ID,
    NO_SUCH_REFERRAL_ACTION,
    REFERRAL_NOT_YOURS,
    IDENTITY_OWN_PRODUCTION_ONLY,

    // ---- more refusals of whole requests
    CUSTOMER_BODY,
    ALREADY_REGISTERED,
    SEARCH_TOO_SHORT,
    SEARCH_NAME_TOO_LONG,
    RULES_NONE_FOR,
    RULES_START_REQUIRED,
    RULES_START_RANGE,
    DEMO_ONLY,
    DEMO_COUNT,
    MONTHS_RANGE,
    DAYS_RANGE,
    OFFER_NOT_OFFERED,
    OFFER_NOT_AVAILABLE,
    // ---- imports
    IMPORT_CONTROL_CHARACTER,
    IMPORT_NEEDS_SEARCH_START,
    IMPORT_NOT_A_DATE,
    IMPORT_START_AHEAD,
    IMPORT_YES_OR_NO,
    IMPORT_NOT_SAVED,
    IMPORT_FILE_EMPTY,
    IMPORT_FILE_NOT_CSV,
    IMPORT_FILE_COLUMNS_MISSING,
    IMPORT_FILE_NO_ROWS,
    IMPORT_FILE_TOO_MANY_ROWS,
    IMPORT_FILE_NAME,
    IMPORT_NOT_FOUND,
    IMPORT_BODY,
    // ---- forecasts
    WEEKS_RANGE,
    RULESET_NOT_A_DRAFT;

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** Its key in the catalogue, {@code OSGI-INF/l10n/messages_*.properties}: the constant's name in kebab case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The template in a language, placeholders unreplaced. */
    public String template(Language language) {
        return CaseCatalogue.template(language, key());
    }

    /** The text in each of fi, sv and en, as the API's multilingual texts are. */
    public Map<String, String> texts(Object... args) {
        Map<String, String> texts = new TreeMap<>();
        for (Language language : Language.values()) {
            texts.put(language.tag(), in(language, args));
        }
        return texts;
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
