package org.putright.system.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, written as an RFC 9457 problem detail instead of an HTML page. It answers
 * only what nothing else has: a response already carrying a body (every error Spring handles) is
 * left alone, exactly as Tomcat's own valve leaves it.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ProblemTypes types;

    ProblemReportValve(ProblemTypes types) {
        this.types = types;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status));
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response was committed meanwhile: there is no one to tell.
        }
    }

    private String body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        String title = status == 400 ? "Malformed request" : reason;
        String detail = status >= 500
                ? "Putright could not complete this request. Nothing you sent was lost."
                : "The request could not be accepted: " + reason + ".";
        return "{\"type\":\"" + types.forStatus(status) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
