package org.putright.system.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.apache.tomcat.util.http.fileupload.impl.IOFileUploadException;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MultipartException;

class ProblemHandlerTest {

    @Test
    void aMultipartBodyTheParserRefusedIsTheCallersFault() {
        assertThat(ProblemHandler.refusedByUploadParser(multipart(
                        new FileUploadException("the request was rejected because no multipart boundary was found"))))
                .isTrue();
        assertThat(ProblemHandler.refusedByUploadParser(multipart(new IOFileUploadException(
                        "Processing of multipart/form-data request failed. Stream ended unexpectedly",
                        new MultipartStream.MalformedStreamException("Stream ended unexpectedly")))))
                .isTrue();
        assertThat(ProblemHandler.refusedByUploadParser(
                        multipart(new InvalidFileNameException("a\u0000b.txt", "Invalid file name"))))
                .isTrue();
    }

    @Test
    void aPartThatCouldNotBeStoredIsOurs() {
        assertThat(ProblemHandler.refusedByUploadParser(multipart(new IOFileUploadException(
                        "Processing of multipart/form-data request failed. No space left on device",
                        new IOException("No space left on device")))))
                .as("a full disk is a server fault, not bad input")
                .isFalse();
        assertThat(ProblemHandler.refusedByUploadParser(new MultipartException("Could not store the upload")))
                .isFalse();
    }

    private static MultipartException multipart(Exception cause) {
        return new MultipartException("Failed to parse multipart servlet request", new IllegalStateException(cause));
    }
}
