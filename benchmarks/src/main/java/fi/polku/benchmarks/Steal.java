package fi.polku.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How much of the machine the measurement had: the share of CPU time the hypervisor gave to
 * others ("steal") and the share left idle, from {@code /proc/stat}, between two samples. On a
 * virtual machine whose host is busy, a figure's tail says more about the host than about Polku;
 * printed beside each figure so that runs can be compared.
 */
final class Steal {
    private Steal() {}

    /** The machine's CPU counters now (user, nice, system, idle, iowait, irq, softirq, steal), or empty off Linux. */
    static long[] sample() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Arrays.stream(f, 1, 9).mapToLong(Long::parseLong).toArray();
        } catch (Exception notLinux) {
            return new long[0];
        }
    }

    /** "steal 12 %, idle 30 %" of the time since {@code before}. */
    static String since(long[] before) {
        long[] now = sample();
        if (before.length < 8 || now.length < 8) {
            return "CPU steal unknown";
        }
        long total = 0;
        for (int i = 0; i < 8; i++) {
            total += now[i] - before[i];
        }
        if (total <= 0) {
            return "CPU steal unknown";
        }
        return String.format("CPU stolen by the host %.0f %%, idle %.0f %%", 100.0 * (now[7] - before[7]) / total,
                100.0 * (now[3] - before[3]) / total);
    }
}
