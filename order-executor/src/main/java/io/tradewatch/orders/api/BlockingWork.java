package io.tradewatch.orders.api;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the API's Redis and broker calls off the event loop, each on its own virtual thread: a request mostly
 * waits for round trips, so the number of requests in flight is not capped by a small thread pool (Reactor's
 * bounded elastic pool has 10 threads per core).
 */
@Component
class BlockingWork implements DisposableBean {

    private final Scheduler scheduler = Schedulers.fromExecutorService(Executors.newVirtualThreadPerTaskExecutor(),
            "order-api");

    <T> Mono<T> run(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
