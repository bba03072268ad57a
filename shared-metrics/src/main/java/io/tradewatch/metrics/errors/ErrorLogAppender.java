package io.tradewatch.metrics.errors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/** Sends every ERROR log event to {@link RecentErrors}: counted by type and kept for the endpoint. */
public final class ErrorLogAppender extends AppenderBase<ILoggingEvent> {

    public static final String NAME = "TRADEWATCH_RECENT_ERRORS";

    private final RecentErrors errors;

    public ErrorLogAppender(RecentErrors errors) {
        this.errors = errors;
        setName(NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return;
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        String type = (thrown != null) ? simpleName(thrown.getClassName()) : "log";
        String message = event.getFormattedMessage();
        if (thrown != null && thrown.getMessage() != null) {
            message = message + ": " + thrown.getMessage();
        }
        errors.record(type, (message != null) ? message : "", simpleName(event.getLoggerName()));
    }

    private static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        return (dot >= 0) ? className.substring(dot + 1) : className;
    }
}
