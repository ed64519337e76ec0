package prepdeck.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import prepdeck.app.InvalidInputException;
import prepdeck.contract.DeliveryJson;
import prepdeck.speech.BadAudio;
import prepdeck.speech.Delivery;
import prepdeck.speech.WavAudio;

/** {@code prepdeck delivery --audio FILE.wav [--json]} */
@Command(name = "delivery", mixinStandardHelpOptions = true,
        description = {"How a spoken answer was delivered, from its audio alone: length, speech, time to the first word,",
                "pauses over 1 s, share of time speaking. Reads uncompressed WAV (8/16/24/32-bit PCM or 32-bit float, any rate)."})
final class DeliveryCommand implements Callable<Integer> {
    @ParentCommand PrepdeckCommand root;
    @Mixin JsonOption output;

    @Option(names = "--audio", required = true, paramLabel = "FILE.wav", description = "The recording (RIFF WAV, PCM).")
    Path audio;

    @Override
    public Integer call() {
        Delivery d;
        try {
            d = Delivery.of(WavAudio.read(audio));
        } catch (BadAudio e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        var out = root.console().out();
        if (output.json) {
            out.println(root.json().write(new DeliveryJson(root.json()).write(d)));
            return Cli.OK;
        }
        out.printf(Locale.ROOT, "%.2f s recorded, %.2f s of speech (%.0f%% of the time)%n", d.duration(), d.speech(), d.speakingRatio() * 100);
        out.println(d.firstWord().map(f -> String.format(Locale.ROOT, "first word after %.2f s", f)).orElse("no speech found"));
        if (d.pauses().isEmpty()) out.println("no pause over 1 s");
        for (var p : d.pauses()) out.printf(Locale.ROOT, "pause of %.2f s at %.2f s%n", p.length(), p.at());
        return Cli.OK;
    }
}
