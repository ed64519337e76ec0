package prepdeck.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** One line naming the machine a benchmark ran on, for the record in docs/BENCHMARKS.md. */
public final class Machine {
    private Machine() {}

    public static String describe() {
        long memory = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) memory = Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        } catch (Exception e) {
            memory = Runtime.getRuntime().maxMemory();
        }
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
        } catch (Exception e) {
            // not Linux: the core count below still says something
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return "%s%d cores, %.0f GiB, %s %s, Java %s, load %.1f".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), load);
    }
}
