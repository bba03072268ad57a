package io.tradewatch.orders;

import org.junit.jupiter.api.TestInstance;

import io.tradewatch.testsupport.ServiceArchitectureTests;

/** order-executor follows the shared package vocabulary; its domain stays plain Java. */
// One instance for all rules, so the module's classes are imported once rather than once per rule (3 s each).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTests extends ServiceArchitectureTests {

    @Override
    protected Class<?> application() {
        return OrderExecutorApplication.class;
    }
}
