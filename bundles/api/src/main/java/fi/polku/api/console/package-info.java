/**
 * The console contract: how a bundle puts pages, tabs, actions and widgets into the caseworkers'
 * web console.
 *
 * <p>The console is a shell with {@link fi.polku.api.console.Slot slots}. A bundle registers a
 * {@link fi.polku.api.console.ConsoleContributor} service that lists its
 * {@link fi.polku.api.console.Contribution contributions}, and serves each contribution's script
 * itself, as a static resource through the OSGi Servlet Whiteboard (for example
 * {@code @HttpWhiteboardResource(pattern = "/console/my-module/*", prefix = "/console/my-module")}).
 * The console shows exactly what is registered now: when the bundle stops, its service and its
 * resources go, and the next page load no longer shows them.
 *
 * <p>The browser side of the contract: a contribution's script is an ES module whose default
 * export is {@code async function render(root, context)}. It draws into {@code root} and may
 * import the shell's helpers from {@code /console/shell/polku.js} (REST calls with the session's
 * CSRF token, the user's language, forms with field errors). Texts are given in Finnish,
 * Swedish and English.
 *
 * <p>What {@code context} holds, by slot:
 * <ul>
 * <li>every slot: {@code contribution} (the contribution itself, as the console lists it: id,
 *     slot, labels, script, moduleId);</li>
 * <li>{@code NAVIGATION}, {@code PAGE}, {@code ADMIN_PAGE}: {@code args}, the address's parts
 *     after {@code #/<id>/} (decoded), and {@code page};</li>
 * <li>{@code CUSTOMER_TAB} and {@code CASE_ACTION}: {@code customer} (as {@code GET
 *     /api/v1/customers/{id}} gives it, identity code masked), {@code periods}, {@code openPeriod}
 *     (or null), {@code org} (the organisation) and {@code reload()}, which draws the customer's
 *     page anew after a change; actions also get {@code close()};</li>
 * <li>{@code DASHBOARD_WIDGET}: nothing more.</li>
 * </ul>
 * A {@code CASE_ACTION} script may also export {@code available(context)}; the action's button
 * is shown only when it returns true (e.g. "start the job search" only without an open one).
 *
 * <p>When two contributions share an id, the one from the bundle with the lower bundle id (the
 * one installed first, normally the platform's) is shown and the other is left out and logged.
 */
@Version("1.1.0")
@NullMarked
package fi.polku.api.console;

import org.jspecify.annotations.NullMarked;
import org.osgi.annotation.versioning.Version;
