package prepdeck.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every listing command has. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON in the shape of the CLI contract instead of a table.")
    boolean json;
}
