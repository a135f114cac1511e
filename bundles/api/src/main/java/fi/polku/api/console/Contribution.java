package fi.polku.api.console;

import fi.polku.api.i18n.Texts;
import fi.polku.api.security.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One thing a bundle puts into the console. Built with {@link #builder}, so that a later version
 * can add properties without breaking a bundle built against this one:
 *
 * <pre>
 * Contribution.builder("coaching-courses", Slot.CUSTOMER_TAB)
 *         .labels(messages.texts("tab.courses"))
 *         .script("/console/coaching/courses-tab.js")
 *         .roles(Role.CASEWORKER, Role.UNIT_LEAD)
 *         .module("coaching-default")
 *         .order(30)
 *         .build();
 * </pre>
 */
public final class Contribution {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SCRIPT = Pattern.compile("/console/[A-Za-z0-9._/-]+\\.js");

    private final String id;
    private final Slot slot;
    private final Map<String, String> labels;
    private final String script;
    private final Set<Role> roles;
    private final @Nullable String moduleId;
    private final int order;

    private Contribution(Builder b) {
        this.id = b.id;
        this.slot = b.slot;
        this.labels = Texts.complete(b.labels, "Contribution " + b.id + "'s label");
        // Scripts come from the console's own origin only: the shell's content security policy allows nothing else.
        if (b.script == null || !SCRIPT.matcher(b.script).matches() || b.script.contains("..")) {
            throw new IllegalArgumentException("A contribution's script is a path under /console/ ending in .js: " + b.script);
        }
        this.script = b.script;
        if (b.roles.isEmpty()) {
            throw new IllegalArgumentException("Contribution " + b.id + " names no role that may see it");
        }
        this.roles = Set.copyOf(b.roles);
        this.moduleId = b.moduleId;
        this.order = b.order;
    }

    /**
     * @param id a stable kebab-case id, unique in the console; pages are reached at {@code #/<id>}
     * @param slot where it goes
     */
    public static Builder builder(String id, Slot slot) {
        return new Builder(id, slot);
    }

    public String id() {
        return id;
    }

    public Slot slot() {
        return slot;
    }

    /** Its label by language tag: fi, sv and en at least. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The absolute path of its ES module, served by the contributing bundle. */
    public String script() {
        return script;
    }

    /** Who sees it; a user with none of these roles never gets it. */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * For a service module's contribution, the module id: it then shows only where a municipality
     * maps the module's service type to this module (for a customer, the customer's home
     * municipality); empty for a contribution of the platform itself.
     */
    public Optional<String> moduleId() {
        return Optional.ofNullable(moduleId);
    }

    /** Position in its slot, smaller first. */
    public int order() {
        return order;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contribution c && id.equals(c.id) && slot == c.slot && labels.equals(c.labels) && script.equals(c.script)
                && roles.equals(c.roles) && Objects.equals(moduleId, c.moduleId) && order == c.order;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, slot, script, moduleId, order);
    }

    @Override
    public String toString() {
        return "Contribution[" + id + " in " + slot.id() + ", " + script + (moduleId == null ? "" : ", module " + moduleId) + "]";
    }

    /** Builds a {@link Contribution}; {@link #build()} checks it. */
    public static final class Builder {
        private final String id;
        private final Slot slot;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private @Nullable String script;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private @Nullable String moduleId;
        private int order = 100;

        private Builder(String id, Slot slot) {
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A contribution id is kebab-case letters and digits: " + id);
            }
            this.id = id;
            this.slot = Objects.requireNonNull(slot, "slot");
        }

        /** The label by language tag (fi, sv and en required), e.g. from {@code messages.texts(key)}. */
        public Builder labels(Map<String, String> labels) {
            this.labels.putAll(labels);
            return this;
        }

        public Builder label(String language, String label) {
            this.labels.put(language, label);
            return this;
        }

        /** The absolute path of its ES module under {@code /console/}, e.g. {@code /console/coaching/courses-tab.js}. */
        public Builder script(String script) {
            this.script = script;
            return this;
        }

        public Builder roles(Role... roles) {
            this.roles.addAll(Set.of(roles));
            return this;
        }

        public Builder roles(Set<Role> roles) {
            this.roles.addAll(roles);
            return this;
        }

        /** Marks it a service module's contribution (see {@link Contribution#moduleId()}). */
        public Builder module(String moduleId) {
            this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
            return this;
        }

        /** Position in its slot, smaller first; 100 when not given. */
        public Builder order(int order) {
            this.order = order;
            return this;
        }

        public Contribution build() {
            return new Contribution(this);
        }
    }
}
