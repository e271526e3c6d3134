package dev.streamcompare.harness.scenario;

import java.io.InputStream;
import java.net.Socket;

/**
 * Test only: a "peer" that takes the SocketWindowWordCount options (--hostname H --port P),
 * connects, reads its input to the end and prints nothing, so the harness must report it failed.
 */
public final class SilentPeer {

    private SilentPeer() {}

    public static void main(String[] args) throws Exception {
        try (Socket socket = new Socket(args[1], Integer.parseInt(args[3])); InputStream in = socket.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
