package io.tradewatch.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every scenario class the one {@link TradewatchSystem} of the test run: started by the first class that
 * asks for it, kept in the root context's store and closed when the whole run ends (also when a test failed;
 * the system's shutdown hook covers a JVM that ends otherwise).
 */
final class SystemExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SystemExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TradewatchSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Started.class, key -> Started.start(),
                Started.class).system();
    }

    /** The system, or why it did not start (kept, so that the other classes fail at once instead of retrying). */
    private record Started(TradewatchSystem system, RuntimeException failure) implements AutoCloseable {

        static Started start() {
            try {
                return new Started(TradewatchSystem.start(TradewatchSystem.Options.endToEnd()), null);
            }
            catch (Exception | Error ex) {
                return new Started(null, new IllegalStateException("the system did not start: " + ex.getMessage(), ex));
            }
        }

        @Override
        public TradewatchSystem system() {
            if (failure != null) {
                throw failure;
            }
            return system;
        }

        @Override
        public void close() {
            if (system != null) {
                system.close();
            }
        }
    }
}
