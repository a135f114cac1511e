package fi.polku.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * PostgreSQL's processes as the operating system sees them. Every postgres process of a cluster
 * (the postmaster and each server process) works in the cluster's data folder, so on Linux they
 * are found by {@code /proc/<pid>/cwd}. A killed process whose parent does not reap it (pid 1 of
 * some containers) lingers as a zombie: it counts as gone.
 */
final class PostgresProcesses {
    private static final Path PROC = Path.of("/proc");

    private PostgresProcesses() {}

    /** Running (not zombie) and not reused by another program: {@code pid} is a process on {@code pgData}. */
    static boolean runsOn(long pid, Path pgData) {
        return on(pgData).stream().anyMatch(h -> h.pid() == pid) || (!Files.isDirectory(PROC) && alive(pid));
    }

    /** Alive and not a zombie. */
    static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return true; // no /proc (macOS): the JDK's word
        }
    }

    /** Every live process working in the data folder; empty where there is no {@code /proc}. */
    static List<ProcessHandle> on(Path pgData) {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        Path real;
        try {
            real = pgData.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(h -> {
                try {
                    return Files.readSymbolicLink(PROC.resolve(Long.toString(h.pid())).resolve("cwd")).equals(real) && alive(h.pid());
                } catch (IOException | RuntimeException unreadable) {
                    return false;
                }
            }).toList();
        }
    }
}
