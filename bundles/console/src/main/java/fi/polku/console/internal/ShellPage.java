package fi.polku.console.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The console's one HTML page, at {@code /console/}; {@code /} redirects there. As the default
 * servlet ({@code /}) it also answers every path nobody else serves: with a plain 404.
 * Served by a servlet rather than as a plain resource so that it carries the security headers:
 * scripts and styles from this origin only, no framing, no caching of a page that shows names.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/console/*", "/"})
public final class ShellPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals("/") || path.equals("/console")) {
            response.sendRedirect("/console/");
            return;
        }
        if (!path.equals("/console/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        try (InputStream page = ShellPage.class.getResourceAsStream("/console-page/index.html")) {
            page.transferTo(response.getOutputStream());
        }
    }
}
