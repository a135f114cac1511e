package fi.polku.console.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Chart.js, as its WebJar ships it (copied into this bundle at build time), at
 * {@code /console/shell/vendor/}: dashboards draw their charts in the browser with it.
 */
@Component(service = ChartResources.class)
@HttpWhiteboardResource(pattern = "/console/shell/vendor/*", prefix = "/META-INF/resources/webjars/chart.js/4.5.1/dist")
public final class ChartResources {}
