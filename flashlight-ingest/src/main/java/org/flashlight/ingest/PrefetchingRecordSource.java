package org.flashlight.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads another source on a thread of its own, a batch of rows ahead, so parsing a file and
 * checking its rows use two cores. Rows, line numbers and errors arrive exactly as the wrapped
 * source gives them, in order; memory is bounded by a few batches.
 */
public final class PrefetchingRecordSource implements RecordSource {
    private static final int BATCH = 4096;
    private static final int BATCHES_AHEAD = 4;

    private record Row(long line, List<String> fields) {
    }

    /** A batch of rows; the last batch has {@code end} set, and {@code failure} when reading failed. */
    private record Batch(List<Row> rows, long bytesRead, boolean end, Throwable failure) {
    }

    private final RecordSource source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closing;
    private Batch batch = new Batch(List.of(), 0, false, null);
    private int next;
    private Row current;

    public PrefetchingRecordSource(RecordSource source) {
        this.source = source;
        this.reader = new Thread(this::readAhead, "flashlight-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closing) {
                List<Row> rows = new ArrayList<>(BATCH);
                boolean more = true;
                Throwable failure = null;
                try {
                    while (rows.size() < BATCH && (more = source.next())) {
                        rows.add(new Row(source.line(), copy(source.fields())));
                    }
                } catch (IOException | RuntimeException | Error e) {
                    // handed to the consuming thread, which would otherwise wait for a batch forever
                    failure = e;
                    more = false;
                }
                queue.put(new Batch(rows, source.bytesRead(), !more, failure));
                if (!more) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> copy(List<String> fields) {
        return Arrays.asList(fields.toArray(new String[0]));
    }

    @Override
    public List<String> header() {
        return source.header();
    }

    @Override
    public boolean next() throws IOException {
        while (next == batch.rows().size()) {
            if (batch.end()) {
                switch (batch.failure()) {
                    case null -> {
                    }
                    case IOException e -> throw e;
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    default -> throw new IOException(batch.failure());
                }
                return false;
            }
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            next = 0;
        }
        current = batch.rows().get(next++);
        return true;
    }

    @Override
    public List<String> fields() {
        return current.fields();
    }

    @Override
    public long line() {
        return current.line();
    }

    @Override
    public long bytesRead() {
        return batch.bytesRead();
    }

    @Override
    public void close() throws IOException {
        closing = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
