package fi.polku.subsidies.internal;

import fi.polku.api.i18n.Messages;
import fi.polku.api.i18n.Texts;
import fi.polku.api.rest.Problem;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import fi.polku.api.rest.SecuredResource;
import fi.polku.api.audit.AuditLog;
import fi.polku.api.security.Caller;
import fi.polku.api.security.PolkuUser;
import fi.polku.api.security.Role;
import fi.polku.api.time.FinnishCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /api/v1/subsidies/appropriations}: each kind's appropriation for a year with what is
 * committed and what remains; unit leads set or raise them.
 */
@Component(service = AppropriationsResource.class)
@JakartarsResource
// Served only while the authentication filter, the role checks and the module's error mapper are in place.
@SecuredResource
@Path("v1/subsidies/appropriations")
@Produces(MediaType.APPLICATION_JSON)
public final class AppropriationsResource {
    /** The body of a PUT: the year's whole appropriation for the kind, in cents. */
    public record AmountInput(Long amountCents) {}

    private final SubsidyStore store;
    private final AuditLog audit;
    private final Messages messages;

    @Activate
    public AppropriationsResource(@Reference SubsidyStore store, @Reference AuditLog audit, @Reference Messages messages) {
        this.messages = messages;
        this.store = store;
        this.audit = audit;
    }

    /** Every kind for the year ({@code ?year=}, this year by default), also those not set yet (amount 0). */
    @GET
    @RolesAllowed({Role.Ids.CASEWORKER, Role.Ids.UNIT_LEAD})
    public List<Views.AppropriationView> list(@QueryParam("year") String year, @Context SecurityContext s,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Caller.require(s.getUserPrincipal(), Role.CASEWORKER, Role.UNIT_LEAD);
        int y = year == null || year.isBlank() ? FinnishCalendar.today().getYear() : year(year);
        Map<String, Appropriations.Row> rows = store.appropriations(y).stream()
                .collect(Collectors.toMap(Appropriations.Row::kind, Function.identity()));
        String language = Texts.fromAcceptLanguage(accept);
        return Arrays.stream(SubsidyKind.values()).map(k -> Views.AppropriationView.of(y, k, rows.get(k.id()), name(k, language))).toList();
    }

    /** Sets (or raises) the year's appropriation of a kind; never below what decisions have committed. */
    @PUT
    @Path("{year}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Ids.UNIT_LEAD)
    public Views.AppropriationView set(@PathParam("year") String year, @PathParam("kind") String kind, AmountInput in,
            @Context SecurityContext s, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        PolkuUser lead = Caller.require(s.getUserPrincipal(), Role.UNIT_LEAD);
        int y = year(year);
        SubsidyKind k = SubsidyKind.of(kind).orElseThrow(() -> Problem.of(404, "no-kind",
                Reason.of("no-kind", kind, SubsidyKind.names()).texts(messages)));
        if (in == null || in.amountCents() == null || in.amountCents() < 0 || in.amountCents() > 100 * ApplicationInput.MAX_CENTS) {
            throw Problem.invalid().field("amountCents", messages.texts("input.amount-cents", 100 * ApplicationInput.MAX_CENTS)).build();
        }
        Appropriations.Row row = store.setAppropriation(y, k, in.amountCents(), lead.username());
        audit.record(lead, null, "subsidy.appropriation-set", "year=" + y + " kind=" + k.id() + " amountCents=" + in.amountCents());
        return Views.AppropriationView.of(y, k, row, name(k, Texts.fromAcceptLanguage(accept)));
    }

    private String name(SubsidyKind k, String language) {
        return Texts.in(Reason.kind(k).texts(messages), language);
    }

    private int year(String year) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problem.invalid().field("year", messages.texts("input.year", FinnishCalendar.today().getYear())).build();
    }
}
