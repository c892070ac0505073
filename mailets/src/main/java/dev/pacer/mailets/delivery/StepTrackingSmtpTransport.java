package dev.pacer.mailets.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.URLName;

import com.sun.mail.smtp.SMTPTransport;

import dev.pacer.core.SmtpReply;
import dev.pacer.core.SmtpStep;
import dev.pacer.core.Texts;

/**
 * javax.mail's SMTP transport, told which step of the exchange it is in, keeping the first failure reply (4xx/5xx)
 * it reads with its step.
 *
 * <p>Why the first and not the last: after a refused RCPT javax.mail sends RSET, whose 250 would overwrite the
 * reply that matters; and a refused greeting reaches the caller only as "response: 421", its text lost, while
 * {@link #readServerResponse()} has seen all of it. javax.mail reads replies byte for char (ISO-8859-1); the text kept
 * is decoded as UTF-8 where it is valid UTF-8 (RFC 6531 servers answer in it).
 */
final class StepTrackingSmtpTransport extends SMTPTransport {
    private volatile SmtpStep step = SmtpStep.CONNECT;
    private volatile FailedReply firstFailure;
    private volatile boolean heloSent;
    private final SmtpDeliverer.SessionListener listener;
    private final SessionSockets sockets;
    private boolean greeted;

    StepTrackingSmtpTransport(Session session, URLName urlName, SmtpDeliverer.SessionListener listener, SessionSockets sockets) {
        super(session, urlName);
        this.listener = listener;
        this.sockets = sockets;
    }

    /** The next mail of the session starts: its failure, if any, is its own. */
    void startMessage() {
        firstFailure = null;
        step = SmtpStep.MAIL;
    }

    /** True once the TCP connection was made (a receiver that never greets gets this far). */
    boolean connected() {
        return sockets.localAddress().isPresent();
    }

    private void greeted() {
        if (!greeted) {
            greeted = true;
            listener.greeted();
        }
    }

    /** A failure reply with the step it answered. */
    static final class FailedReply {
        final SmtpStep step;
        final SmtpReply reply;
        final String raw;

        FailedReply(SmtpStep step, SmtpReply reply, String raw) {
            this.step = step;
            this.reply = reply;
            this.raw = raw;
        }
    }

    Optional<FailedReply> firstFailure() {
        return Optional.ofNullable(firstFailure);
    }

    SmtpStep step() {
        return step;
    }

    @Override
    protected boolean protocolConnect(String host, int port, String user, String password) throws MessagingException {
        step = SmtpStep.GREETING;
        return super.protocolConnect(host, port, user, password);
    }

    @Override
    protected boolean ehlo(String domain) throws MessagingException {
        greeted();
        step = SmtpStep.EHLO;
        return super.ehlo(domain);
    }

    @Override
    protected void helo(String domain) throws MessagingException {
        greeted();
        step = SmtpStep.EHLO;
        heloSent = true;
        super.helo(domain);
    }

    @Override
    protected void startTLS() throws MessagingException {
        step = SmtpStep.STARTTLS;
        super.startTLS();
    }

    @Override
    protected void mailFrom() throws MessagingException {
        step = SmtpStep.MAIL;
        super.mailFrom();
    }

    @Override
    protected void rcptTo() throws MessagingException {
        step = SmtpStep.RCPT;
        super.rcptTo();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        step = SmtpStep.DATA;
        return super.data();
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        step = SmtpStep.END_OF_DATA;
        super.finishData();
    }

    @Override
    public synchronized void close() throws MessagingException {
        step = SmtpStep.QUIT;
        super.close();
    }

    @Override
    protected int readServerResponse() throws MessagingException {
        int code = super.readServerResponse();
        sockets.replyRead();
        listener.replied();
        // EHLO refused with 5xx is not a failure of delivery: javax.mail falls back to HELO. Keep going.
        boolean ehloFallback = step == SmtpStep.EHLO && code >= 500 && !heloSent;
        // -1 is javax.mail's "unparseable reply": a malformed line is a failure of its own, kept with its text.
        boolean failed = code >= 400 || code < 0;
        if (failed && firstFailure == null && step != SmtpStep.QUIT && !ehloFallback) {
            String raw = Texts.decodeWire(getLastServerResponse());
            firstFailure = new FailedReply(step, SmtpReply.of(code, raw), raw);
            // A refused greeting or a 421 closes the session (RFC 5321 3.8): the receiver stops counting it now.
            if (step == SmtpStep.GREETING || code == 421) {
                listener.closedByServer();
            }
        }
        return code;
    }
}
