package fi.polku.letters.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * A letter as an Internet message (RFC 5322, MIME RFC 2045-2047): the covering text as UTF-8 and
 * the PDF attached, both in base64 (lines of 76 characters, never a line an SMTP server could take
 * for the end of the data); the subject and the sender's name as encoded words.
 */
final class MimeLetter {
    private static final Base64.Encoder MIME = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII));

    private MimeLetter() {
    }

    static String compose(String fromName, String fromAddress, String to, String subject, String body, byte[] pdf, String fileName,
            ZonedDateTime date, String messageDomain) {
        String boundary = "polku-" + UUID.randomUUID();
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(word(fromName)).append(" <").append(fromAddress).append(">\r\n");
        m.append("To: <").append(to).append(">\r\n");
        m.append("Subject: ").append(word(subject)).append("\r\n");
        m.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(date)).append("\r\n");
        m.append("Message-ID: <").append(UUID.randomUUID()).append('@').append(messageDomain).append(">\r\n");
        m.append("MIME-Version: 1.0\r\n");
        m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        m.append("--").append(boundary).append("\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        m.append(MIME.encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        m.append("--").append(boundary).append("\r\n");
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        m.append("Content-Type: application/pdf; name=\"").append(safeName).append("\"\r\n");
        m.append("Content-Disposition: attachment; filename=\"").append(safeName).append("\"\r\n");
        m.append("Content-Transfer-Encoding: base64\r\n\r\n");
        m.append(MIME.encodeToString(pdf)).append("\r\n");
        m.append("--").append(boundary).append("--\r\n");
        return m.toString();
    }

    /** An encoded word (RFC 2047) when the text is not plain ASCII; the header never carries a raw line break. */
    static String word(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        if (flat.chars().allMatch(c -> c >= 32 && c < 127)) {
            return flat;
        }
        // An encoded word is at most 75 characters: 45 bytes of text a word, never half a character, folded.
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            if (chunk.size() + bytes.length > 45) {
                out.append(out.isEmpty() ? "" : "\r\n ").append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(chunk.toByteArray())).append("?=");
                chunk.reset();
            }
            chunk.writeBytes(bytes);
            i += Character.charCount(cp);
        }
        out.append(out.isEmpty() ? "" : "\r\n ").append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(chunk.toByteArray())).append("?=");
        return out.toString();
    }
}
