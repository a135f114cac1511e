package fi.polku.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server for the tests (RFC 5321's minimum: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT),
 * keeping each message as received. Written here rather than GreenMail because these tests run
 * inside the OSGi framework, where GreenMail would bring Jakarta Mail and its service loaders along.
 * {@code refuse} makes it answer 451 to every message, as a server in trouble does.
 */
final class SmtpSink implements AutoCloseable {
    record Message(String from, List<String> to, String data) {}

    final List<Message> received = new CopyOnWriteArrayList<>();
    volatile boolean refuse;
    final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    private final ServerSocket server;

    SmtpSink() throws IOException {
        server = new ServerSocket(0);
        Thread t = new Thread(this::serve, "smtp-sink");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                converse(s);
            } catch (IOException e) {
                // the next connection
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        say(out, "220 sink ESMTP");
        String from = null;
        List<String> to = new CopyOnWriteArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> say(out, "250 sink");
                case "MAIL" -> {
                    from = line.substring(line.indexOf(':') + 1).trim();
                    say(out, "250 OK");
                }
                case "RCPT" -> {
                    to.add(line.substring(line.indexOf(':') + 1).trim());
                    say(out, "250 OK");
                }
                case "DATA" -> {
                    say(out, "354 go on");
                    StringBuilder data = new StringBuilder();
                    for (String l; (l = in.readLine()) != null && !l.equals("."); ) {
                        data.append(l.startsWith("..") ? l.substring(1) : l).append("\r\n");
                    }
                    if (refuse) {
                        refused.incrementAndGet();
                        say(out, "451 try again later");
                    } else {
                        received.add(new Message(from, List.copyOf(to), data.toString()));
                        say(out, "250 queued");
                    }
                    to.clear();
                }
                case "RSET", "NOOP" -> say(out, "250 OK");
                case "QUIT" -> {
                    say(out, "221 bye");
                    return;
                }
                default -> say(out, "502 not here");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
