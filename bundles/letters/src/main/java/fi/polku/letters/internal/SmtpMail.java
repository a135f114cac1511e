package fi.polku.letters.internal;

import java.io.IOException;
import java.io.Writer;
import java.security.GeneralSecurityException;
import org.apache.commons.net.smtp.AuthenticatingSMTPClient;
import org.apache.commons.net.smtp.SMTPReply;

/** One SMTP conversation (Apache Commons Net): EHLO, STARTTLS and AUTH when configured, one message. */
final class SmtpMail {
    private SmtpMail() {
    }

    /** Sends {@code message} to {@code to}; an exception names the server's refusal. */
    static void send(MailSettings s, String to, String message) throws IOException {
        AuthenticatingSMTPClient client = new AuthenticatingSMTPClient("TLS", false, "UTF-8");
        client.setConnectTimeout(10_000);
        client.setDefaultTimeout(30_000);
        try {
            client.connect(s.host(), s.port());
            check(client, "connect");
            client.setSoTimeout(30_000);
            client.ehlo(s.localName());
            check(client, "EHLO");
            if (s.startTls()) {
                if (!client.execTLS()) {
                    throw new IOException("the server refused STARTTLS: " + client.getReplyString().trim());
                }
                client.ehlo(s.localName());
                check(client, "EHLO after STARTTLS");
            }
            if (!s.username().isEmpty() && !client.auth(AuthenticatingSMTPClient.AUTH_METHOD.PLAIN, s.username(), s.password())) {
                throw new IOException("the server refused the login: " + client.getReplyString().trim());
            }
            if (!client.setSender(s.fromAddress()) || !client.addRecipient(to)) {
                throw new IOException("the server refused the sender or the recipient: " + client.getReplyString().trim());
            }
            try (Writer data = client.sendMessageData()) {
                if (data == null) {
                    throw new IOException("the server refused DATA: " + client.getReplyString().trim());
                }
                data.write(message);
            }
            if (!client.completePendingCommand()) {
                throw new IOException("the server refused the message: " + client.getReplyString().trim());
            }
            client.logout();
        } catch (GeneralSecurityException e) {
            throw new IOException("the login could not be made: " + e.getMessage(), e);
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
        }
    }

    private static void check(AuthenticatingSMTPClient client, String step) throws IOException {
        if (!SMTPReply.isPositiveCompletion(client.getReplyCode())) {
            throw new IOException(step + ": " + client.getReplyString().trim());
        }
    }
}
