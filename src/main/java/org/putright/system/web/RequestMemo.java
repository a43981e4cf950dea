package org.putright.system.web;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a request has already read, kept on the request itself: the request reads it once and sees
 * one version of it throughout. Outside a request (a scheduled job, the mailbox, a command) nothing
 * is kept and every read goes to the database.
 */
public final class RequestMemo {

    private RequestMemo() {}

    /** The value kept under {@code key} for this request; else read, kept and returned. */
    public static <T> T get(String key, Class<T> type, Supplier<T> read) {
        T kept = kept(key, type);
        if (kept != null) {
            return kept;
        }
        T value = read.get();
        keep(key, value);
        return value;
    }

    /** The value kept under {@code key} for this request, if any. */
    public static <T> @Nullable T kept(String key, Class<T> type) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object value = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    /** Keeps {@code value} under {@code key} for the rest of this request. */
    public static void keep(String key, Object value) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Forgets the value under {@code key}, as after it was changed: the next read goes to the database. */
    public static void forget(String key) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(key, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
