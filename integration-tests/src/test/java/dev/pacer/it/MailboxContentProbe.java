package dev.pacer.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.mailbox.MailboxManager;
import org.apache.james.mailbox.MailboxSession;
import org.apache.james.mailbox.MessageManager;
import org.apache.james.mailbox.exception.MailboxException;
import org.apache.james.mailbox.model.FetchGroup;
import org.apache.james.mailbox.model.MailboxPath;
import org.apache.james.mailbox.model.MessageRange;
import org.apache.james.mailbox.model.MessageResultIterator;
import org.apache.james.utils.GuiceProbe;

/** Reads a user's INBOX through James's Mailbox API, as a mail client would see it. */
public class MailboxContentProbe implements GuiceProbe {
    private final MailboxManager mailboxManager;

    @Inject
    public MailboxContentProbe(MailboxManager mailboxManager) {
        this.mailboxManager = mailboxManager;
    }

    public List<String> inbox(String user) throws MailboxException, IOException {
        MailboxSession session = mailboxManager.createSystemSession(Username.of(user));
        List<String> messages = new ArrayList<>();
        if (!reactor.core.publisher.Mono.from(mailboxManager.mailboxExists(MailboxPath.inbox(session), session)).block()) {
            return messages;
        }
        MessageManager inbox = mailboxManager.getMailbox(MailboxPath.inbox(session), session);
        MessageResultIterator results = inbox.getMessages(MessageRange.all(), FetchGroup.FULL_CONTENT, session);
        while (results.hasNext()) {
            try (InputStream content = results.next().getFullContent().getInputStream()) {
                messages.add(new String(content.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return messages;
    }
}
