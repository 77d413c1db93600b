package org.flashlight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestPageCache {
    @Test
    void aKeptPageIsNotRenderedAgain() {
        PageCache cache = new PageCache(100);
        AtomicInteger renders = new AtomicInteger();
        cache.get("/a", () -> new byte[] {(byte) renders.incrementAndGet()});
        byte[] again = cache.get("/a", () -> new byte[] {(byte) renders.incrementAndGet()});
        assertThat(renders).hasValue(1);
        assertThat(again).containsExactly(1);
    }

    @Test
    void theLeastRecentlyUsedPagesGoWhenTheBytesRunOut() {
        PageCache cache = new PageCache(10);
        cache.get("/a", () -> new byte[4]);
        cache.get("/b", () -> new byte[4]);
        cache.get("/a", () -> new byte[4]); // a is now the most recent
        cache.get("/c", () -> new byte[4]); // 12 > 10 bytes: b goes
        AtomicInteger renders = new AtomicInteger();
        cache.get("/a", () -> new byte[renders.incrementAndGet()]);
        assertThat(renders).hasValue(0);
        cache.get("/b", () -> new byte[renders.incrementAndGet()]);
        assertThat(renders).hasValue(1);
    }

    @Test
    void aPageLargerThanTheCacheIsServedButNotKept() {
        PageCache cache = new PageCache(0);
        cache.get("/a", () -> new byte[1]);
        assertThat(cache.size()).isZero();
    }
}
