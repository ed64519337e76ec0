package prepdeck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The controlling terminal switched to reading key by key (no Enter needed, no echo) for as long as
 * it is open, through {@code stty}. Where that fails (no terminal, no stty) nothing changes and input
 * stays line by line.
 */
final class RawTerminal implements AutoCloseable {
    private final String saved;

    private RawTerminal(String saved) {
        this.saved = saved;
    }

    boolean raw() {
        return saved != null;
    }

    static RawTerminal enter(boolean inIsTerminal) {
        if (!inIsTerminal || !new File("/dev/tty").exists()) return new RawTerminal(null);
        try {
            String saved = stty("-g").strip();
            if (saved.isEmpty()) return new RawTerminal(null);
            stty("-icanon", "-echo", "min", "1");
            return new RawTerminal(saved);
        } catch (IOException e) {
            return new RawTerminal(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RawTerminal(null);
        }
    }

    @Override
    public void close() {
        if (saved == null) return;
        try {
            stty(saved);
        } catch (IOException e) {
            // the terminal may be gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stty(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<String>();
        command.add("stty");
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(new File("/dev/tty")).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("stty " + String.join(" ", args) + " failed: " + output.strip());
        return output;
    }
}
