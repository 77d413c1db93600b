package org.flashlight.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load test of report card pages over loopback: {@code users} clients, each requesting one
 * page after the other (no think time) for {@code seconds}, after a warm-up; pages drawn from {@code paths}
 * with a fixed seed. Measures each request from send to the last byte.
 */
public final class ReportCardLoad {
    /** What a run measured: requests, failures (non-200), and latency percentiles in milliseconds. */
    public record Result(int users, int requests, int failures, double seconds, double p50, double p95, double p99,
            double max) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private ReportCardLoad() {
    }

    public static Result run(String baseUrl, List<String> paths, int users, Duration warmUp, Duration measured,
            long seed) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        loop(http, baseUrl, paths, users, warmUp, seed, new ArrayList<>(), new AtomicInteger());
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        loop(http, baseUrl, paths, users, measured, seed + 1, nanos, failures);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(users, sorted.size(), failures.get(), seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static void loop(HttpClient http, String baseUrl, List<String> paths, int users, Duration length, long seed,
            List<Long> nanos, AtomicInteger failures) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        try (ExecutorService clients = Executors.newFixedThreadPool(users)) {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                Random random = new Random(seed * 1000 + u);
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        URI uri = URI.create(baseUrl + paths.get(random.nextInt(paths.size())));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            nanos.add(System.nanoTime() - t0);
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
    }
}
