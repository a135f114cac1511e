package fi.polku.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Runs a Gogo command as an admin at the server's shell would, and returns what it printed. */
final class Gogo {
    private Gogo() {}

    static String run(BundleContext context, String command) throws Exception {
        ServiceReference<CommandProcessor> ref = context.getServiceReference(CommandProcessor.class);
        CommandProcessor processor = context.getService(ref);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            if (result != null) {
                print.println(session.format(result, Converter.INSPECT));
            }
        } finally {
            context.ungetService(ref);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
