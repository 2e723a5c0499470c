package org.gradientatlas.output;

import java.time.Instant;
import java.util.Optional;

/**
 * The process that wrote a temporary file or a journal. It counts as alive while a process with its pid runs and,
 * when its start time was recorded, started then: a pid that the system gave to another program since does not keep
 * an interrupted run's files.
 */
record Owner(long pid, Instant started) {
    static Owner current() {
        ProcessHandle self = ProcessHandle.current();
        return new Owner(self.pid(), self.info().startInstant().orElse(null));
    }

    static boolean alive(long pid, Instant started) {
        if (pid == ProcessHandle.current().pid()) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return started == null || start.isEmpty() || start.get().toEpochMilli() == started.toEpochMilli();
    }

    boolean alive() {
        return alive(pid, started);
    }
}
