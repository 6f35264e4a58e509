import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest SMTP server the fault tests need: it accepts every letter on loopback and keeps each as one file in a
 * folder ({@code <n>.eml}, starting with an {@code X-Rcpt:} line), so a script can count letters per address and
 * per reminder. No TLS, no authentication, nothing relayed. Only the JDK is needed:
 * {@code java ops/SmtpSink.java <port> <folder>}.
 */
public class SmtpSink {

    private static final AtomicInteger LETTERS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> converse(client, folder));
            }
        }
    }

    private static void converse(Socket client, Path folder) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            OutputStream out = client.getOutputStream();
            say(out, "220 sink");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> say(out, "250 sink");
                    case "MAIL" -> {
                        recipients.clear();
                        say(out, "250 ok");
                    }
                    case "RCPT" -> {
                        recipients.add(line.substring(line.indexOf(':') + 1).trim());
                        say(out, "250 ok");
                    }
                    case "DATA" -> {
                        say(out, "354 go on");
                        StringBuilder letter = new StringBuilder("X-Rcpt: " + String.join(",", recipients) + "\r\n");
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            letter.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                        }
                        Path file = folder.resolve(LETTERS.incrementAndGet() + ".eml");
                        Files.writeString(file.resolveSibling(file.getFileName() + ".part"), letter);
                        Files.move(file.resolveSibling(file.getFileName() + ".part"), file);
                        say(out, "250 kept");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "250 ok");
                }
            }
        } catch (Exception ignored) {
            // a client that goes away mid-letter sent nothing: the queue tries again
        }
    }

    private static void say(OutputStream out, String reply) throws Exception {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
