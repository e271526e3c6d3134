package dev.streamcompare.testkit;

import dev.streamcompare.common.BadInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The servers the project starts: bound where the user says (loopback by default), or a one-line error. */
public final class ServerSockets {

    private ServerSockets() {}

    /** A server socket bound to {@code address:port} (port 0: any free one). */
    public static ServerSocket bind(String address, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (IOException e) {
            server.close();
            throw new BadInputException("cannot listen on " + address + ":" + port + ": " + e.getMessage());
        }
        return server;
    }
}
