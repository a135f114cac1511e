/**
 * Placement (työnvälitys) between an employer-services module and the core. The core keeps the
 * job seekers' side: their job-search profiles, the job offers made to them, and the matching of
 * profiles to a vacancy ({@link fi.polku.api.placement.Placement}). An employer-services module
 * keeps the employers' side: employers, vacancies, presentations, and answers the core's
 * questions about its vacancies ({@link fi.polku.api.placement.VacancyDirectory}). Occupations
 * are ISCO-08 codes (Statistics Finland's classification of occupations 2010 is built on it):
 * four digits for a unit group, a fifth for the Finnish detail.
 */
@Version("1.0.0")
@NullMarked
package fi.polku.api.placement;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
