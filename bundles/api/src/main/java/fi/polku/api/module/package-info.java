/**
 * The service-module contract: what a module (coaching, training, subsidies, a partner's own
 * service ...) declares about itself and what it answers, and how the core routes a
 * municipality's residents to the module that serves them.
 *
 * <p>A module registers a {@link fi.polku.api.module.ServiceModule} service. Each municipality's
 * configuration maps a service type to a module id; {@link fi.polku.api.module.ModuleRouting}
 * answers which module serves a municipality, or why none does. Since 1.1 a module also hears
 * of the referrals made to it and of each move ({@link fi.polku.api.module.ReferralEvent}), and
 * since 1.2 serves them through providers of its own choosing ({@link fi.polku.api.module.ModuleReferrals}); since 1.3 a
 * module of the authority's own production may name the person in an act to another authority
 * ({@link fi.polku.api.module.ModuleReferrals#identityCode}).
 */
@Version("1.3.0")
@NullMarked
package fi.polku.api.module;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
