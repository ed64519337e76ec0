package prepdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code prepdeck devices list|revoke ID}: the phones paired with {@code serve --lan}. */
@Command(name = "devices", mixinStandardHelpOptions = true, description = "List or revoke the devices paired with 'serve --lan'.",
        subcommands = {DevicesCommand.ListDevices.class, DevicesCommand.Revoke.class})
final class DevicesCommand implements Runnable {
    @ParentCommand PrepdeckCommand root;

    private final LanServing lan;

    DevicesCommand(LanServing lan) {
        this.lan = lan;
    }

    @Override
    public void run() {
        root.spec.subcommands().get("devices").usage(root.console().out());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per paired device: id, paired at, last seen, name.")
    static final class ListDevices implements Callable<Integer> {
        @ParentCommand DevicesCommand devices;

        @Override
        public Integer call() {
            var out = devices.root.console().out();
            var all = devices.lan.devices(devices.root.dataFolder(), devices.root.database()).all();
            if (all.isEmpty()) out.println("no device is paired");
            for (var d : all) out.println(d.id() + "\t" + d.pairedAt() + "\t" + d.lastSeen() + "\t" + d.name());
            out.flush();
            return Cli.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a paired device: its token is refused from the next request on, by a running server too.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand DevicesCommand devices;

        @Parameters(index = "0", paramLabel = "ID", description = "The device's id, as 'devices list' shows it.")
        String id;

        @Override
        public Integer call() {
            if (!devices.lan.devices(devices.root.dataFolder(), devices.root.database()).remove(id)) {
                throw new prepdeck.app.NotFoundException("no paired device " + id + " (see 'prepdeck devices list')");
            }
            devices.root.console().out().println("revoked device " + id);
            devices.root.console().out().flush();
            return Cli.OK;
        }
    }
}
