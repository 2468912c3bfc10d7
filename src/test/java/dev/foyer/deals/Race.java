package dev.foyer.deals;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.foyer.ApiClient;

/** Two requests let go at the same moment, for the tests that make two writes meet. */
final class Race implements AutoCloseable {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    /** Both answers, the first request's first. */
    ApiClient.Response[] run(Callable<ApiClient.Response> first, Callable<ApiClient.Response> second) throws Exception {
        var start = new CountDownLatch(1);
        Future<ApiClient.Response> a = pool.submit(after(start, first));
        Future<ApiClient.Response> b = pool.submit(after(start, second));
        start.countDown();
        return new ApiClient.Response[] {a.get(), b.get()};
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static Callable<ApiClient.Response> after(CountDownLatch start, Callable<ApiClient.Response> request) {
        return () -> {
            start.await();
            return request.call();
        };
    }
}
