package dev.pacer.core;

/** The step of an SMTP exchange at which a reply was read (or a connection failed). */
public enum SmtpStep {
    /** The TCP connection itself failed: refused, unreachable, timed out. No reply. */
    CONNECT,
    /** The server's greeting banner (220 expected). */
    GREETING,
    /** EHLO, or HELO after a refused EHLO. */
    EHLO,
    STARTTLS,
    MAIL,
    RCPT,
    DATA,
    /** The reply after the message's final dot. */
    END_OF_DATA,
    /** Anything after the message was accepted (QUIT); failures there do not affect delivery. */
    QUIT
}
