package dev.pacer.mailets;

import java.util.List;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;

/**
 * Where the mail of an attempt is kept while it is being delivered, and how it is let go: a MailQueue item
 * (unacknowledged until the attempt is settled) or a mail of the lane's waiting repository.
 */
interface AttemptOrigin {
    /**
     * Some recipients of {@code mail} were accepted: the kept copy must not carry them any longer, so that nothing
     * that fails later can send them again. {@code remaining} are the recipients still to settle (none: the copy goes).
     */
    void recipientsSettled(Mail mail, List<MailAddress> remaining) throws MessagingException;

    /** Everything the attempt produced was handed on: the origin lets the mail go and the lane thread is free. */
    void settled() throws MessagingException;

    /** Where the mail is kept, for log lines. */
    String describe();
}
