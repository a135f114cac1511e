package fi.polku.api.module;

import java.time.LocalDate;

/**
 * The least a module needs to know to say whether it can serve a customer: no name, no identity
 * code. Everything a module learns about a person it learns from this and, once referred, from
 * the referral.
 *
 * @param age age in full years today
 * @param municipalityCode the home municipality
 * @param language {@code fi}, {@code sv} or {@code other}
 * @param jobSearchStart the start of the open job-search period, or null when there is none
 * @param integrationPlan true when the customer is entitled to an integration plan
 */
public record ReferralSubject(int age, String municipalityCode, String language, LocalDate jobSearchStart, boolean integrationPlan) {}
