package org.putright.system.problem;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's HTML error report, so that a request the
 * container refuses before any filter or controller sees it (an encoded slash, backslash or NUL in
 * the path) is still answered with a problem detail.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ProblemTypes types;

    ContainerErrors(ProblemTypes types) {
        this.types = types;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // The context is added to its host before customizers run, and the host is not yet started:
        // naming our valve as the host's error report valve stops the host adding its own.
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host
                    && !ProblemReportValve.class.getName().equals(host.getErrorReportValveClass())) {
                host.getPipeline().addValve(new ProblemReportValve(types));
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
