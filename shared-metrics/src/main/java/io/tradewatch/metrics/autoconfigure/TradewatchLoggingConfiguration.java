package io.tradewatch.metrics.autoconfigure;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.errors.ErrorLogAppender;
import io.tradewatch.metrics.errors.RecentErrors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts and keeps every ERROR log event, where Logback is the logging system. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(LoggerContext.class)
final class TradewatchLoggingConfiguration {

    @Bean
    ErrorLogRegistration tradewatchErrorLogRegistration(RecentErrors errors) {
        return new ErrorLogRegistration(errors);
    }

    /** Attaches the appender to the root logger for the life of the context. */
    static final class ErrorLogRegistration implements InitializingBean, DisposableBean {

        private final ErrorLogAppender appender;

        ErrorLogRegistration(RecentErrors errors) {
            this.appender = new ErrorLogAppender(errors);
        }

        @Override
        public void afterPropertiesSet() {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                appender.setContext(context);
                appender.start();
                context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
            }
        }

        @Override
        public void destroy() {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            }
            appender.stop();
        }
    }
}
