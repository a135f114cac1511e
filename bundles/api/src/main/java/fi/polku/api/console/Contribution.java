package fi.polku.api.console;

import fi.polku.api.security.Role;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One thing a bundle puts into the console.
 *
 * @param id a stable kebab-case id, unique in the console; pages are reached at {@code #/<id>}
 * @param slot where it goes
 * @param labels its label by language: {@code fi}, {@code sv} and {@code en}, all three required
 * @param script the absolute path of its ES module, served by the contributing bundle (e.g.
 *        {@code /console/coaching/courses-tab.js})
 * @param roles who sees it; a user with none of these roles never gets it
 * @param moduleId for a service module's contribution, the module id: it then shows only where a
 *        municipality maps the module's service type to this module (for a customer, the
 *        customer's home municipality); {@code null} for a contribution of the platform itself
 * @param order position in its slot, smaller first
 */
public record Contribution(String id, Slot slot, Map<String, String> labels, String script, Set<Role> roles, String moduleId, int order) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCRIPT = Pattern.compile("/console/[A-Za-z0-9._/-]+\\.js");

    public Contribution {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A contribution id is kebab-case letters and digits: " + id);
        }
        Objects.requireNonNull(slot, "slot");
        labels = Map.copyOf(labels);
        for (String language : new String[] {"fi", "sv", "en"}) {
            if (labels.get(language) == null || labels.get(language).isBlank()) {
                throw new IllegalArgumentException("Contribution " + id + " needs a label in " + language);
            }
        }
        // Scripts come from the console's own origin only: the shell's content security policy allows nothing else.
        if (script == null || !SCRIPT.matcher(script).matches() || script.contains("..")) {
            throw new IllegalArgumentException("A contribution's script is a path under /console/ ending in .js: " + script);
        }
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Contribution " + id + " names no role that may see it");
        }
    }

    /** A platform contribution (not a module's). */
    public static Contribution of(String id, Slot slot, Map<String, String> labels, String script, Set<Role> roles, int order) {
        return new Contribution(id, slot, labels, script, roles, null, order);
    }
}
