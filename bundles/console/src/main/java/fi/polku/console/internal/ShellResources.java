package fi.polku.console.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The shell's scripts, styles and Chart.js, served from this bundle under {@code /console/shell/}. */
@Component(service = ShellResources.class)
@HttpWhiteboardResource(pattern = "/console/shell/*", prefix = "/console/shell")
public final class ShellResources {}
