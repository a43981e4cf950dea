package org.putright.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an API answer whole, with its {@code Content-Length}, in one write. Spring's JSON converter
 * flushes as soon as it has written a body, which commits the response before its length is known:
 * every answer then went out chunked, as a write for the body and another for the closing chunk.
 * Here a flush before the end is held back; the container still sends a body that outgrows its
 * buffer (8 KB) as it goes, and an answer it compresses (2 KB or more, to a client that accepts
 * gzip) goes chunked as before. An asynchronous answer (events as they happen) flushes as asked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class WholeAnswerFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new FlushHeldBack(request, response));
    }

    private static final class FlushHeldBack extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private @Nullable HeldBackStream stream;

        FlushHeldBack(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void flushBuffer() throws IOException {
            // Otherwise sent when the answer ends, or when it outgrows the container's buffer.
            if (request.isAsyncStarted()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream underlying = super.getOutputStream();
            if (stream == null || stream.underlying != underlying) {
                stream = new HeldBackStream(request, underlying);
            }
            return stream;
        }
    }

    private static final class HeldBackStream extends ServletOutputStream {

        private final HttpServletRequest request;
        private final ServletOutputStream underlying;

        HeldBackStream(HttpServletRequest request, ServletOutputStream underlying) {
            this.request = request;
            this.underlying = underlying;
        }

        @Override
        public void write(int b) throws IOException {
            underlying.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            underlying.write(bytes, offset, length);
        }

        @Override
        public void write(ByteBuffer buffer) throws IOException {
            underlying.write(buffer);
        }

        @Override
        public void flush() throws IOException {
            // As flushBuffer.
            if (request.isAsyncStarted()) {
                underlying.flush();
            }
        }

        @Override
        public void close() throws IOException {
            underlying.close();
        }

        @Override
        public boolean isReady() {
            return underlying.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            underlying.setWriteListener(listener);
        }
    }
}
