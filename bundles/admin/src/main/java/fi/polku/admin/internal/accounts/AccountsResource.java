package fi.polku.admin.internal.accounts;

import fi.polku.api.audit.AuditLog;
import fi.polku.api.i18n.Messages;
import fi.polku.api.organisation.Caseworker;
import fi.polku.api.organisation.Organisation;
import fi.polku.api.rest.FieldCheck;
import fi.polku.api.rest.Problem;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.security.accounts.AccountAdministration;
import fi.polku.security.accounts.AccountAdministration.Account;
import fi.polku.security.accounts.AccountAdministration.Details;
import fi.polku.security.accounts.AccountRefusal;
import fi.polku.security.accounts.PasswordRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/admin/accounts}: the IT admin manages who can log in. Staff (caseworkers, unit
 * leads, IT admins) have a unit and a service point, written to their file in {@code configs/};
 * a partner's user has its organisation and no other role, and sees the referrals of the service
 * modules named for it (none for a provider that works through a module's own pages, as a college
 * selects the applicants to the courses that name it). A deactivated account's sessions end at
 * once; so do they when its password is set. Every change is audited.
 */
@Component(service = AccountsResource.class)
@JakartarsResource
@SecuredResource
@jakarta.ws.rs.Path("v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Ids.IT_ADMIN)
public final class AccountsResource {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final Pattern MODULE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** An account as the IT admin sees and sends it; the password only in a request. */
    public record AccountJson(String username, String displayName, List<String> roles, String organisation, String unit,
            String servicePoint, List<String> modules, Boolean active, Instant createdAt, Instant lastLoginAt,
            Instant passwordChangedAt, String password) {}

    public record PasswordJson(String password) {}

    private final AccountAdministration accounts;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Messages messages;
    private final StaffFiles files;

    @Activate
    public AccountsResource(BundleContext context, @Reference AccountAdministration accounts, @Reference Organisation organisation,
            @Reference AuditLog audit, @Reference Messages messages) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.audit = audit;
        this.messages = messages;
        String dir = context.getProperty("polku.configs.dir");
        this.files = dir == null ? null : new StaffFiles(Path.of(dir));
    }

    @GET
    public List<AccountJson> list(@Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        return accounts.list().stream().map(this::json).toList();
    }

    @GET
    @jakarta.ws.rs.Path("{username}")
    public AccountJson one(@PathParam("username") String username, @Context SecurityContext s) {
        Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        return json(existing(username));
    }

    @POST
    public synchronized Response create(AccountJson in, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        FieldCheck check = new FieldCheck(messages);
        String username = in == null || in.username() == null ? "" : in.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            check.fail("username", "account.username-form");
        }
        Wanted wanted = wanted(in, check);
        char[] password = in == null || in.password() == null ? new char[0] : in.password().toCharArray();
        PasswordRules.check(username, password).ifPresent(rule -> passwordFault(check, rule));
        check.done();
        requireFiles();
        Account created;
        try {
            created = accounts.create(username, wanted.details(), password);
        } catch (AccountRefusal e) {
            throw refusal(e, username);
        }
        place(username, wanted);
        audit.record(admin, null, "account.create", "account " + username + " roles " + String.join(" ", ids(wanted.details().roles())) + where(wanted));
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    @PUT
    @jakarta.ws.rs.Path("{username}")
    public synchronized AccountJson update(@PathParam("username") String username, AccountJson in, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        existing(username);
        FieldCheck check = new FieldCheck(messages);
        Wanted wanted = wanted(in, check);
        check.done();
        if (username.equals(admin.username()) && !wanted.details().roles().contains(Role.IT_ADMIN)) {
            throw Problem.of(409, "own-admin-role", messages.texts("account.own-admin-role"));
        }
        requireFiles();
        Account changed;
        try {
            changed = accounts.update(username, wanted.details());
        } catch (AccountRefusal e) {
            throw refusal(e, username);
        }
        place(username, wanted);
        audit.record(admin, null, "account.update", "account " + username + " roles " + String.join(" ", ids(wanted.details().roles())) + where(wanted));
        return json(changed);
    }

    @POST
    @jakarta.ws.rs.Path("{username}/deactivate")
    public AccountJson deactivate(@PathParam("username") String username, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        existing(username);
        if (username.equals(admin.username())) {
            throw Problem.of(409, "own-account", messages.texts("account.own-account"));
        }
        Account a = active(username, false);
        audit.record(admin, null, "account.deactivate", "account " + username + ": deactivated, sessions ended");
        return json(a);
    }

    @POST
    @jakarta.ws.rs.Path("{username}/activate")
    public AccountJson activate(@PathParam("username") String username, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        existing(username);
        Account a = active(username, true);
        audit.record(admin, null, "account.activate", "account " + username + ": activated");
        return json(a);
    }

    @PUT
    @jakarta.ws.rs.Path("{username}/password")
    public Response password(@PathParam("username") String username, PasswordJson in, @Context SecurityContext s) {
        PolkuUser admin = Caller.require(s.getUserPrincipal(), Role.IT_ADMIN);
        existing(username);
        char[] password = in == null || in.password() == null ? new char[0] : in.password().toCharArray();
        FieldCheck check = new FieldCheck(messages);
        PasswordRules.check(username, password).ifPresent(rule -> passwordFault(check, rule));
        check.done();
        try {
            accounts.setPassword(username, password);
        } catch (AccountRefusal e) {
            throw refusal(e, username);
        }
        audit.record(admin, null, "account.password-set", "account " + username + ": password set, sessions ended");
        return Response.noContent().build();
    }

    /** What the request asks the account to be, checked field by field. */
    private record Wanted(Details details, String unit, String servicePoint, List<String> modules) {}

    private Wanted wanted(AccountJson in, FieldCheck check) {
        AccountJson a = in == null ? new AccountJson(null, null, null, null, null, null, null, null, null, null, null, null) : in;
        String name = check.text("displayName", a.displayName(), 200, true);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : a.roles() == null ? List.<String>of() : a.roles()) {
            Role r = id == null ? null : Role.fromId(id.trim().toLowerCase(Locale.ROOT));
            if (r == null) {
                check.fail("roles", "account.unknown-role", id);
            } else {
                roles.add(r);
            }
        }
        if (roles.isEmpty()) {
            check.fail("roles", "account.roles-required");
        }
        if (roles.contains(Role.UNIT_LEAD)) {
            roles.add(Role.CASEWORKER); // a unit lead is a caseworker who also leads
        }
        if (roles.contains(Role.PARTNER)) {
            if (roles.size() > 1) {
                check.fail("roles", "account.partner-alone");
            }
            String org = check.text("organisation", a.organisation(), 200, true);
            List<String> modules = new ArrayList<>();
            for (String m : a.modules() == null ? List.<String>of() : a.modules()) {
                String id = m == null ? "" : m.trim();
                if (!MODULE.matcher(id).matches()) {
                    check.fail("modules", "account.module-form");
                } else if (!modules.contains(id)) {
                    modules.add(id);
                }
            }
            return new Wanted(new Details(name, roles, org), null, null, modules);
        }
        String unit = null;
        String point = null;
        if (roles.contains(Role.CASEWORKER)) {
            unit = check.oneOf("unit", a.unit(), organisation.units().stream().map(fi.polku.api.organisation.Unit::id).toList());
            point = check.oneOf("servicePoint", a.servicePoint(),
                    organisation.servicePoints().stream().map(fi.polku.api.organisation.ServicePoint::id).toList());
        }
        return new Wanted(new Details(name, roles, null), unit, point, List.of());
    }

    private static void passwordFault(FieldCheck check, PasswordRules.Rule rule) {
        check.fail("password", passwordKey(rule), PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
    }

    /** The catalogue key that says the rule; {0} is the least length, {1} the most. */
    private static String passwordKey(PasswordRules.Rule rule) {
        return "account.password." + rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Writes where the person works (staff) or what for (a partner), and removes the file that no longer applies. */
    private void place(String username, Wanted w) {
        if (w.unit() != null) {
            files.writeCaseworker(username, w.unit(), w.servicePoint());
        } else {
            files.remove(files.caseworkerFile(username));
        }
        if (!w.modules().isEmpty()) {
            files.writePartner(username, w.modules());
        } else {
            files.remove(files.partnerFile(username));
        }
    }

    private Account active(String username, boolean active) {
        try {
            return accounts.setActive(username, active);
        } catch (AccountRefusal e) {
            throw refusal(e, username);
        }
    }

    private Account existing(String username) {
        return accounts.account(username).orElseThrow(() -> Problem.of(404, "no-account", messages.texts("account.no-account", username)));
    }

    private void requireFiles() {
        if (files == null) {
            throw Problem.of(409, "no-configs-folder", messages.texts("no-configs-folder"));
        }
    }

    private Problem refusal(AccountRefusal e, String username) {
        return switch (e.reason()) {
            case EXISTS -> Problem.invalid().field("username", messages.texts("account.exists", username)).build();
            case NO_ACCOUNT -> Problem.of(404, "no-account", messages.texts("account.no-account", username));
            case LAST_ADMIN -> Problem.of(409, "last-admin", messages.texts("account.last-admin"));
            case PASSWORD -> Problem.invalid().field("password",
                    messages.texts(passwordKey(e.rule()), PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH)).build();
        };
    }

    private AccountJson json(Account a) {
        Caseworker c = organisation.caseworker(a.username()).orElse(null);
        List<String> modules = files == null || !a.roles().contains(Role.PARTNER) ? List.of() : files.partnerModules(a.username());
        return new AccountJson(a.username(), a.displayName(), ids(a.roles()), a.organisation(), c == null ? null : c.unit(),
                c == null ? null : c.servicePoint(), modules, a.active(), a.createdAt(), a.lastLoginAt(), a.passwordChangedAt(), null);
    }

    private static List<String> ids(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().toList();
    }

    private static String where(Wanted w) {
        return w.unit() != null ? ", unit " + w.unit() + ", service point " + w.servicePoint()
                : w.modules().isEmpty() ? "" : ", modules " + String.join(" ", w.modules());
    }
}
