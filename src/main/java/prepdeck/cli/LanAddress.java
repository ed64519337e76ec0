package prepdeck.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;

/** The address a phone on the local network reaches this computer at, for {@code serve --lan}'s pairing link. */
final class LanAddress {
    private LanAddress() {}

    /**
     * For a server listening on {@code host}: the host itself when it names one address; for a wildcard
     * (0.0.0.0, ::), this computer's first IPv4 address on an interface that is up and not loopback
     * (a home network's 192.168…, 10…, 172.16… first). Empty when no phone could reach it.
     */
    static Optional<String> forListening(String host) {
        if (isLoopback(host)) return Optional.empty();
        if (!isWildcard(host)) return Optional.of(host);
        try {
            InetAddress best = null;
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) continue;
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!(a instanceof Inet4Address) || a.isLoopbackAddress() || a.isLinkLocalAddress()) continue;
                    if (best == null || (a.isSiteLocalAddress() && !best.isSiteLocalAddress())) best = a;
                }
            }
            return Optional.ofNullable(best).map(InetAddress::getHostAddress);
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code host} means every address of this computer. */
    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    static boolean isLoopback(String host) {
        try {
            return host.equalsIgnoreCase("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
