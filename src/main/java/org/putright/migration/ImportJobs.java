package org.putright.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports started from the administrators' page or the API. The file is kept in a private temporary
 * file while its import runs in the background, one import at a time on each instance, and is
 * deleted as soon as the import ends: it holds residents' personal data, and the record keeps
 * everything it brought in. Progress is written to the database as the import goes, so any
 * instance can show it, and an import whose instance stopped shows as interrupted rather than as
 * running for ever.
 */
@Service
public class ImportJobs implements DisposableBean {

    /** How many imports may wait behind a running one on an instance. */
    static final int MAXIMUM_WAITING = 20;

    private static final String TEMPORARY_PREFIX = "putright-import-";
    private static final Duration LEFT_BEHIND_AFTER = Duration.ofDays(1);
    private static final int FILE_NAME_LENGTH = 300;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Importer importer;
    private final ImportJobStore store;
    private final Clock clock;
    private final long maximumBytes;
    private final ThreadPoolExecutor executor;
    /** Imports this instance has queued or is running, so that stopping can say they were interrupted. */
    private final Set<UUID> ours = ConcurrentHashMap.newKeySet();

    ImportJobs(
            Importer importer,
            ImportJobStore store,
            Clock clock,
            @Value("${putright.import.max-file-size:2GB}") DataSize maximumSize) {
        this.importer = importer;
        this.store = store;
        this.clock = clock;
        this.maximumBytes = maximumSize.toBytes();
        this.executor = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAXIMUM_WAITING), runnable -> {
                    Thread thread = new Thread(runnable, "putright-import");
                    thread.setDaemon(true);
                    return thread;
                });
        // File times are the system's, whichever clock the record runs on.
        deleteLeftBehind(Clock.systemUTC().instant());
    }

    /**
     * Keeps {@code content} and queues its import.
     *
     * @param fileName the name the file had where it came from, shown with the import
     * @param by who starts it: recorded as having recorded every imported event
     * @throws InvalidInput for an empty file or one over the limit
     * @throws Conflict when too many imports are already waiting
     */
    public ImportJob start(String fileName, InputStream content, boolean skipBadRows, String by) throws IOException {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw queueFull();
        }
        Path file = Files.createTempFile(TEMPORARY_PREFIX, ".csv");
        try {
            long size = copy(content, file);
            if (size == 0) {
                throw new InvalidInput("file", "is empty: choose a CSV file of complaints");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        ImportJob job = ImportJob.queued(UUID.randomUUID(), displayName(fileName), skipBadRows, by, clock.instant());
        store.add(job);
        ours.add(job.id());
        try {
            executor.execute(() -> run(job, file));
        } catch (RejectedExecutionException full) {
            ours.remove(job.id());
            Files.deleteIfExists(file);
            store.stop(
                    job.id(), ImportJob.Status.FAILED, "Too many imports were waiting: start it again later.", now());
            throw queueFull();
        }
        return job;
    }

    public ImportJob get(UUID id) {
        return store.find(id).map(job -> job.seenAt(now())).orElseThrow(() -> new NotFound("Import", id.toString()));
    }

    public ImportJobPage page(int page, int size) {
        ImportJobPage found = store.page(page, size);
        Instant now = now();
        return new ImportJobPage(
                found.items().stream().map(job -> job.seenAt(now)).toList(), found.page(), found.size(), found.total());
    }

    /** The bad rows an import found, a page at a time. */
    public RowProblemPage problems(UUID id, int page, int size) {
        get(id);
        return store.problems(id, page, size);
    }

    /** The largest file an import takes, in bytes. */
    public long maximumBytes() {
        return maximumBytes;
    }

    private void run(ImportJob job, Path file) {
        UUID id = job.id();
        try {
            store.checking(id, 0, now());
            ImportReport report = importer.run(file, job.skipBadRows(), job.requestedBy(), (phase, done, total) -> {
                if (phase == ImportProgress.Phase.CHECKING) {
                    store.checking(id, done, now());
                } else {
                    store.importing(id, done, total, now());
                }
            });
            store.finish(id, report, now());
        } catch (ImportInterrupted stopping) {
            ImportJob interrupted = store.find(id).orElse(job).interrupted();
            store.stop(id, interrupted.status(), String.valueOf(interrupted.failure()), now());
        } catch (RuntimeException e) {
            log.error("Import {} of {} stopped", id, job.fileName(), e);
            store.stop(
                    id,
                    ImportJob.Status.FAILED,
                    "The import stopped at an unexpected error (the log has it under import " + id
                            + "). Rows imported before it are kept: import the file again to add the rest.",
                    now());
        } finally {
            ours.remove(id);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the imported file {}", file, e);
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        for (UUID id : ours) {
            ImportJob job = store.find(id).orElse(null);
            if (job != null && !job.finished()) {
                ImportJob interrupted = job.interrupted();
                store.stop(id, interrupted.status(), String.valueOf(interrupted.failure()), now());
            }
        }
    }

    private long copy(InputStream content, Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = content;
                OutputStream out = Files.newOutputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > maximumBytes) {
                    throw new InvalidInput(
                            "file",
                            "is larger than the limit of "
                                    + DataSize.ofBytes(maximumBytes).toMegabytes() + " MB");
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** The file's own name without any folders, printable, and not too long to show. */
    static String displayName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return "complaints.csv";
        }
        return name.length() > FILE_NAME_LENGTH ? name.substring(0, FILE_NAME_LENGTH) : name;
    }

    private Instant now() {
        return clock.instant();
    }

    private static Conflict queueFull() {
        return new Conflict(
                "import-queue-full",
                "Too many imports waiting",
                MAXIMUM_WAITING + " imports are already waiting to run: start this one when they have finished.");
    }

    /** Files of imports interrupted by a crash: personal data that nothing will read again. */
    private static void deleteLeftBehind(Instant now) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, TEMPORARY_PREFIX + "*")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file)
                        .toInstant()
                        .plus(LEFT_BEHIND_AFTER)
                        .isBefore(now)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not clear old import files from {}", directory, e);
        }
    }
}
