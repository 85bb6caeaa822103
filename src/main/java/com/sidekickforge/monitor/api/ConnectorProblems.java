package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat answers before any filter or controller sees the request (a request line or header over the
 * connector's limit, a path it cannot map) are RFC 9457 problems like every other error of the API, not Tomcat's
 * HTML page. Tomcat renders those through its host's error report valve, so this one takes that valve's place.
 */
@Component
class ConnectorProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container parent = context.getParent();
			if (parent instanceof StandardHost host) {
				// The host adds a valve of this class name at start unless its pipeline already holds one.
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				host.getPipeline().addValve(new ProblemReportValve());
			}
		});
	}

	/** Writes the error's status as a problem, and never a stack trace or Tomcat's version. */
	static final class ProblemReportValve extends ErrorReportValve {

		ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int code = response.getStatus();
			if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus status = HttpStatus.resolve(code);
			if (status == null) {
				status = HttpStatus.BAD_REQUEST;
			}
			// No instance: the path of a request Tomcat could not read may be anything the caller sent.
			String body = Problems.body(status, detail(status), null, null);
			try {
				response.setContentType(Problems.PROBLEM_JSON.toString());
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter().write(body);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away or the answer was already under way: nothing more to say to it.
			}
		}

		private static String detail(HttpStatus status) {
			return (status == HttpStatus.BAD_REQUEST)
					? "The request cannot be read: its request line or headers are malformed or larger than this server takes"
					: status.getReasonPhrase();
		}

	}

}
