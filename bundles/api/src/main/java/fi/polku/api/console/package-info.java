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
 */
@Version("1.0.0")
package fi.polku.api.console;

import org.osgi.annotation.versioning.Version;
