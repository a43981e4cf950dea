package org.putright.portal;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Emails one-time codes through the landlord's SMTP server, the one letters go through. */
@Component
class CodeMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    CodeMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${putright.letters.from:complaints@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** False when no SMTP server is configured, so no code could reach anyone. */
    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(String to, String reference, String code, Duration lifetime) {
        JavaMailSender mailSender = sender.getObject();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Your code to follow complaint " + reference);
        message.setText("Your code is " + code + "\n\nEnter it on the page where you asked for it to see complaint "
                + reference + ". It works once, for " + lifetime.toMinutes() + " minutes.\n\n"
                + "If you did not ask for this code, you do not need to do anything.");
        mailSender.send(message);
    }
}
