package news.storyline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * What a long run really holds: the largest heap in use right after any collection (live data, without garbage),
 * watched from the collectors' notifications so that measuring costs the run nothing, and the process's peak
 * resident memory.
 */
final class HeapWatch {
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    private final AtomicLong largestAfterCollection = new AtomicLong();

    /** Starts watching every collection from now on. */
    static HeapWatch start() {
        var watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    watch.largestAfterCollection.accumulateAndGet(used, Math::max);
                }, notification -> notification.getType().equals(
                        GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
            }
        }
        return watch;
    }

    /** The most the heap held right after any collection so far, in bytes. */
    long largestAfterCollection() {
        return largestAfterCollection.get();
    }

    /** The heap in use after a full collection, in bytes: what is live now. */
    static long liveNow() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The process's peak resident memory (Linux VmHWM), or "unknown". */
    static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }
}
