package org.flashlight.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rendered pages by URL, least recently used first out, up to a number of bytes. The results a server shows
 * never change while it runs, so a page is a function of its URL and can be kept. Thread-safe.
 */
final class PageCache {
    private final long maxBytes;
    private final Map<String, byte[]> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The page at {@code url}, rendered by {@code render} when it is not kept. */
    byte[] get(String url, Supplier<byte[]> render) {
        Optional<byte[]> kept = kept(url);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] page = render.get(); // outside the lock: two requests may render the same page once each
        keep(url, page);
        return page;
    }

    private synchronized Optional<byte[]> kept(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    private synchronized void keep(String url, byte[] page) {
        if (page.length > maxBytes || pages.containsKey(url)) {
            return;
        }
        pages.put(url, page);
        bytes += page.length;
        var oldest = pages.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    synchronized int size() {
        return pages.size();
    }
}
