package org.putright.mailbox;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the complaints mailbox over IMAP: every unread message in the folder is handed to the
 * {@link Mailbox}, and only once that has committed is it marked read (or moved to the processed
 * folder) on the server. Messages are fetched with IMAP's PEEK, so reading one does not mark it:
 * if Putright stops half way, the message is still unread and is fetched again, and its
 * Message-ID makes the second time a duplicate. Runs on a schedule, once across instances; off
 * when no host is configured.
 */
@Component
class ImapMailbox {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);
    private static final String TIMEOUT_MILLISECONDS = "30000";

    private final Mailbox mailbox;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String folderName;
    private final String processedFolder;
    private final boolean tls;

    ImapMailbox(
            Mailbox mailbox,
            @Value("${putright.mailbox.host:}") String host,
            @Value("${putright.mailbox.port:0}") int port,
            @Value("${putright.mailbox.username:}") String username,
            @Value("${putright.mailbox.password:}") String password,
            @Value("${putright.mailbox.folder:INBOX}") String folderName,
            @Value("${putright.mailbox.processed-folder:}") String processedFolder,
            @Value("${putright.mailbox.tls:true}") boolean tls) {
        this.mailbox = mailbox;
        this.host = host.strip();
        this.port = port;
        this.username = username;
        this.password = password;
        this.folderName = folderName.isBlank() ? "INBOX" : folderName.strip();
        this.processedFolder = processedFolder.strip();
        this.tls = tls;
    }

    boolean configured() {
        return !host.isEmpty();
    }

    @Scheduled(
            fixedDelayString = "${putright.mailbox.poll-interval:PT1M}",
            initialDelayString = "${putright.mailbox.poll-interval:PT1M}")
    @SchedulerLock(name = "mailbox-poll", lockAtMostFor = "PT10M")
    public void scheduledRun() {
        if (!configured()) {
            return;
        }
        try {
            poll();
        } catch (MessagingException e) {
            log.warn("Could not read the complaints mailbox at {}: {}", host, e.getMessage());
        }
    }

    /**
     * Takes every unread message now in the folder; returns how many were taken, duplicates
     * included.
     */
    public int poll() throws MessagingException {
        String protocol = tls ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLISECONDS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLISECONDS);
        Session session = Session.getInstance(properties);
        int taken = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(host, port > 0 ? port : -1, username, password);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            boolean moving = !processedFolder.isEmpty();
            try {
                Folder target = moving ? store.getFolder(processedFolder) : null;
                if (target != null && !target.exists()) {
                    target.create(Folder.HOLDS_MESSAGES);
                }
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    byte[] raw;
                    try {
                        raw = bytes(message);
                    } catch (IOException | MessagingException unreadable) {
                        log.warn(
                                "Could not fetch message {} from the mailbox: {}",
                                message.getMessageNumber(),
                                unreadable.getMessage());
                        continue;
                    }
                    // Returns only once the message is committed, processed or failed.
                    mailbox.receive(raw);
                    taken++;
                    message.setFlag(Flags.Flag.SEEN, true);
                    if (target != null) {
                        folder.copyMessages(new Message[] {message}, target);
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            } finally {
                folder.close(moving);
            }
        }
        if (taken > 0) {
            log.info("Took {} messages from the complaints mailbox", taken);
        }
        return taken;
    }

    private static byte[] bytes(Message message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
