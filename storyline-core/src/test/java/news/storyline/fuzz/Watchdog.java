package news.storyline.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each input's work on a worker thread and stops waiting after a time limit. Java cannot stop a thread, so a
 * worker that hangs is interrupted and left behind (a daemon, so it cannot keep the test JVM alive), and the next
 * input gets a fresh worker. The worker has the default thread stack, as the command's main thread has, so a
 * recursion overflows here where it would overflow there.
 */
final class Watchdog implements AutoCloseable {
    private final Duration limit;
    private final AtomicInteger workers = new AtomicInteger();
    private ExecutorService executor;

    Watchdog(Duration limit) {
        this.limit = limit;
        this.executor = newExecutor();
    }

    /** The result, or null if the work ran past the limit. */
    <T> T run(Callable<T> work) throws Exception {
        Future<T> future = executor.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    Duration limit() {
        return limit;
    }

    private ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            var thread = new Thread(task, "fuzz-worker-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
