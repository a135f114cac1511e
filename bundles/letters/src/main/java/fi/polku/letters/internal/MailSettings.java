package fi.polku.letters.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The area's SMTP server ({@code configs/fi.polku.letters.mail.cfg.json}); no host: e-mail waits in the outbox. */
@ObjectClassDefinition(name = "Polku e-mail", description = "The SMTP server that sends the letters' e-mail")
public @interface MailSettings {
    @AttributeDefinition(description = "SMTP host; empty keeps e-mail queued (nothing is lost)")
    String host() default "";

    int port() default 587;

    @AttributeDefinition(description = "Require STARTTLS before anything is sent")
    boolean startTls() default true;

    @AttributeDefinition(description = "Login name, empty for none")
    String username() default "";

    @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "The sender's address")
    String fromAddress() default "noreply@example.invalid";

    @AttributeDefinition(description = "The sender's name")
    String fromName() default "Etelä-Kymenlaakson työllisyysalue";

    @AttributeDefinition(description = "The name the sender gives in EHLO and Message-IDs")
    String localName() default "polku.local";

    int pollSeconds() default 5;

    @AttributeDefinition(description = "Attempts before a letter is marked failed")
    int maxAttempts() default 8;

    @AttributeDefinition(description = "The pause after the first failure, in seconds; it doubles with each failure, at most an hour")
    int firstRetrySeconds() default 60;
}
