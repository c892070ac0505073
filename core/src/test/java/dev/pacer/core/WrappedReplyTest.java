package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every table's plain replies ("421 4.7.0 …") quoted the way MTAs' logs and bounces and client libraries' exceptions
 * quote them must keep their kind (LABELLING.md rule 4: a wrapper does not change the label). Each wrapper below is the
 * form its software writes, with placeholders for the reply, its codes and its text.
 */
class WrappedReplyTest {
    private static final Pattern PLAIN = Pattern.compile(
        "([45][0-9][0-9])[ -](?:([45]\\.[0-9]{1,3}\\.[0-9]{1,3})\\s+)?(.*)", Pattern.DOTALL);

    private static final Pattern LONG_WORD = Pattern.compile("\\b(\\p{L}{4})(\\p{L}{4,})");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][A-Z]");
    private static final Pattern CONTINUATION_CODES = Pattern.compile("\n[45][0-9][0-9][ -](?:[45]\\.[0-9]{1,3}\\.[0-9]{1,3}\\s+)?");

    /** A plain reply split as the wrappers need it. */
    private static final class Plain {
        final String reply;
        final String code;
        final String enhanced;
        final String text;

        Plain(String reply, Matcher matcher) {
            this.reply = reply;
            this.code = matcher.group(1);
            this.enhanced = matcher.group(2);
            // A library keeps a multi-line reply's text lines without their codes ("451-Mail trouble\n451 Please try
            // again later." is "Mail trouble\nPlease try again later." in MailKit's message), its lines ended by a line
            // end (the tables write one as the two characters "\" and "n").
            this.text = CONTINUATION_CODES.matcher(matcher.group(3).replace("\\n", "\n")).replaceAll("\n");
        }

        String dsn() {
            return enhanced == null ? code.charAt(0) + ".0.0" : enhanced;
        }

        String enhancedSpace() {
            return enhanced == null ? "" : enhanced + " ";
        }

        /** A one-line text of at least 20 characters cut at the first space after its middle; else null. */
        String[] twoLines() {
            int cut = text.indexOf(' ', text.length() / 2);
            if (text.indexOf('\n') >= 0 || text.length() < 20 || cut < 0) {
                return null;
            }
            return new String[] {text.substring(0, cut), text.substring(cut + 1)};
        }

        /**
         * {@link #twoLines()} for a library that cuts each line's basic code off: null when the second line would open
         * with a number or hold only an address, which read as a code and as a queue listing's recipient there
         * ("…MORE THAN\n256 MESSAGES …", "Insufficient channel storage:\nuser@example.net"); no reader can tell them
         * from those.
         */
        String[] twoLinesWithoutCodes() {
            String[] lines = twoLines();
            return lines == null || Character.isDigit(lines[1].charAt(0)) || lines[1].matches("\\S+@\\S+") ? null : lines;
        }

        /** The text folded after its first 30 characters, as Postfix's and Exim's notices fold long lines. */
        String[] folded() {
            int cut = text.indexOf(' ', Math.min(text.length(), 30));
            return cut < 0 ? new String[] {text, ""} : new String[] {text.substring(0, cut), text.substring(cut + 1)};
        }

        /** The text after the basic code, as libraries that cut the code off keep it. */
        String afterCode() {
            return (enhanced == null ? "" : enhanced + " ") + text;
        }
    }

    private static Map<String, Function<Plain, String>> wrappers() {
        Map<String, Function<Plain, String>> wrappers = new LinkedHashMap<>();
        wrappers.put("Postfix log", p -> "Nov 28 10:00:00 mx postfix/smtp[1234]: 4AbCdE: to=<user@example.net>, "
            + "relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=" + p.dsn()
            + ", status=deferred (host mx.example.net[192.0.2.1] said: " + p.reply + " (in reply to RCPT TO command))");
        // Docker's json-file log of the same line (a mail server's container): the line's end escaped before the
        // string's closing quote, the record's own fields after it.
        wrappers.put("Postfix log, Docker's json-file record", p -> "{\"log\":\"Nov 28 10:00:00 mx postfix/smtp[1234]: "
            + "4AbCdE: to=<user@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn="
            + p.dsn() + ", status=deferred (host mx.example.net[192.0.2.1] said: " + p.reply.replace("\"", "\\\"")
            + " (in reply to RCPT TO command))\\n\",\"stream\":\"stdout\",\"time\":\"2024-05-21T12:55:01.552143Z\"}");
        wrappers.put("Exim log", p -> "2026-11-28 10:00:00 1abcde-000001-AB == user@example.net R=dnslookup "
            + "T=remote_smtp defer (-44) H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after "
            + "RCPT TO:<user@example.net>: " + p.reply);
        // Exim's exinext: a host's last error, then the sender's retry times on lines of their own.
        wrappers.put("exinext", p -> "Transport: mx.example.net [192.0.2.1]:25 error -46: SMTP error from remote mail server"
            + " after initial connection: " + p.reply + "\n  first failed: 06-Dec-2026 19:00:00\n  last tried:   06-Dec-2026"
            + " 19:30:00\n  next try at:  06-Dec-2026 20:00:00");
        wrappers.put("Sendmail log", p -> "sm-mta[1234]: xASA0001234: to=<user@example.net>, delay=00:00:01, "
            + "mailer=esmtp, pri=120000, relay=mx.example.net. [192.0.2.1], dsn=" + p.dsn() + ", stat=Deferred: " + p.reply);
        // Postfix writes the DSN's Status from the reply's own enhanced code, 4.0.0 when it has none.
        wrappers.put("DSN", p -> "Action: delayed\nStatus: " + p.dsn() + "\nRemote-MTA: dns; mx.example.net\n"
            + "Diagnostic-Code: smtp; " + p.reply);
        // The same fields flattened onto one line, as a log, a web view or a ticket shows a DSN's recipient part.
        wrappers.put("DSN, flattened", p -> p.text.indexOf('\n') >= 0 ? null : "Final-Recipient: rfc822; user@example.net"
            + " Action: delayed Status: " + p.dsn() + " Remote-MTA: dns; mx.example.net Diagnostic-Code: smtp; " + p.reply
            + " Last-Attempt-Date: Mon, 7 Dec 2026 05:00:00 +0000 Will-Retry-Until: Sat, 12 Dec 2026 05:00:00 +0000");
        wrappers.put("Exchange", p -> "451 4.4.0 Primary target IP address responded with: \"" + p.reply
            + ".\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, "
            + "or delivery failed to all alternate hosts. The last endpoint attempted was 192.0.2.1:25");
        wrappers.put("swaks transcript", p -> " -> MAIL FROM:<sender@example.com>\n <-  250 2.1.0 Ok\n"
            + " -> RCPT TO:<user@example.net>\n<** " + p.reply + "\n -> QUIT\n <-  221 2.0.0 Bye");
        // A session an operator ran by hand: swaks' whole output (its own "===" and "***" lines around the exchange,
        // inside TLS its "~>" and "<~" markers), telnet's and openssl s_client's (the commands typed without a marker).
        wrappers.put("swaks session", p -> "=== Trying mx.example.net:25...\n=== Connected to mx.example.net.\n<-  220"
            + " mx.example.net ESMTP\n -> EHLO client.example.org\n<-  250-mx.example.net\n<-  250 STARTTLS\n -> STARTTLS\n"
            + "<-  220 2.0.0 Ready to start TLS\n=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256\n ~> MAIL"
            + " FROM:<sender@example.com>\n<~  250 2.1.0 Ok\n ~> RCPT TO:<user@example.net>\n<~* " + p.reply.replace("\n", "\n<~* ")
            + "\n ~> QUIT\n<~  221 2.0.0 Bye\n=== Connection closed with remote host.");
        wrappers.put("telnet session", p -> "Trying 192.0.2.1...\nConnected to mx.example.net.\nEscape character is '^]'.\n"
            + "220 mx.example.net ESMTP\nEHLO client.example.org\n250 mx.example.net\nMAIL FROM:<sender@example.com>\n"
            + p.reply + "\nQUIT\n221 2.0.0 Bye\nConnection closed by foreign host.");
        wrappers.put("openssl s_client session", p -> "CONNECTED(00000003)\ndepth=2 C = US, O = Internet Security Research"
            + " Group, CN = ISRG Root X1\nverify return:1\n---\nSSL handshake has read 4567 bytes and written 400 bytes\n"
            + "---\n250 CHUNKING\nEHLO client.example.org\n" + p.reply + "\nDONE");
        // Python smtplib's debug output: each command sent, each line read as bytes, then the reply once more with its
        // code apart; alone, that last line as a log keeps it.
        wrappers.put("smtplib debug output", p -> "send: 'mail FROM:<sender@example.com> size=1234\\r\\n'\n"
            + Arrays.stream(p.reply.split("\n")).map(line -> "reply: " + pythonBytes(line + "\r\n") + "\n")
                .collect(Collectors.joining())
            + "reply: retcode (" + p.code + "); Msg: " + pythonBytes(p.afterCode()) + "\nsend: 'rset\\r\\n'\n"
            + "reply: b'250 2.0.0 Ok\\r\\n'");
        wrappers.put("smtplib debug line", p -> "reply: retcode (" + p.code + "); Msg: " + pythonBytes(p.afterCode()));
        // curl's verbose SMTP session and JavaMail's debug output, their own notes around the exchange.
        wrappers.put("curl verbose", p -> "*   Trying 192.0.2.1:25...\n* Connected to mx.example.net (192.0.2.1) port 25"
            + " (#0)\n< 220 mx.example.net ESMTP\n> EHLO client.example.org\n< 250 mx.example.net\n> MAIL FROM:<sender@example.com>"
            + "\n< " + p.reply.replace("\n", "\n< ") + "\n* Closing connection 0\ncurl: (55) MAIL failed: " + p.code);
        wrappers.put("JavaMail debug", p -> "DEBUG SMTP: connected to host \"mx.example.net\", port: 25\nMAIL FROM:<sender@example.com>"
            + "\n" + p.reply + "\nDEBUG SMTP: got response code " + p.code + ", with response: " + p.reply.replace("\n", " ")
            + "\nRSET\n250 2.0.0 Ok\nDEBUG SMTP: MessagingException while sending, THROW:");
        // Ruby's Net::SMTP debug output (debug_output): '-> "…\r\n"' for each line read, '<- "…\r\n"' for each written,
        // as Ruby inspects a string; the arrows point the other way from swaks'.
        wrappers.put("Ruby Net::SMTP debug output", p -> "opening connection to mx.example.net:25...\nopened\n-> \"220"
            + " mx.example.net ESMTP\\r\\n\"\n<- \"EHLO localhost\\r\\n\"\n-> \"250 mx.example.net\\r\\n\"\n<- \"MAIL"
            + " FROM:<sender@example.com>\\r\\n\"\n-> \"" + p.reply.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\r\\n\"\n-> \"") + "\\r\\n\"\n<- \"QUIT\\r\\n\"\n-> \"221 2.0.0 Bye\\r\\n\"");
        // PEAR Net_SMTP's debug output ("DEBUG: Send: …" with the command's line end, "DEBUG: Recv: …" for each line
        // read), and the same in Roundcube's smtp log (smtp_debug: its date and session before each).
        wrappers.put("PEAR Net_SMTP debug output", p -> "DEBUG: Send: MAIL FROM:<sender@example.com>\r\n\nDEBUG: Recv: 250"
            + " 2.1.0 Ok\nDEBUG: Send: RCPT TO:<user@example.net>\r\n\nDEBUG: Recv: " + p.reply.replace("\n", "\nDEBUG: Recv: ")
            + "\nDEBUG: Send: RSET\r\n\nDEBUG: Recv: 250 2.0.0 Ok");
        wrappers.put("Roundcube's smtp log", p -> "[08-Dec-2026 03:00:00 +0000]: <jda6fsgn> Send: RCPT TO:<user@example.net>\n"
            + "[08-Dec-2026 03:00:00 +0000]: <jda6fsgn> Recv: " + p.reply.replace("\n", "\n[08-Dec-2026 03:00:00 +0000]:"
                + " <jda6fsgn> Recv: ") + "\n[08-Dec-2026 03:00:00 +0000]: <jda6fsgn> Send: RSET\n[08-Dec-2026 03:00:00"
            + " +0000]: <jda6fsgn> Recv: 250 2.0.0 Ok");
        wrappers.put("SwiftMailer", p -> "Expected response code 250 but got code \"" + p.code + "\", with message \""
            + p.reply + "\"");
        wrappers.put("Symfony Mailer", p -> "Expected response code \"250\" but got code \"" + p.code
            + "\", with message \"" + p.reply + "\".");
        wrappers.put("PHPMailer", p -> "SMTP Error: data not accepted.SMTP server error: RCPT TO command failed Detail: "
            + p.text + " SMTP code: " + p.code + (p.enhanced == null ? "" : " Additional SMTP info: " + p.enhanced));
        // The same in one of its other languages (Spanish: its labels translated, its SMTP class's words not).
        wrappers.put("PHPMailer in Spanish", p -> "Error SMTP: Datos no aceptados.Error del servidor SMTP: DATA END command "
            + "failed Detalle: " + p.text + " C\u00f3digo del servidor SMTP: " + p.code
            + (p.enhanced == null ? "" : " Informaci\u00f3n adicional del servidor SMTP: " + p.enhanced));
        wrappers.put("Python smtplib", p -> "smtplib.SMTPRecipientsRefused: {'user@example.net': (" + p.code + ", "
            + pythonRepr(p.afterCode(), true) + ")}");
        wrappers.put("JavaMail", p -> "com.sun.mail.smtp.SMTPAddressFailedException: " + p.reply);
        // Mailman 3's smtp log of a refused recipient ("$msgid delivery to $recip failed with code $smtpcode, $smtpmsg"):
        // the text as smtplib's bytes.
        wrappers.put("Mailman 3 smtp log", p -> "Dec 07 12:55:01 2026 (1234) <msg@example.org> delivery to user@example.net "
            + "failed with code " + p.code + ", " + pythonRepr(p.afterCode(), true));
        // An application's log of the client's error as a dictionary or a hash of its fields: Python's dict (the text as
        // smtplib's bytes), Ruby's hash with symbol keys, and nodemailer's error as Node's util.inspect prints it (its
        // single-quoted strings escape an apostrophe with a backslash).
        wrappers.put("Python dict of the code and the error", p -> "{'smtp_code': " + p.code + ", 'smtp_error': "
            + pythonRepr(p.afterCode(), true) + "}");
        wrappers.put("Ruby hash of the code and the message", p -> "{:code=>" + p.code + ", :message=>\""
            + jsonEscaped(p.afterCode()) + "\"}");
        // rb-sisimai's record as Ruby prints its hash: the reply whole in its diagnostic code, sisimai's own status, reason
        // label and reply code around it.
        wrappers.put("sisimai record, Ruby hash", p -> "{\"action\"=>\"delayed\", \"deliverystatus\"=>\"" + p.dsn()
            + "\", \"diagnosticcode\"=>\"" + jsonEscaped(p.code + " " + p.afterCode()) + "\", \"diagnostictype\"=>\"SMTP\", "
            + "\"lhost\"=>\"mx.example.org\", \"reason\"=>\"undefined\", \"replycode\"=>\"" + p.code + "\"}");
        wrappers.put("nodemailer error, util.inspect", p -> "{ code: 'EENVELOPE', response: '" + p.reply.replace("\\", "\\\\")
            .replace("'", "\\'").replace("\n", "\\n") + "', responseCode: " + p.code + ", command: 'RCPT TO' }");
        // The command the reply answers echoed before its words ("RCPT TO:<user@example.net>: Not available"): the
        // sender's own words (a probe of echoed commands, 2026-12-04: 23 of 6,141 forms changed kind before they were
        // set aside, 10 of the receiver's busy states read as a mailbox's after "MAIL FROM:<sender@example.org>").
        wrappers.put("RCPT TO echoed", p -> p.code + " " + (p.enhanced == null ? "" : p.enhanced + " ")
            + "RCPT TO:<user@example.net>: " + p.text);
        wrappers.put("MAIL FROM echoed", p -> p.code + " " + (p.enhanced == null ? "" : p.enhanced + " ")
            + "MAIL FROM:<sender@example.org> " + p.text);
        wrappers.put("EHLO echoed", p -> p.code + " " + (p.enhanced == null ? "" : p.enhanced + " ")
            + "EHLO mail.example.org: " + p.text);
        wrappers.put("nodemailer", p -> "Error: Can't send mail - all recipients were rejected: " + p.reply);
        wrappers.put("Ruby Net::SMTP", p -> "Net::SMTPServerBusy: " + p.reply);
        // Ruby's report of the exception uncaught (the place, the message, its class, then each caller's place; Ruby 3.4
        // names the method 'Net::SMTP#check_response'), and Rails's log of it (the class, the message in brackets whose
        // line end puts "):" on the next line, the application's frames); replies of one line.
        wrappers.put("Ruby, uncaught", p -> p.text.indexOf('\n') >= 0 ? null
            : "/usr/lib/ruby/3.2.0/net/smtp.rb:1088:in `check_response': " + p.reply + " (Net::SMTPServerBusy)\n\tfrom "
                + "/usr/lib/ruby/3.2.0/net/smtp.rb:1056:in `getok'\n\tfrom /usr/lib/ruby/3.2.0/net/smtp.rb:962:in `rcptto'"
                + "\n\tfrom /usr/lib/ruby/3.2.0/net/smtp.rb:943:in `block in rcptto_list'\n\tfrom /app/lib/mailer.rb:17:in"
                + " `deliver'");
        // Redmine's and OpenProject's notice: the library's message in brackets after their sentence; and any
        // application's sentence so.
        wrappers.put("Redmine notice", p -> "An error occurred while sending mail (" + p.reply + ")");
        wrappers.put("an application's sentence, the reply in brackets", p -> "Mail delivery failed (" + p.reply + ").");
        wrappers.put("an application's sentence, the reply in square brackets", p -> "Failed to send email [" + p.reply + "]");
        wrappers.put("an application's sentence in German, the reply in brackets", p -> "Beim Senden einer E-Mail ist ein"
            + " Fehler aufgetreten (" + p.reply + ").");
        // The same sentence run straight into the reply's code (a hosting provider's "Fatal error sending message 451 …",
        // the tables' form), and a refusal so narrated.
        wrappers.put("an application's sentence run into the code", p -> "Fatal error sending message " + p.reply);
        wrappers.put("a refusal narrated before the code", p -> "The server rejected the message with " + p.reply);
        wrappers.put("Rails log", p -> p.text.indexOf('\n') >= 0 ? null
            : "Net::SMTPServerBusy (" + p.reply + "\n):\n\napp/jobs/notify_job.rb:8:in `perform'\n"
                + "app/controllers/users_controller.rb:30:in `create'");
        wrappers.put("gomail", p -> "gomail: could not send email 1: " + p.reply);
        // go-mail's SendError: its reason, the reply, then the recipients and the message it concerns.
        wrappers.put("go-mail", p -> "failed to send mail: sending SMTP RCPT TO command: " + p.reply
            + ", affected recipient(s): user@example.net, other@example.net, affected message ID: <20261207.abc@example.org>");
        // The error type many senders write for themselves and print as "SMTP error %d: %s" (Go's fmt.Errorf, Python's
        // f-strings, Rust's thiserror, C#'s IOException), the reply's code and text apart.
        wrappers.put("a sender's own SMTP error", p -> "send failed: SMTP error " + p.code + ": " + p.enhancedSpace()
            + p.text.replace("\n", " "));
        // The same code and text joined by a colon alone or after a label naming the code (Python's f"{code}: {msg}",
        // PHP's "Error $code: $message").
        wrappers.put("code, colon and text", p -> p.text.indexOf('\n') >= 0 ? null
            : p.code + ": " + p.enhancedSpace() + p.text);
        wrappers.put("Error code, colon and text", p -> p.text.indexOf('\n') >= 0 ? null
            : "Error " + p.code + ": " + p.enhancedSpace() + p.text);
        wrappers.put("Postfix bounce, greeting", p -> "host mx.example.net[192.0.2.1] refused to talk to me: " + p.reply);
        wrappers.put("Exim bounce", p -> "  user@example.net\n    host mx.example.net [192.0.2.1]\n"
            + "    SMTP error from remote mail server after RCPT TO:<user@example.net>:\n    " + p.reply);
        wrappers.put("Exim delay warning", p -> "  user@example.net\n    Delay reason: SMTP error from remote mail server "
            + "after RCPT TO:<user@example.net>:\n    host mx.example.net [192.0.2.1]: " + p.reply);
        wrappers.put("Amazon SES event", p -> "{\"bounceType\":\"Transient\",\"diagnosticCode\":\"smtp; "
            + p.reply.replace("\"", "\\\"") + "\",\"status\":\"" + p.dsn() + "\"}");
        // Amazon SES's delivery delay event as its event publishing writes it: the message's headers, SES's own delay
        // type and status, then the receiver's reply in the recipient's diagnostic code.
        wrappers.put("Amazon SES delivery delay event", p -> "{\"eventType\":\"DeliveryDelay\",\"mail\":{\"timestamp\":"
            + "\"2020-06-16T00:15:40.641Z\",\"source\":\"sender@example.org\",\"messageId\":\"0100-000000\",\"destination\":"
            + "[\"user@example.net\"],\"commonHeaders\":{\"from\":[\"sender@example.org\"],\"subject\":\"Your order has shipped\"}},"
            + "\"deliveryDelay\":{\"delayType\":\"TransientCommunicationFailure\",\"expirationTime\":\"2020-06-16T00:25:40.914Z\","
            + "\"delayedRecipients\":[{\"emailAddress\":\"user@example.net\",\"status\":\"" + p.dsn() + "\",\"diagnosticCode\":"
            + "\"smtp; " + p.reply.replace("\"", "\\\"").replace("\n", "\\n") + "\"}],\"timestamp\":\"2020-06-16T00:15:40.641Z\","
            + "\"reportingMTA\":\"a200-12.smtp-out.amazonses.com\"}}");
        // sisimai's JSON dump of a bounce (its keys sorted): its own reason label and the reply's code in fields of their
        // own, after the reply's diagnostic code.
        wrappers.put("sisimai JSON", p -> "{\"action\":\"delayed\",\"addresser\":\"sender@example.org\",\"deliverystatus\":\""
            + p.dsn() + "\",\"destination\":\"example.net\",\"diagnosticcode\":\"" + p.reply.replace("\"", "\\\"")
            .replace("\n", "\\n") + "\",\"diagnostictype\":\"SMTP\",\"hardbounce\":0,\"lhost\":\"mx.example.org\",\"reason\":"
            + "\"undefined\",\"recipient\":\"user@example.net\",\"replycode\":\"" + p.code + "\",\"rhost\":\"mx.example.net\","
            + "\"smtpagent\":\"Postfix\",\"smtpcommand\":\"RCPT\",\"subject\":\"Test\",\"timestamp\":1700000000}");
        // SparkPost's delay event: the reply's code many fields before its raw reason.
        wrappers.put("SparkPost delay event", p -> "{\"msys\":{\"message_event\":{\"type\":\"delay\",\"bounce_class\":\"21\","
            + "\"delv_method\":\"esmtp\",\"error_code\":\"" + p.code + "\",\"event_id\":\"92356927693813856\",\"friendly_from\":"
            + "\"sender@example.org\",\"ip_address\":\"192.0.2.1\",\"msg_size\":\"1337\",\"num_retries\":\"2\",\"queue_time\":"
            + "\"12\",\"rcpt_to\":\"user@example.net\",\"raw_reason\":\"" + p.reply.replace("\"", "\\\"").replace("\n", "\\n")
            + "\",\"reason\":\"" + p.reply.replace("\"", "\\\"").replace("\n", "\\n") + "\",\"routing_domain\":\"example.net\","
            + "\"subject\":\"Summer deals\",\"timestamp\":\"1454442600\"}}}");
        wrappers.put("Python smtplib, sender", p -> "smtplib.SMTPSenderRefused: (" + p.code + ", "
            + pythonRepr(p.afterCode(), true) + ", 'noreply@example.com')");
        wrappers.put("Spring", p -> "org.springframework.mail.MailSendException: Failed messages: "
            + "com.sun.mail.smtp.SMTPSendFailedException: " + p.reply + "\n; message exception details (1) are:\n"
            + "Failed message 1:\ncom.sun.mail.smtp.SMTPSendFailedException: " + p.reply
            + "\n\tat com.sun.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2374)");
        wrappers.put("nodemailer, logged", p -> "Error: Can't send mail - all recipients were rejected: " + p.reply
            + "\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) {\n"
            + "  code: 'EENVELOPE',\n  response: '" + p.reply.replace("'", "\\'") + "',\n  responseCode: " + p.code
            + ",\n  command: 'RCPT TO'\n}");
        // The same error serialized as JSON by a logger (winston's errors format): its message, then its fields, the
        // reply again in "response" beside "responseCode".
        wrappers.put("nodemailer, logged as JSON", p -> "{\"level\":\"error\",\"message\":\"Mail command failed: "
            + jsonEscaped(p.reply) + "\",\"code\":\"EENVELOPE\",\"response\":\"" + jsonEscaped(p.reply) + "\",\"responseCode\":"
            + p.code + ",\"command\":\"MAIL FROM\",\"timestamp\":\"2026-12-07T10:00:00.000Z\"}");
        wrappers.put("Laravel", p -> "Swift_TransportException: Expected response code 250 but got code \"" + p.code
            + "\", with message \"" + p.reply + "\r\n\" in /var/www/vendor/swiftmailer/swiftmailer/lib/classes/Swift/"
            + "Transport/AbstractSmtpTransport.php:457");
        wrappers.put("Perl Email::Sender", p -> "Email::Sender::Failure: " + p.reply);
        // MIME::Lite's croak: its label and Perl's errno, then Net::SMTP's message (the reply's lines without their basic
        // code, each ended by a line end); the errno is often empty. Left out, as for Thunderbird: a reply whose class
        // only its basic code gave.
        wrappers.put("MIME::Lite", p -> (p.enhanced == null ? p.code.charAt(0) == '5' : p.enhanced.charAt(0) != p.code.charAt(0))
            ? null : "SMTP RCPT command failed: \n" + p.afterCode() + "\n");
        wrappers.put("MIME::Lite, errno", p -> (p.enhanced == null ? p.code.charAt(0) == '5'
            : p.enhanced.charAt(0) != p.code.charAt(0)) ? null
            : "SMTP MAIL command failed: Inappropriate ioctl for device\n" + p.afterCode() + "\n");
        // Go's encoding/json escapes '<', '>' and '&' as \\u003c, \\u003e and \\u0026 (a Go MTA's or relay's JSON log).
        wrappers.put("Go JSON log", p -> "{\"level\":\"warn\",\"msg\":\"delivery deferred\",\"reply\":\""
            + p.reply.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\"}");
        // PHP's json_encode with its default flags escapes every slash as "\\/" and every character outside ASCII as
        // \\uXXXX (a PHP application's or Laravel's JSON log of the failure).
        wrappers.put("PHP json_encode", p -> "{\"message\":\"Mail delivery failed\",\"context\":{\"response\":\""
            + phpJsonEscaped(p.reply) + "\"},\"level\":300}");
        // A reply in backticks, as a ticket or an operator's Markdown note quotes it.
        wrappers.put("Markdown note", p -> p.text.indexOf('\n') >= 0 ? null : "Got `" + p.reply + "`");
        // Exchange's queue viewer and message trace (the last error in its LED field), and a log's key=value field.
        wrappers.put("Exchange queue LastError", p -> p.text.indexOf('\n') >= 0 || p.reply.indexOf('}') >= 0 ? null
            : "LastError : [{LRT=11/28/2026 10:00:00 AM};{LED=" + p.reply + "};{FQDN=mx.example.net};{IP=192.0.2.1}]");
        wrappers.put("key=value log", p -> p.text.indexOf('\n') >= 0 ? null
            : "level=warn msg=\"delivery deferred\" rcpt=user@example.net smtp_response=" + p.reply);
        // Desktop and command-line senders: PHP's mail() on Windows, msmtp, mutt (one line each: their message keeps the
        // reply's last line only, so replies over several lines are left out), and Thunderbird, whose message drops the
        // basic code as MailKit's does.
        wrappers.put("PHP mail()", p -> p.text.indexOf('\n') >= 0 ? null
            : "PHP Warning:  mail(): SMTP server response: " + p.reply + " in C:\\inetpub\\wwwroot\\send.php on line 12");
        wrappers.put("msmtp", p -> p.text.indexOf('\n') >= 0 ? null
            : "msmtp: recipient address user@example.net not accepted by the server\nmsmtp: server message: " + p.reply
                + "\nmsmtp: could not send mail (account default from /etc/msmtprc)");
        wrappers.put("mutt", p -> p.text.indexOf('\n') >= 0 ? null : "SMTP session failed: " + p.reply);
        // mailx's and s-nail's report: "smtp-server: " before each of the reply's lines, then where the message was saved
        // and that it was not sent.
        wrappers.put("mailx", p -> "smtp-server: " + p.reply.replace("\\n", "\nsmtp-server: ")
            + "\n\"/root/dead.letter\" 11/311\n. . . message not sent.");
        wrappers.put("Thunderbird", p -> (p.enhanced == null ? p.code.charAt(0) == '5' : p.enhanced.charAt(0) != p.code.charAt(0))
            || p.text.indexOf('\n') >= 0 ? null
            : "An error occurred while sending mail. The mail server responded: " + p.afterCode()
                + ". Please check the message and try again.");
        // Thunderbird's newer notice (github.com/zone-eu/wildduck/issues/399, the eighty-seventh table), and the same
        // notice in the shape German and French clients give it (not verbatim): the basic code dropped, the client's
        // "error" before the reply (425 forms changed kind in the three before the parser cut a client's sentence that
        // introduces the reply: its "error" read as the receiver's trouble).
        wrappers.put("Thunderbird, newer", p -> (p.enhanced == null ? p.code.charAt(0) == '5' : p.enhanced.charAt(0) != p.code.charAt(0))
            || p.text.indexOf('\n') >= 0 ? null
            : "Sending of the message failed. An error occurred while sending mail: Outgoing server (SMTP) error. The"
                + " server responded: " + p.afterCode() + ".");
        wrappers.put("a client's notice in German", p -> (p.enhanced == null ? p.code.charAt(0) == '5'
            : p.enhanced.charAt(0) != p.code.charAt(0)) || p.text.indexOf('\n') >= 0 ? null
            : "Senden der Nachricht fehlgeschlagen. Beim Senden der Nachricht ist ein Fehler aufgetreten: Fehler beim"
                + " Postausgang-Server (SMTP). Der Server antwortete: " + p.afterCode() + ".");
        wrappers.put("a client's notice in French", p -> (p.enhanced == null ? p.code.charAt(0) == '5'
            : p.enhanced.charAt(0) != p.code.charAt(0)) || p.text.indexOf('\n') >= 0 ? null
            : "Échec de l'envoi du message. Une erreur est survenue lors de l'envoi du courrier : Erreur du serveur"
                + " sortant (SMTP). Le serveur a répondu : " + p.afterCode() + ".");
        // MailKit's message is the reply without its basic code: a 5xx with no enhanced code has no class left, and an
        // enhanced code of another class than the basic code (a receiver's bug: "451 5.7.3") becomes the only one.
        wrappers.put("MailKit", p -> (p.enhanced == null ? p.code.charAt(0) == '5' : p.enhanced.charAt(0) != p.code.charAt(0))
            ? null
            : "MailKit.Net.Smtp.SmtpCommandException: " + p.afterCode()
                + "\n   at MailKit.Net.Smtp.SmtpClient.SendAsync(FormatOptions options, MimeMessage message)");
        // MailKit's exception as applications log its properties (MailKit's issue 1196: "Exception: …", "Message: …",
        // "StackTrace: …", "ErrorCode: …", "StatusCode: ServiceNotAvailable"): the code its enum names, or its number.
        wrappers.put("MailKit's properties", p -> "Exception: SmtpCommandException\nMessage:  " + p.afterCode()
            + "\nStackTrace: at MailKit.Net.Smtp.SmtpClient.<SendAsync>d__86.MoveNext()\n   at MailKit.Net.Smtp.SmtpClient"
            + ".Send(MimeMessage message)\nErrorCode: RecipientNotAccepted \nStatusCode: " + mailKitStatusCode(p.code));
        // The same in a structured log record (Serilog's compact JSON: the exception's text, then its properties).
        wrappers.put("MailKit, structured log record", p -> "{\"@t\":\"2026-12-08T03:00:00.1234567Z\",\"@mt\":\"Sending mail"
            + " failed\",\"@l\":\"Error\",\"@x\":\"MailKit.Net.Smtp.SmtpCommandException: "
            + p.afterCode().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
            + "\\n   at MailKit.Net.Smtp.SmtpClient.SendAsync(MimeMessage message)\",\"StatusCode\":\""
            + mailKitStatusCode(p.code) + "\",\"ErrorCode\":\"RecipientNotAccepted\"}");
        // MailKit's exception after an application's own words on its log line, its status code not logged: a 5xx with
        // no enhanced code has no class left, as above.
        wrappers.put("MailKit, after a log's words", p -> (p.enhanced == null ? p.code.charAt(0) == '5'
            : p.enhanced.charAt(0) != p.code.charAt(0)) ? null
            : "2026-12-08 03:00:00.123 +00:00 [ERR] Error sending email to user@example.net"
                + " MailKit.Net.Smtp.SmtpCommandException: " + p.afterCode());
        // Symfony Mailer when several codes were acceptable ("250/251/252" after RCPT TO).
        wrappers.put("Symfony Mailer, codes expected", p -> "Expected response code \"250/251/252\" but got code \"" + p.code
            + "\", with message \"" + p.reply + "\".");
        // Rust async-smtp's error (Delta Chat's and Reacher's logs): the class in a word, the basic code dropped, the
        // reply's lines joined by "; ".
        wrappers.put("async-smtp", p -> "SMTP failed to send: " + (p.code.charAt(0) == '4' ? "transient" : "permanent") + ": "
            + p.enhancedSpace() + p.text.replace("\n", "; "));
        // Rust lettre's error as printed (Display: its kind and code, then the reply's first line without the code); a
        // reply over several lines loses its later ones there, so those rows are left out.
        wrappers.put("lettre", p -> p.text.indexOf('\n') >= 0 ? null
            : "Error: " + (p.code.charAt(0) == '4' ? "transient" : "permanent") + " error (" + p.code + "): " + p.afterCode());
        wrappers.put("Symfony Mailer, logged", p -> "Symfony\\Component\\Mailer\\Exception\\TransportException: Expected "
            + "response code \"250\" but got code \"" + p.code + "\", with message \"" + p.reply + "\".");
        // Symfony Mailer's exception in Laravel's log: the message, then its JSON context holding it again (escaped) and
        // the PHP stack trace ("[stacktrace]", "#0 …php(198): …", "#1 {main}"), read as the reply's text before.
        wrappers.put("Laravel log, Symfony Mailer", p -> p.text.indexOf('\n') >= 0 ? null
            : "[2026-11-28 10:00:01] production.ERROR: Expected response code \"250\" but got code \"" + p.code
                + "\", with message \"" + p.reply + "\". {\"exception\":\"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception"
                + "\\\\UnexpectedResponseException(code: " + p.code + "): Expected response code \\\"250\\\" but got code \\\""
                + p.code + "\\\", with message \\\"" + p.reply.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\\\". at /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342)\n[stacktrace]\n"
                + "#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\\\Component\\\\Mailer"
                + "\\\\Transport\\\\Smtp\\\\SmtpTransport->assertResponseCode()\n#1 {main}\n\"}");
        // Nextcloud's JSON log of Symfony Mailer's error: the message, its quotes escaped, in the record's "message"
        // string, the record's fields after it.
        wrappers.put("Nextcloud log, Symfony Mailer", p -> "{\"reqId\":\"AbCdEf\",\"level\":3,\"time\":\"2026-12-07T12:55:01"
            + "+00:00\",\"app\":\"core\",\"method\":\"POST\",\"url\":\"/ocs/v2.php\",\"message\":\""
            + jsonEscaped("Failed to send mail: Expected response code \"250\" but got code \"" + p.code + "\", with message \""
                + p.reply + "\".")
            + "\",\"userAgent\":\"Mozilla/5.0\",\"version\":\"28.0.0.11\"}");
        // Laminas Mail's and Zend Framework 1's exception (Magento 1's mail): its message is the reply without its basic
        // code, each line's end kept (fgets), the lines joined by a space.
        wrappers.put("Laminas Mail", p -> (p.enhanced == null ? p.code.charAt(0) == '5' : p.enhanced.charAt(0) != p.code.charAt(0))
            ? null : "Laminas\\Mail\\Protocol\\Exception\\RuntimeException: " + p.afterCode().replace("\n", "\r\n ") + "\r\n");
        wrappers.put("Zend_Mail", p -> (p.enhanced == null ? p.code.charAt(0) == '5' : p.enhanced.charAt(0) != p.code.charAt(0))
            ? null : "Zend_Mail_Protocol_Exception: " + p.afterCode().replace("\n", "\r\n ") + "\r\n");
        wrappers.put("Apache Commons Email", p -> "org.apache.commons.mail.EmailException: Sending the email to the "
            + "following server failed : smtp.example.com:25\nCaused by: javax.mail.SendFailedException: Invalid Addresses;\n"
            + "  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: " + p.reply);
        wrappers.put("Jakarta Mail (Angus)", p -> "org.eclipse.angus.mail.smtp.SMTPSendFailedException: " + p.reply);
        wrappers.put("aiosmtplib", p -> "aiosmtplib.errors.SMTPRecipientRefused: (" + p.code + ", "
            + pythonRepr(p.afterCode(), false) + ", 'user@example.net')");
        wrappers.put("emailjs", p -> "Error: bad response on command 'RCPT': " + p.reply);
        wrappers.put("Go", p -> "failed to send mail: " + p.reply);
        // Go's net/smtp error printed with "%#v" and "%+v" (a *textproto.Error: the code apart, the text after it with
        // its lines joined by a line end, quoted by strconv.Quote in the first).
        wrappers.put("Go %#v", p -> "send failed: &textproto.Error{Code:" + p.code + ", Msg:\""
            + p.afterCode().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"}");
        wrappers.put("Go %+v", p -> p.afterCode().indexOf('\n') >= 0 || p.afterCode().indexOf('}') >= 0 ? null
            : "send failed: &{Code:" + p.code + " Msg:" + p.afterCode() + "}");
        wrappers.put("Postal", p -> "temporary SMTP delivery error when sending to mx.example.net (192.0.2.1)\n\n" + p.reply
            + "\n\nTime: 0.09s\n\nSupport Ref: WJWUQLDI");
        wrappers.put("Mailgun event", p -> "{\"delivery-status\": {\"code\": " + p.code + ", \"message\": \""
            + p.afterCode().replace("\"", "\\\"") + "\", \"attempt-no\": 1, \"description\": \"\"}}");
        // Mailgun's webhook of a temporary failure as sent: its own reason and severity, the delivery status with an
        // empty description between the code and the message.
        wrappers.put("Mailgun webhook, temporary failure", p -> "{\"event-data\":{\"event\":\"failed\",\"severity\":"
            + "\"temporary\",\"reason\":\"generic\",\"delivery-status\":{\"tls\":true,\"mx-host\":\"mx.example.net\","
            + "\"code\":" + p.code + ",\"description\":\"\",\"session-seconds\":0.43,\"utf8\":true,\"attempt-no\":1,"
            + "\"message\":\"" + p.afterCode().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
            + "\",\"certificate-verified\":true},\"recipient\":\"user@example.net\"}}");
        // A JSON record with other names for the code and text fields, the text first, the code quoted, fields between.
        wrappers.put("JSON record, text first", p -> "{\"status\":\"deferred\",\"smtp_message\":\""
            + p.afterCode().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
            + "\",\"attempts\":3,\"mx\":\"mx.example.net\",\"smtp_code\":\"" + p.code + "\"}");
        // PowerMTA's accounting file (CSV: type, times, sender, recipient, ..., dsnAction, dsnStatus with its gloss,
        // dsnDiag, dsnMta, ...), a reply over several lines joined in one field.
        wrappers.put("PowerMTA accounting", p -> "t,2026-11-28 10:00:00+0000,2026-11-28 09:59:00+0000,sender@example.com,"
            + "user@example.net,,delayed," + p.dsn() + " (other or undefined mail system status),smtp;"
            + p.reply.replace('\n', ' ').replace("\"", "\"\"") + ",mx.example.net (192.0.2.1),smtp,pmta-vmta0,198.51.100.1,"
            + "example.net/pmta-vmta0");
        // KumoMTA's log record: the code, the enhanced code in its parts (null without one), the rest of the text.
        wrappers.put("KumoMTA log record", p -> "{\"type\":\"TransientFailure\",\"id\":\"1d98076abbbc11ed940250ebf67f93bd\","
            + "\"recipient\":\"user@example.net\",\"queue\":\"example.net\",\"site\":\"mx.example.net\",\"size\":1047,"
            + "\"response\":{\"code\":" + p.code + ",\"enhanced_code\":" + (p.enhanced == null ? "null"
                : "{\"class\":" + p.enhanced.replaceFirst("^([0-9]+)\\.([0-9]+)\\.([0-9]+)$",
                    "$1,\"subject\":$2,\"detail\":$3") + "}")
            + ",\"content\":\"" + p.text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
            + "\",\"command\":\"RCPT TO:<user@example.net>\\r\\n\"},\"peer_address\":{\"name\":\"mx.example.net\","
            + "\"addr\":\"192.0.2.1\"},\"num_attempts\":1}");
        // maddy's queue log: the code, the enhanced code ("0.0.0" for none) and the text in fields of their own, the text
        // after the receiver's name (190 of 8,285 rows with an enhanced code changed kind before that field was read).
        wrappers.put("maddy log", p -> "queue: delivery attempt failed\t{\"msg_id\":\"d69f4329\",\"rcpt\":\"user@example.net\","
            + "\"remote_addr\":\"192.0.2.1:25\",\"smtp_code\":" + p.code + ",\"smtp_enchcode\":\""
            + (p.enhanced == null ? "0.0.0" : p.enhanced) + "\",\"smtp_msg\":\"mx.example.net. said: "
            + p.text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\",\"target\":\"remote\"}");
        wrappers.put("SendGrid event", p -> "{\"event\":\"deferred\",\"response\":\"" + p.reply.replace("\"", "\\\"")
            + "\",\"attempt\":\"1\"}");
        wrappers.put(".NET, nested", p -> DOTNET.containsKey(p.code)
            ? "System.Net.Mail.SmtpFailedRecipientsException: Unable to send to all recipients. ---> "
                + "System.Net.Mail.SmtpFailedRecipientException: " + DOTNET.get(p.code) + " The server response was: "
                + p.afterCode() + "\n   --- End of inner exception stack trace ---\n"
                + "   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients)"
            : null);
        wrappers.put("Gmail delay notice, older", p -> "Delivery to the following recipient has been delayed:\n\n"
            + "     user@example.net\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n"
            + "Google tried to deliver your message, but it was rejected by the server for the recipient domain example.net "
            + "by mx.example.net. [192.0.2.1].\n\nThe error that the other server returned was:\n" + p.reply);
        wrappers.put("Gmail delay notice", p -> "Message not delivered\nThere was a temporary problem delivering your "
            + "message to user@example.net. Gmail will retry for 47 more hours. You'll be notified if the delivery fails "
            + "permanently.\nThe response was:\n" + p.reply);
        wrappers.put("Exchange 2010 diagnostic", p -> "#< #4.4.7 smtp;" + p.reply + "> #SMTP#");
        wrappers.put("Outlook NDR", p -> "Remote Server returned '" + p.reply + "'");
        wrappers.put("MDaemon transcript", p -> "Session Transcript:\n  Attempting SMTP connection to [192.0.2.1 : 25]\n"
            + "  Waiting for socket connection...\n  Socket connection established\n  Waiting for protocol to start...\n"
            + "  <-- 220 mx.example.net ESMTP\n  --> EHLO mail.example.com\n  <-- 250 mx.example.net\n"
            + "  --> MAIL From:<sender@example.com>\n  <-- 250 2.1.0 Ok\n  --> RCPT To:<user@example.net>\n  <-- " + p.reply);
        wrappers.put("hMailServer", p -> "Error Type: SMTP\nRemote server (192.0.2.1) issued an error.\n"
            + "hMailServer sent: RCPT TO:<user@example.net>\nRemote server replied: " + p.reply);
        wrappers.put("SmarterMail", p -> "Delivery to the following recipients has been delayed.\n\n    user@example.net\n\n"
            + "Reason: " + p.reply);
        wrappers.put("Courier transcript", p -> ">>> RCPT TO:<user@example.net>\n<<< " + p.reply);
        // Courier's log: the reply on its delivery's record, then the record of the delivery's outcome (",status:
        // deferred", read in its source); a reply over several lines left out (how its log splits them not read).
        wrappers.put("Courier log", p -> p.reply.indexOf('\n') >= 0 || p.reply.contains("\\n") ? null
            : "Nov 28 10:00:00 mail courieresmtp: id=00C0FFEE.6749A1B2.00001F40,from=<sender@example.com>,"
                + "addr=<user@example.net>: " + p.reply + "\nNov 28 10:00:00 mail courieresmtp: id=00C0FFEE.6749A1B2.00001F40,"
                + "from=<sender@example.com>,addr=<user@example.net>,status: deferred");
        // Kerio Connect's log ("Result: delayed, Status: 4.4.1 Cannot connect to host", GFI's troubleshooting article):
        // the status code and the reply's words on one line, no basic code; a reply whose codes' classes differ is left
        // out (its basic code decides, and the log drops it).
        wrappers.put("Kerio Connect log", p -> p.enhanced == null || p.enhanced.charAt(0) != p.code.charAt(0)
            || p.text.indexOf('\n') >= 0 ? null : "Result: delayed, Status: " + p.enhanced + " " + p.text);
        // The enhanced code written after the text, alone in parentheses or brackets, as some servers close their reply.
        wrappers.put("enhanced code as a bracketed trailer", p -> p.enhanced == null || p.text.indexOf('\n') >= 0 ? null
            : p.code + " " + p.text + " (" + p.enhanced + ")");
        // An application's log that drops the basic code and names the enhanced one ("SMTP error 4.3.0 …").
        wrappers.put("SMTP error label before the enhanced code", p -> p.enhanced == null
            || p.enhanced.charAt(0) != p.code.charAt(0) || p.text.indexOf('\n') >= 0 ? null
            : "SMTP error " + p.enhanced + " " + p.text);
        // An application's message that brackets the basic code before the text ("SMTP Error [451]: 4.3.0 …"), and a
        // log that writes a dash between the two codes ("451 - 4.3.0 …").
        wrappers.put("basic code in brackets after an error label", p -> p.text.indexOf('\n') >= 0 ? null
            : "SMTP Error [" + p.code + "]: " + p.afterCode());
        wrappers.put("dash between the basic and the enhanced code", p -> p.enhanced == null || p.text.indexOf('\n') >= 0
            ? null : p.code + " - " + p.enhanced + " " + p.text);
        wrappers.put("Exchange 2003 delay notice", p -> "This is an automatically generated Delivery Status Notification.\n"
            + "THIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n"
            + "Delivery to the following recipients has been delayed.\n              < user@example.net >\n"
            + "The reason for the problem:\n4.1.0 - Unknown address error " + p.code + "-'" + p.afterCode() + "'");
        wrappers.put("Gmail, code written twice", p -> "Technical details of temporary failure:\nTEMP_FAILURE: Gmail tried to "
            + "deliver your message, but it was rejected by the recipient domain. The error that the other server returned "
            + "was: " + p.code + " " + p.reply);
        wrappers.put("Gmail, remote server", p -> "The response from the remote server was:\n" + p.reply);
        wrappers.put("qmail bounce", p -> "Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able "
            + "to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't "
            + "work out.\n\n<user@example.net>:\n192.0.2.1 does not like recipient.\nRemote host said: " + p.reply
            + "\nGiving up on 192.0.2.1.\nI'm not going to try again; this message has been in the queue too long.\n\n"
            + "--- Below this line is a copy of the message.\n\nSubject: server error report\n\nThe database failed.");
        // qmail-send's log line of the same report: qmail-remote's line ends as slashes, then every space, control
        // character and "%" as an underscore (logsafe); rows with letters outside ASCII are left out, as that form
        // writes each of their bytes as an underscore.
        wrappers.put("qmail log", p -> p.reply.chars().anyMatch(c -> c > 126) ? null
            : "@4000000069a5c8e21c2b4f3c delivery 12: deferral: " + qmailLogSafe("192.0.2.1 does not like recipient.\n"
                + "Remote host said: " + p.reply.replace("\\n", "\n") + "\nGiving up on 192.0.2.1.\n"));
        wrappers.put("James bounce", p -> "Hi. This is the James mail server at mail.example.com.\nI'm afraid I wasn't able to "
            + "deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't "
            + "work out.  Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message."
            + "\n\nFailed recipient(s):\nuser@example.net\n\nError message:\n" + p.reply + "\n");
        wrappers.put("Postfix bounce", p -> "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform "
            + "you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            + "                   The mail system\n\n<user@example.net>: host mx.example.net[192.0.2.1] said: " + p.reply
            + " (in reply to RCPT TO command)");
        wrappers.put("Postfix delay warning, folded", p -> "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\n"
            + "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
            + "<user@example.net>: host mx.example.net[192.0.2.1] said: " + p.code + " " + p.enhancedSpace() + p.folded()[0]
            + "\n    " + p.folded()[1] + " (in reply to RCPT TO\n    command)");
        wrappers.put("Exim delay warning, folded", p -> "A message that you sent has not yet been delivered to one or more of its\n"
            + "recipients after more than 24 hours on the queue on mail.example.com.\n\n  user@example.net\n"
            + "    host mx.example.net [192.0.2.1]\n    Delay reason: SMTP error from remote mail server after "
            + "RCPT TO:<user@example.net>:\n    " + p.code + " " + p.enhancedSpace() + p.folded()[0] + "\n    " + p.folded()[1]
            + "\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be "
            + "repeated at intervals if the message\nremains undelivered.");
        // A notice pasted as its mail carried it, quoted-printable: soft line breaks every 76 characters, "=3D".
        wrappers.put("Postfix bounce, quoted-printable", p -> quotedPrintable("The mail system\n\n<user@example.net>: host "
            + "mx.example.net[192.0.2.1] said: " + p.reply + " (in reply to RCPT TO command)", "\n"));
        wrappers.put("Gmail notice, quoted-printable, CRLF", p -> quotedPrintable("Technical details of temporary failure: "
            + "The error that the other server returned was: " + p.reply, "\r\n"));
        // Rust's smtp-proto reply as mail-send's error prints it (Display, also Stalwart's queue reports' form) and as it
        // is logged with {:?} (Debug): the codes in fields, "0.0.0" for none.
        wrappers.put("mail-send error", p -> "Unexpected reply: Code: " + p.code + ", Enhanced code: "
            + (p.enhanced == null ? "0.0.0" : p.enhanced) + ", Message: " + p.text.replace('\n', ' '));
        wrappers.put("mail-send error, Debug", p -> "Error: UnexpectedReply(Response { code: " + p.code + ", esc: ["
            + (p.enhanced == null ? "0, 0, 0" : p.enhanced.replace(".", ", ")) + "], message: \""
            + p.text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\" })");
        // Erlang's gen_smtp client's error term, as Erlang prints it and as Elixir (Swoosh, Bamboo) inspects it.
        wrappers.put("gen_smtp, Erlang", p -> "{error," + (p.code.charAt(0) == '4' ? "retries_exceeded,{temporary_failure"
            : "no_more_hosts,{permanent_failure") + ",\"mx.example.net\",<<\"" + p.reply.replace("\"", "\\\"")
            .replace("\n", "\\r\\n") + "\\r\\n\">>}}");
        wrappers.put("gen_smtp, Elixir", p -> "{:error, " + (p.code.charAt(0) == '4' ? ":retries_exceeded, {:temporary_failure"
            : ":no_more_hosts, {:permanent_failure") + ", ~c\"mx.example.net\", \"" + p.reply.replace("\"", "\\\"")
            .replace("\n", "\\r\\n") + "\\r\\n\"}}");
        // PHPMailer's sender failure: its SMTP error fields (the text, codes cut off; the code; the enhanced code or
        // nothing) joined by commas.
        wrappers.put("PHPMailer, sender failed", p -> p.text.indexOf('\n') >= 0 ? null : "The following From address failed: "
            + "sender@example.com : MAIL FROM command failed," + p.text + "," + p.code + "," + (p.enhanced == null ? "" : p.enhanced));
        // Its older order (5.2): the code, the enhanced code or nothing, then the text with the reply's line end.
        wrappers.put("PHPMailer 5.2, sender failed", p -> p.text.indexOf('\n') >= 0 ? null : "The following From address "
            + "failed: sender@example.com : MAIL FROM command failed," + p.code + "," + (p.enhanced == null ? "" : p.enhanced)
            + "," + p.text + "\r\n");
        // PEAR Mail's error (Roundcube's and Horde's mailers): Net_SMTP's code and text in a bracket.
        wrappers.put("PEAR Mail", p -> "Failed to add recipient: user@example.net [SMTP: Invalid response code received from "
            + "server (code: " + p.code + ", response: " + p.enhancedSpace() + p.text + ")]");
        wrappers.put("Horde_Mail", p -> "Horde_Mail_Exception: Failed to set sender: sender@example.com [SMTP: Invalid response "
            + "code received from server (code: " + p.code + ", response: " + p.enhancedSpace() + p.text + ")]");
        // Exchange's NDR in the languages it is sent in (German, French, Spanish): the reply quoted inside their words.
        wrappers.put("Exchange NDR, German", p -> "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: "
            + "mail.example.com\n\nuser@example.net\nmx.example.net\nRemoteserver hat '" + p.reply.replace('\n', ' ')
            + "' zurückgegeben\n\nOriginalnachrichtenheader:");
        wrappers.put("Exchange NDR, French", p -> "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : "
            + "mail.example.com\n\nuser@example.net\nmx.example.net\nLe serveur distant a retourné '" + p.reply.replace('\n', ' ')
            + "'\n\nEn-têtes de message d'origine :");
        wrappers.put("Exchange NDR, Spanish", p -> "Información de diagnóstico para administradores:\n\nServidor de generación: "
            + "mail.example.com\n\nuser@example.net\nmx.example.net\nEl servidor remoto devolvió '" + p.reply.replace('\n', ' ')
            + "'\n\nEncabezados de mensajes originales:");
        // Exchange's NDR in its HTML form, entities and all.
        wrappers.put("Exchange NDR, HTML", p -> "<p><b>Delivery has failed to these recipients or groups:</b></p>"
            + "<p>Diagnostic information for administrators:</p><p>Generating server: mail.example.com</p>"
            + "<p>user@example.net<br>mx.example.net<br>Remote Server returned &#39;" + p.reply.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;") + "&#39;<br></p>");
        // A long reply over two lines ("421-4.7.0 first half" / "421 4.7.0 second half"), as the receiver sends it, as
        // Postfix logs it (lines joined, each with its codes), as Exim quotes it and as Python's smtplib keeps it (codes
        // of the continuation lines cut off, enhanced codes kept, the line end escaped in the bytes' repr).
        wrappers.put("two lines", p -> p.twoLines() == null ? null
            : p.code + "-" + p.enhancedSpace() + p.twoLines()[0] + "\n" + p.code + " " + p.enhancedSpace() + p.twoLines()[1]);
        wrappers.put("two lines, Postfix log", p -> p.twoLines() == null ? null
            : "host mx.example.net[192.0.2.1] said: " + p.code + "-" + p.enhancedSpace() + p.twoLines()[0] + " " + p.code
                + " " + p.enhancedSpace() + p.twoLines()[1] + " (in reply to end of DATA command)");
        wrappers.put("two lines, Exim", p -> p.twoLines() == null ? null
            : "SMTP error from remote mail server after end of data:\n" + p.code + "-" + p.enhancedSpace()
                + p.twoLines()[0] + "\n" + p.code + " " + p.enhancedSpace() + p.twoLines()[1]);
        wrappers.put("two lines, Python smtplib", p -> p.twoLines() == null ? null
            : "smtplib.SMTPDataError: (" + p.code + ", " + pythonRepr(p.enhancedSpace() + p.twoLines()[0] + "\n"
                + p.enhancedSpace() + p.twoLines()[1], true) + ")");
        // nodemailer's greeting and EHLO errors: the reply after "response=", its lines joined by line ends, and the whole
        // reply again after a colon; and Laravel's log of Symfony Mailer's error over two lines, the reply in the message's
        // quotes and again in the record after it (a probe of 2026-12-08: 2,799 and 75 of 10,504 changed kind).
        wrappers.put("nodemailer greeting error", p -> p.reply.indexOf('\n') >= 0 ? null
            : "Error: Invalid greeting. response=" + p.reply + ": " + p.reply);
        wrappers.put("two lines, nodemailer greeting error", p -> {
            if (p.twoLines() == null) {
                return null;
            }
            String reply = p.code + "-" + p.enhancedSpace() + p.twoLines()[0] + "\n" + p.code + " " + p.enhancedSpace()
                + p.twoLines()[1];
            return "Error: Server terminates connection. response=" + reply + ": " + reply + "\n    at SMTPConnection."
                + "_actionEHLO (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1478:25)";
        });
        wrappers.put("two lines, Laravel log, Symfony Mailer", p -> {
            if (p.twoLines() == null) {
                return null;
            }
            String reply = p.code + "-" + p.enhancedSpace() + p.twoLines()[0] + "\r\n" + p.code + " " + p.enhancedSpace()
                + p.twoLines()[1];
            return "[2026-12-08 01:00:00] production.ERROR: Expected response code \"250\" but got code \"" + p.code
                + "\", with message \"" + reply + "\". {\"exception\":\"[object] (Symfony\\\\Component\\\\Mailer"
                + "\\\\Exception\\\\UnexpectedResponseException(code: " + p.code + "): Expected response code \\\"250\\\" but"
                + " got code \\\"" + p.code + "\\\", with message \\\"" + reply.replace("\"", "\\\"") + "\\\". at /var/www/"
                + "html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342)\n[stacktrace]\n#0 {main}\n\"}";
        });
        // The receiving side's log of a refusal it gave: Postfix's (the envelope after the reply) and Sendmail's ("reject=").
        wrappers.put("Postfix smtpd reject log", p -> p.reply.indexOf('\n') >= 0 ? null : "Dec  8 01:00:00 mx postfix/smtpd[1234]:"
            + " NOQUEUE: reject: RCPT from mail.example.org[192.0.2.10]: " + p.reply + "; from=<sender@example.org>"
            + " to=<user@example.net> proto=ESMTP helo=<mail.example.org>");
        wrappers.put("Sendmail reject log", p -> p.reply.indexOf('\n') >= 0 ? null : "Dec  8 01:00:00 mx sm-mta[1234]:"
            + " 0B81000001234: ruleset=check_rcpt, arg1=<user@example.net>, relay=mail.example.org [192.0.2.10], reject="
            + p.reply);
        // Libraries that keep a reply's lines joined by line ends inside their own fields (a probe of 2026-12-08: each
        // read only the first line, or no code, before): smtp-proto's Display (each line without its codes), Roundcube's
        // error (Net_SMTP's lines, each without its basic code), Go's "%+v" (textproto's), PHPMailer's fields (each line
        // without its codes, the last line end kept).
        wrappers.put("two lines, logfmt", p -> p.twoLines() == null || p.text.indexOf('"') >= 0 ? null : "level=warn msg=\"delivery deferred\" response=\""
            + (p.code + "-" + p.enhancedSpace() + p.twoLines()[0] + "\n" + p.code + " " + p.enhancedSpace() + p.twoLines()[1])
            .replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\" relay=mx.example.net");
        wrappers.put("two lines, mail-send error", p -> p.twoLines() == null || p.enhanced == null ? null
            : "Unexpected reply: Code: " + p.code + ", Enhanced code: " + p.enhanced + ", Message: " + p.twoLines()[0] + "\n"
                + p.twoLines()[1]);
        wrappers.put("two lines, Roundcube", p -> p.twoLinesWithoutCodes() == null ? null : "SMTP Error (" + p.code + "): "
            + "Failed to add recipient \"user@example.net\" (" + p.enhancedSpace() + p.twoLines()[0] + "\n"
            + p.enhancedSpace() + p.twoLines()[1] + ").");
        wrappers.put("two lines, Go %+v", p -> p.twoLinesWithoutCodes() == null || p.text.indexOf('}') >= 0 ? null
            : "send failed: &{Code:" + p.code + " Msg:" + p.enhancedSpace() + p.twoLines()[0] + "\n" + p.enhancedSpace()
                + p.twoLines()[1] + "}");
        wrappers.put("PHPMailer, sender failed, with its line end", p -> p.text.indexOf('\n') >= 0 ? null : "The following "
            + "From address failed: sender@example.com : MAIL FROM command failed," + p.text + "\r\n," + p.code + ","
            + (p.enhanced == null ? "" : p.enhanced));
        wrappers.put("two lines, PHPMailer, sender failed", p -> p.twoLinesWithoutCodes() == null ? null : "The following "
            + "From address failed: sender@example.com : MAIL FROM command failed," + p.twoLines()[0] + "\r\n"
            + p.twoLines()[1] + "\r\n," + p.code + "," + (p.enhanced == null ? "" : p.enhanced));
        // .NET's sentence for the code; "Mailbox unavailable." stands for 450 and 550 alike, so those rows are left out.
        // Roundcube's error: the basic code in parentheses, the rest of the reply after the recipient.
        wrappers.put("Roundcube", p -> "SMTP Error (" + p.code + "): Failed to add recipient \"user@example.net\" ("
            + p.afterCode().replace('\n', ' ') + ").");
        // OpenSMTPD's delivery log line, the reply in its stat field.
        wrappers.put("OpenSMTPD log", p -> "smtpd[4242]: 7b3e0c1f2a9d4e58 mta delivery evpid=a1b2c3d4e5f60718 "
            + "from=<sender@example.com> to=<user@example.net> rcpt=<-> source=\"198.51.100.1\" relay=\"192.0.2.1 "
            + "(mx.example.net)\" delay=1s result=\"TempFail\" stat=\"" + p.reply.replace('\n', ' ') + "\"");
        // Its older relay line (5.x, github.com/OpenSMTPD/OpenSMTPD/issues/546): comma-separated fields, the stat field
        // unquoted and last (965 of 11,736 changed kind before "stat=" was read as a reply's field).
        wrappers.put("OpenSMTPD log, older", p -> "smtpd[4242]: relay: TempFail for c534b8c7f5ad4a41: session=a6ee64ec089bf84f, "
            + "from=<sender@example.com>, to=<user@example.net>, rcpt=<->, source=198.51.100.1, relay=192.0.2.1 "
            + "(mx.example.net), delay=6m41s, stat=" + p.reply.replace('\n', ' '));
        // Postfix's queue listing (postqueue -p): the queue id and sender, the reason, the recipient.
        wrappers.put("postqueue -p", p -> "4AbCdE1234*    1234 Sat Nov 28 10:00:00  sender@example.com\n"
            + "(host mx.example.net[192.0.2.1] said: " + p.reply.replace('\n', ' ') + " (in reply to RCPT TO command))\n"
            + "                                         user@example.net");
        // OpenSMTPD's notice to the sender.
        wrappers.put("OpenSMTPD notice", p -> "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"
            + "An error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n"
            + "user@example.net: " + p.reply.replace('\n', ' ') + "\n\nBelow is a copy of the original message:\n");
        // Mandrill's deferral event and Postmark's soft bounce.
        wrappers.put("Mandrill event", p -> "{\"event\":\"deferral\",\"msg\":{\"smtp_events\":[{\"ts\":1365111111,"
            + "\"type\":\"deferred\",\"diag\":\"" + p.reply.replace("\"", "\\\"").replace("\n", "\\n")
            + "\",\"source_ip\":\"198.51.100.1\",\"destination_ip\":\"192.0.2.1\",\"size\":0}]}}");
        wrappers.put("Postmark bounce", p -> "{\"Type\":\"SoftBounce\",\"Details\":\"smtp;"
            + p.reply.replace("\"", "\\\"").replace("\n", "\\n") + "\",\"Email\":\"user@example.net\"}");
        // Outlook's and Windows Live Mail's send errors, whose own sentences name "an internal error" or "an unknown
        // error" of the client's, not the receiver's.
        wrappers.put("Outlook send error", p -> "Task 'mail.example.com - Sending' reported error (0x800CCC6A) : 'Your "
            + "outgoing (SMTP) e-mail server has reported an internal error. If you continue to receive this message, "
            + "contact your server administrator or Internet service provider (ISP). The server responded: "
            + p.reply.replace('\n', ' ') + "'");
        // Outlook's error for a connected account's send: the reply in the wrapper's parenthesis with its line end kept,
        // the parenthesis closing on the next line, then the reply again after the codes expected and got.
        wrappers.put("Outlook, whole response", p -> p.text.indexOf('\n') >= 0 ? null
            : "InvalidRecipientsException: Invalid recipients were provided for the message: '727' (" + p.reply
                + "\r\n). --> Unexpected SMTP server response. Expected: 250, actual: " + p.code + ", whole response: "
                + p.reply + "\r\n \r\nFailure code: 8a7c");
        wrappers.put("Windows Live Mail", p -> "An unknown error has occurred. Subject 'Report', Account: 'mail.example.com', "
            + "Server: 'smtp.example.com', Protocol: SMTP, Server Response: '" + p.reply.replace('\n', ' ') + "', Port: 587, "
            + "Secure(SSL): Yes, Server Error: " + p.code + ", Error Number: 0x800CCC67");
        wrappers.put(".NET", p -> DOTNET.containsKey(p.code)
            ? "System.Net.Mail.SmtpFailedRecipientException: " + DOTNET.get(p.code) + " The server response was: "
                + p.afterCode()
            : null);
        // Windows PowerShell's Send-MailMessage: the same message after the cmdlet's name, then its error record (where
        // the script failed, the command underlined, its category and id).
        wrappers.put("PowerShell", p -> DOTNET.containsKey(p.code)
            ? "Send-MailMessage : " + DOTNET.get(p.code) + " The server response was: " + p.afterCode()
                + "\nAt C:\\Scripts\\report.ps1:12 char:5\n+     Send-MailMessage -From $from -To $to -Subject $subject"
                + " -SmtpServer $server\n+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~"
                + "\n    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage],"
                + " SmtpException\n    + FullyQualifiedErrorId : SmtpException,Microsoft.PowerShell.Commands.SendMailMessage"
            : null);
        // Debug transcripts and protocol logs, one line an entry, the reply among the server's positive replies and the
        // client's commands: PHPMailer's debug output (SMTPDebug 2, its time stamp, tab and labels; a multi-line
        // reply's lines indented; its error line and ErrorInfo repeating the reply, the ErrorInfo with the reply's text
        // whose codes it cut off, its line ends kept), as a terminal shows it and, for a one-line reply, as a browser
        // shows its HTML form; nodemailer's console log and Postfix's verbose log (debug_peer_list), each line of each
        // reply behind its prefix; Exchange's SmtpSend protocol log, for a one-line reply (CSV; a reply holding a comma
        // or a quote quoted).
        wrappers.put("PHPMailer debug output", p -> {
            String stamp = "2026-11-28 10:00:01\t";
            String indent = "\n                   \t                  ";
            String reply = p.reply.replace("\\n", indent);
            return stamp + "SERVER -> CLIENT: 220 mx.example.net ESMTP Postfix\n"
                + stamp + "CLIENT -> SERVER: EHLO mail.example.com\n"
                + stamp + "SERVER -> CLIENT: 250-mx.example.net" + indent + "250-PIPELINING" + indent + "250-SIZE 10240000"
                + indent + "250 8BITMIME\n"
                + stamp + "CLIENT -> SERVER: MAIL FROM:<sender@example.com>\n"
                + stamp + "SERVER -> CLIENT: " + reply + "\n"
                + stamp + "SMTP ERROR: MAIL FROM command failed: " + reply + "\n"
                + stamp + "SMTP Error: The following from address failed: sender@example.com : MAIL FROM command failed,"
                + p.text.replace("\n", indent) + indent + "," + p.code + "," + (p.enhanced == null ? "" : p.enhanced) + "\n"
                + stamp + "CLIENT -> SERVER: QUIT\n"
                + stamp + "SERVER -> CLIENT: 221 2.0.0 Bye";
        });
        wrappers.put("PHPMailer debug output, in a browser", p -> p.text.indexOf('\n') >= 0 ? null
            : "2026-11-28 10:00:01 SERVER -> CLIENT: 250 2.1.0 Ok\n2026-11-28 10:00:01 CLIENT -> SERVER: RCPT TO:<user@example.net>\n"
                + "2026-11-28 10:00:01 SERVER -> CLIENT: " + p.reply + "\n2026-11-28 10:00:01 SMTP ERROR: RCPT TO command failed: "
                + p.reply + "\n2026-11-28 10:00:01 CLIENT -> SERVER: QUIT");
        // The "SMTP< " and "SMTP> " a small client's debug log writes before each line it read and sent, each line of a
        // reply behind its own prefix.
        wrappers.put("a client's debug log, SMTP< and SMTP>", p -> "SMTP< 220 mx.example.net ESMTP\nSMTP> EHLO client.example.org\n"
            + "SMTP< 250 mx.example.net\nSMTP> MAIL FROM:<sender@example.org>\nSMTP< 250 2.1.0 Ok\nSMTP> RCPT TO:<user@example.net>\n"
            + "SMTP< " + p.reply.replace("\\n", "\nSMTP< ") + "\nSMTP> QUIT");
        wrappers.put("nodemailer debug log", p -> {
            String server = "[2026-11-28 10:00:01] DEBUG [Kx3pJ] S: ";
            return "[2026-11-28 10:00:01] INFO  [#1] Connection established to 192.0.2.1:25\n" + server + "250 2.1.0 Ok\n"
                + "[2026-11-28 10:00:01] DEBUG [Kx3pJ] C: RCPT TO:<user@example.net>\n"
                + server + p.reply.replace("\\n", "\n" + server) + "\n[2026-11-28 10:00:01] DEBUG [Kx3pJ] C: QUIT\n"
                + "[2026-11-28 10:00:01] INFO  [Kx3pJ] Connection closed";
        });
        wrappers.put("Postfix verbose log", p -> {
            String prefix = "Nov 28 10:00:01 mail postfix/smtp[1234]: ";
            String server = prefix + "< mx.example.net[192.0.2.1]:25: ";
            return server + "220 mx.example.net ESMTP\n" + prefix + "> mx.example.net[192.0.2.1]:25: EHLO mail.example.com\n"
                + server + "250-mx.example.net\n" + server + "250 PIPELINING\n"
                + prefix + "> mx.example.net[192.0.2.1]:25: MAIL FROM:<sender@example.com>\n"
                + server + p.reply.replace("\\n", "\n" + server) + "\n"
                + prefix + "> mx.example.net[192.0.2.1]:25: QUIT";
        });
        wrappers.put("Exchange protocol log", p -> {
            if (p.text.indexOf('\n') >= 0) {
                return null;
            }
            String line = "2026-11-28T10:00:01.%03dZ,Outbound to Internet,08DC7A1B2C3D4E5F,%d,198.51.100.1:51234,192.0.2.1:25,";
            String reply = p.reply.indexOf(',') >= 0 || p.reply.indexOf('"') >= 0
                ? "\"" + p.reply.replace("\"", "\"\"") + "\"" : p.reply;
            return String.format(line, 1, 0) + "*,,attempting to connect\n" + String.format(line, 40, 1) + "+,,\n"
                + String.format(line, 90, 2) + "<,220 mx.example.net ESMTP,\n" + String.format(line, 91, 3)
                + ">,EHLO mail.example.com,\n" + String.format(line, 130, 4) + "<,250-mx.example.net PIPELINING 8BITMIME,\n"
                + String.format(line, 131, 5) + ">,MAIL FROM:<sender@example.com>,\n" + String.format(line, 170, 6) + "<,"
                + reply + ",\n" + String.format(line, 171, 7) + "-,,Local";
        });
        // Gmail's delay notice when no host took the connection: a bracket for each host it tried, each with its reply.
        wrappers.put("Gmail, hosts tried", p -> p.text.indexOf('\n') >= 0 ? null
            : "Technical details of temporary failure: \nThe recipient server did not accept our requests to connect. Learn "
                + "more at https://support.google.com/mail/answer/7720 \n[mx1.example.net. 192.0.2.1: " + p.reply + "]\n"
                + "[mx2.example.net. 2001:db8::25: " + p.reply + "]\n");
        // Yahoo's and AOL's bounce: the reply after "Remote host said:", the step's name in capitals after it.
        wrappers.put("Yahoo bounce", p -> "Sorry, we were unable to deliver your message to the following address.\n\n"
            + "<user@example.net>:\nRemote host said: " + p.reply + " [RCPT_TO]"
            + "\n\n--- Below this line is a copy of the message.\n");
        // IIS's SMTP service's W3C extended log: the reply one field, its blanks written as "+", the log's fields after it.
        wrappers.put("IIS SMTP log", p -> p.text.indexOf('\n') >= 0 ? null
            : "2026-11-28 10:00:01 192.0.2.1 OutboundConnectionResponse SMTPSVC1 WEB01 - 25 - - " + p.reply.replace(' ', '+')
                + " 0 0 56 0 218 SMTP - - - -");
        return wrappers;
    }

    /** qmail-send's log form of a report: line ends as "/", spaces, control characters and "%" as "_". */
    private static String qmailLogSafe(String report) {
        StringBuilder out = new StringBuilder();
        for (char c : report.toCharArray()) {
            out.append(c == '\n' ? '/' : c == '%' || c < 33 || c > 126 ? '_' : c);
        }
        return out.toString();
    }

    /** Quoted-printable as a mail encoder writes it: "=" as "=3D", non-ASCII as UTF-8 bytes, soft breaks at 76. */
    private static String quotedPrintable(String text, String lineEnd) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String encoded = c == '=' || c > 126 ? String.format("=%02X", c) : String.valueOf((char) c);
            if (c == '\n') {
                out.append(lineEnd);
                column = 0;
                continue;
            }
            if (column + encoded.length() > 75) {
                out.append('=').append(lineEnd);
                column = 0;
            }
            out.append(encoded);
            column += encoded.length();
        }
        return out.toString();
    }

    private static final Map<String, String> DOTNET = Map.of("421",
        "Service not available, closing transmission channel.", "451", "Error in processing.", "452",
        "Insufficient system storage.", "454", "Client does not have permission to submit mail to this server.", "552",
        "Exceeded storage allocation.", "553", "Mailbox name not allowed.", "554", "Transaction failed.");

    @Test
    void everyPlainReplyShouldKeepItsKindWhereverItIsQuoted() throws IOException {
        DeferralClassifier classifier = DeferralClassifier.defaults();
        Map<String, Function<Plain, String>> wrappers = wrappers();
        Checked all = eachRow(tablesAndWrittenBatches(), (table, row, found) -> {
            Matcher matcher = PLAIN.matcher(row[1]);
            if (!matcher.matches()) {
                return;
            }
            found.rows++;
            Plain plain = new Plain(row[1], matcher);
            DeferralKind kind = classifier.classify(plain.reply).kind();
            for (Map.Entry<String, Function<Plain, String>> wrapper : wrappers.entrySet()) {
                String wrapped = wrapper.getValue().apply(plain);
                if (wrapped == null || WRAPPED_LEFT.contains(wrapper.getKey() + ": " + plain.reply)
                    || droppedCodeLeavesAPermanentReading(plain, wrapped)) {
                    continue;
                }
                found.checked++;
                Classification inside = classifier.classify(wrapped);
                if (inside.kind() != kind) {
                    found.changed.add(wrapper.getKey() + ": " + kind + " became " + inside.kind() + " (" + inside.reply()
                        .asLine() + ", rule " + inside.rule().map(DeferralRule::origin).orElse("none") + ") for "
                        + plain.reply + " [" + table + "]");
                }
            }
        });
        int plainReplies = all.rows;
        int checked = all.checked;
        List<String> changed = all.changed;
        System.out.println("wrapped replies: " + plainReplies + " plain replies in " + wrappers.size()
            + " wrappers, " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(plainReplies).as("the tables' and written batches' plain replies").isGreaterThan(2500);
        assertThat(changed).as("replies whose kind a wrapper changed").isEmpty();
    }

    /**
     * A reply in another language written in ASCII, as SMTP replies mostly are: every row of the tables and written
     * batches spelled with Latin letters with marks keeps its kind with them dropped ("Zbyt wiele polaczen",
     * "connexions simultanees", "Cok fazla baglanti"), and with German's umlauts and ß written as two letters
     * ("ueberschritten", "verfuegbar", "Groesse"; not in Turkish, which writes them as one); Greek without its accents,
     * as its capitals write it, and Russian's ё as е. Vietnamese is left out: its marks tell its words apart, and the
     * rules read them as written. In a first probe, 561 of 3,483 such Latin forms changed kind, most read as no kind,
     * and 43 of 121 Greek ones.
     */
    @Test
    void everyReplyShouldKeepItsKindWrittenInAscii() throws IOException {
        Map<String, Function<String, String>> variants = new LinkedHashMap<>();
        variants.put("marks dropped", r -> VIETNAMESE.matcher(r).find() ? r : withoutMarks(r));
        variants.put("umlauts as two letters", r -> VIETNAMESE.matcher(r).find() || TURKISH.matcher(r).find() ? r
            : withoutMarks(r.replace("\u00e4", "ae").replace("\u00f6", "oe").replace("\u00fc", "ue").replace("\u00c4", "Ae")
                .replace("\u00d6", "Oe").replace("\u00dc", "Ue").replace("\u00df", "ss")));
        variants.put("Greek without its accents, Russian's \u0451 as \u0435", r -> withoutGreekAccents(r));
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(variants, changed, true);
        System.out.println("replies written in ASCII: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("rows spelled with Latin letters with marks").isGreaterThan(2500);
        assertThat(changed).as("replies whose kind writing them in ASCII changed").isEmpty();
    }

    /**
     * A reply whose UTF-8 a log or a client read as Latin-1 ("bitte spÃ¤ter", "Ð¡Ð»Ð¸ÑˆÐºÐ¾Ð¼") or wrote as quoted-printable
     * escapes without a soft line break ("po=C5=82=C4=85cze=C5=84", a notice pasted from its source) keeps its kind: every
     * row of the tables and written batches with a character beyond ASCII, so garbled, is read back. In a first probe,
     * such forms of Polish, Czech, Russian and Japanese replies read as no kind. A Chinese, Japanese or Korean reply
     * whose letters and digits an input method wrote full-width ("ＩＰ", "５分") keeps its kind too.
     */
    @Test
    void everyReplyShouldKeepItsKindWhenItsUtf8WasReadAsLatin1OrWrittenAsEscapes() throws IOException {
        Map<String, Function<String, String>> variants = new LinkedHashMap<>();
        variants.put("UTF-8 read as Latin-1", r -> new String(r.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        variants.put("UTF-8 as quoted-printable escapes", WrappedReplyTest::quotedPrintable);
        variants.put("full-width letters and digits in Chinese, Japanese or Korean", r -> CJK.matcher(r).find() ? fullWidth(r) : r);
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(variants, changed, true);
        System.out.println("replies garbled or escaped: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("rows with a character beyond ASCII").isGreaterThan(5000);
        assertThat(changed).as("replies whose kind garbling or escaping their UTF-8 changed").isEmpty();
    }

    /** The text with its ASCII letters and digits written full-width ("IP" as "ＩＰ"). */
    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x80 && Character.isLetterOrDigit(c) ? (char) (c + 0xfee0) : c);
        }
        return out.toString();
    }

    private static final Pattern CJK = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7af]");

    /** The text with each byte of its characters beyond ASCII written as a quoted-printable escape ("é" as "=C3=A9"). */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                out.append((char) b);
            } else {
                out.append(String.format("=%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The text with each Latin letter's marks dropped (other scripts' kept), and ł, ø, đ, ð and ı as l, o, d, d and i. */
    private static String withoutMarks(String text) {
        return withoutMarksAfter(text.replace('\u0142', 'l').replace('\u0141', 'L').replace('\u00f8', 'o')
            .replace('\u00d8', 'O').replace('\u0111', 'd').replace('\u0110', 'D').replace('\u00f0', 'd').replace('\u00d0', 'D')
            .replace('\u0131', 'i'), 'A', 'z');
    }

    /** The text with Greek's vowels without their accents (as its capitals write them) and Russian's ё as е. */
    private static String withoutGreekAccents(String text) {
        return withoutMarksAfter(text, '\u0391', '\u03c9').replace('\u0451', '\u0435').replace('\u0401', '\u0415');
    }

    /**
     * The text with each combining mark (U+0300 to U+036F) dropped after a letter from {@code first} to {@code last} of
     * its canonical decomposition, then composed again (other letters' marks, Cyrillic's й, kept).
     */
    private static String withoutMarksAfter(String text, char first, char last) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            char before = out.length() > 0 ? out.charAt(out.length() - 1) : 0;
            if (c < '\u0300' || c > '\u036f' || before < first || before > last || !Character.isLetter(before)) {
                out.append(c);
            }
        }
        return java.text.Normalizer.normalize(out.toString(), java.text.Normalizer.Form.NFC);
    }

    private static final Pattern VIETNAMESE = Pattern.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0]");
    private static final Pattern TURKISH = Pattern.compile("[\u015f\u015e\u011f\u011e\u0131\u0130]");

    /**
     * What varies between two sightings of the same reply: the sending address (IPv6 as often as IPv4), the receiver's
     * host names and the ids it appends (Gmail's, Microsoft's, a queue id). None of it may change a row's kind: words
     * inside a host name or an id are not the reply's words.
     */
    @Test
    void everyReplyShouldKeepItsKindWhateverAddressesHostNamesAndIdsItCarries() throws IOException {
        Map<String, Function<String, String>> variants = new LinkedHashMap<>();
        variants.put("IPv6 address", r -> IPV4.matcher(r).replaceAll("2001:db8:85a3::8a2e:370:7334"));
        variants.put("IPv6 address as Postfix writes it", r -> IPV4.matcher(r).replaceAll("IPv6:2a00:1450:4864:20::42a"));
        variants.put("host names of many parts", r -> HOST.matcher(r).replaceAll("mx2.relay.proxy.server.example.de"));
        variants.put("host names of a spool and a cluster", r -> HOST.matcher(r).replaceAll("spool-3.cluster.db.example.org"));
        // The sender named by its address or host name where another server says "your IP" or "your host".
        variants.put("the sender named by its address", r -> YOUR_ADDRESS.matcher(r).replaceAll("192.0.2.10"));
        variants.put("the sender named by its host name", r -> YOUR_HOST.matcher(r).replaceAll("mx1.example.org"));
        // The sender named at length, with a port, and numbers with thousands separators (in a first probe 77 of 1,584
        // such forms changed kind before the rules read them short: "from IP address [192.0.2.10] during the last 10
        // minutes" as a connection limit, "1,000 connections" as no count).
        variants.put("the sender as IP address [192.0.2.10]", r -> YOUR_ADDRESS.matcher(r).replaceAll("IP address [192.0.2.10]"));
        variants.put("the sender as IP 192.0.2.10", r -> YOUR_ADDRESS.matcher(r).replaceAll("IP 192.0.2.10"));
        // The sender named by what it is (in a first probe 146 of 3,585 such forms changed kind: "All connection slots for
        // the connecting host are in use" read as no kind, "Connection pool for your /24 is full" as the receiver's).
        variants.put("the sender as the connecting host", r -> YOUR_ADDRESS.matcher(r).replaceAll("the connecting host"));
        variants.put("the sender as your mail relay", r -> YOUR_ADDRESS.matcher(r).replaceAll("your mail relay"));
        variants.put("the sender as the peer", r -> YOUR_ADDRESS.matcher(r).replaceAll("the peer"));
        // (And "the client IP": its address, not its machine, found by a probe of 2026-12-04: "Connections from the client
        // IP are capped at 3" read as no kind.)
        variants.put("the sender as the client IP", r -> YOUR_ADDRESS.matcher(r).replaceAll("the client IP"));
        variants.put("the sender as client IP 192.0.2.10", r -> YOUR_ADDRESS.matcher(r).replaceAll("client IP 192.0.2.10"));
        variants.put("the sender as your /24", r -> YOUR_ADDRESS.matcher(r).replaceAll("your /24"));
        // The sender as "remote host 192.0.2.10" where connections are counted (36 of 181 forms changed kind before; a
        // connection to a remote host, or a remote server that did not respond, stays the receiver's onward trouble).
        variants.put("the sender as remote host 192.0.2.10", r -> Pattern.compile("(?i)conn|session").matcher(r).find()
            ? YOUR_ADDRESS.matcher(r).replaceAll("remote host 192.0.2.10") : r);
        variants.put("the sender as your MTA", r -> YOUR_ADDRESS.matcher(r).replaceAll("your MTA"));
        // The receiver naming itself otherwise than "the server" as the subject of its state (in a first probe 5 of 380
        // such forms changed kind: "This node is handling too many requests right now" read as a rate).
        variants.put("the receiver as this node", r -> RECEIVER_SUBJECT.matcher(r).replaceFirst("$1This node"));
        variants.put("the receiver as its host name", r -> RECEIVER_SUBJECT.matcher(r).replaceFirst("$1mx.example.net"));
        variants.put("the receiver as the mail exchanger", r -> RECEIVER_SUBJECT.matcher(r).replaceFirst("$1The mail exchanger"));
        variants.put("the sender's address with a port", r -> YOUR_ADDRESS.matcher(r).replaceAll("[192.0.2.10]:58342"));
        variants.put("an address with a port", r -> IPV4.matcher(r).replaceAll("$0:25"));
        // (Not a count of sessions saturated, "5 of 5" or "5/5": the rules read it for counts up to 50, as a sender's.)
        variants.put("numbers with thousands separators", r -> SATURATED.matcher(r).find() ? r
            : SMALL_NUMBER.matcher(r).replaceAll("1,000"));
        // An id ends the receiver's text: in PHPMailer's message that text is its "Detail:", before the codes it
        // appends ("… Detail: <text> <id> SMTP code: 451"), so the id goes there.
        variants.put("Gmail's id", r -> withId(r, " a1-20020a05600c000100b00412345678si.123 - gsmtp"));
        variants.put("Microsoft's id", r -> withId(r, " [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com"
            + " 2026-11-28T10:00:00.000Z 08DC12345678ABCD]"));
        variants.put("a queue id", r -> withId(r, " (queue id 4XyZ1Lk2m3zN5p)"));
        // What servers put around the same words: their host name or banner after the codes, a label, the recipient,
        // a closing "Please try again later.", a link to their error page, an id in brackets, Postfix's "(in reply to …)".
        variants.put("the receiver's host name after the codes", r -> afterCodes(r, "mx3.example.net "));
        variants.put("a banner after the codes", r -> afterCodes(r, "mx3.example.net ESMTP "));
        variants.put("an Error: label", r -> afterCodes(r, "Error: "));
        // Tags and labels servers put before the words (in a first probe 77 of 28,460 such forms changed kind: terse
        // replies read only bare, "Error - " read as the receiver's failure).
        variants.put("an Error - label", r -> afterCodes(r, "Error - "));
        variants.put("a tag in brackets", r -> afterCodes(r, "[CS01] "));
        variants.put("a Deferred: label", r -> afterCodes(r, "Deferred: "));
        variants.put("a Sorry, before the text", r -> afterCodes(r, "Sorry, "));
        variants.put("the recipient before the text", r -> afterCodes(r, "<user@example.net>: "));
        // A recipient whose name is a rule's word (the eighty-second table's "busy@" in a client's sentence).
        variants.put("a recipient named with rules' words", r -> afterCodes(r, "<busy.spam.quota@example.net>: "));
        // Postfix's label for the restriction list that held the check, before a policy service's or an access table's
        // words (in a first probe 58 and 51 of 2,704 such forms read against their label, 8 and 8 once the label was
        // set apart: "Recipient address rejected: Overload" as no cause, "…: Too many complaints per hour" as a rate,
        // the recipient counted).
        variants.put("Postfix's recipient restriction label", r -> afterCodes(r, "<user@example.net>: Recipient address rejected: "));
        variants.put("Postfix's sender restriction label", r -> afterCodes(r, "<user@example.com>: Sender address rejected: "));
        // Sendmail's recipient before its text, "<user@example.net>... " (in a first probe 13 of 2,704 terse replies
        // changed kind: "… Overload", "… Max connections" read as no cause).
        variants.put("Sendmail's recipient before the text", r -> afterCodes(r, "<user@example.net>... "));
        // The same words in capitals (servers that shout; a plain reply, not a client's wrapper) and without their final
        // period.
        // (Not a reply whose words a program wrote as one identifier, "TooManyConnections": in capitals its words are
        // lost; nor one holding an HTML entity, which is written in lower case.)
        variants.put("in capitals", r -> CAMEL_CASE.matcher(r).find() || r.indexOf('&') >= 0 ? r
            : plainOnly(r, r.toUpperCase(java.util.Locale.ROOT)));
        variants.put("no final period", r -> r.endsWith(".") ? r.substring(0, r.length() - 1) : r);
        // The same reply copied from a web page or a mail client's notice: no-break spaces, typographic apostrophes and
        // quotes, en dashes, a zero-width space (1,771 rows changed kind with no-break spaces before the parser folded
        // them, 8 with typographic apostrophes, 2 with en dashes).
        variants.put("no-break spaces", r -> r.replace(' ', '\u00a0'));
        variants.put("typographic apostrophes and quotes", r -> r.replace('\'', '\u2019').replace("\"", "\u201d"));
        variants.put("en dashes", r -> r.replace(" - ", " \u2013 "));
        variants.put("a zero-width space before the text", r -> "\u200b" + r);
        // Soft hyphens inside the long words, as a web page's text copies them, and every space written as a numeric
        // reference, as some HTML notices write them (a probe of encoded forms, 2026-12-02, found both read as nothing).
        variants.put("soft hyphens inside long words", r -> LONG_WORD.matcher(r).replaceAll("$1\u00ad$2"));
        variants.put("spaces as numeric references", r -> r.indexOf('&') >= 0 ? r : r.replace(" ", "&#32;"));
        // A multi-line reply with the same words: a banner line first, a help line last, the text broken over two lines,
        // each line with its codes.
        variants.put("a banner line first", r -> multiLine(r, "mx.example.net ESMTP", null));
        variants.put("a help line last", r -> multiLine(r, null, "Please see https://help.example.net/smtp for details"));
        variants.put("the text over two lines", r -> multiLine(r, null, null));
        variants.put("a closing request to retry", r -> plainOnly(r, r + " Please try again later."));
        // A retry after a delay is no period a count is made over.
        variants.put("a closing retry after a delay", r -> plainOnly(r, r + ", retry in 5 minutes"));
        variants.put("a closing retry in an hour", r -> plainOnly(r, r + " - try again in an hour"));
        variants.put("a link to an error page", r -> plainOnly(r, r + " - see https://postmaster.example.net/errors"));
        variants.put("an id in brackets", r -> plainOnly(r, r + " [AB12CD34]"));
        variants.put("Postfix's command note", r -> plainOnly(r, r + " (in reply to RCPT TO command)"));
        // RFC 5321's own text as a label before the text, a closing of the connection announced, "Dear sender," and a
        // label restating the code (a probe on 2026-11-29: 511 forms changed kind before the classifier read the reason
        // after such a label and set the others aside). (Not a reply that only asks for a retry: after "Service not
        // available" the label says what it is, as it does before a pointer to a page.)
        variants.put("an RFC 5321 label: Requested action not taken", r -> afterCodes(r, "Requested action not taken: "));
        variants.put("an RFC 5321 label: Service not available", r -> RETRY_REQUEST.matcher(r).find() ? r
            : afterCodes(r, "Service not available, closing transmission channel: "));
        variants.put("an Error 421: label", r -> afterCodes(r, "Error 421: "));
        variants.put("Dear sender,", r -> afterCodes(r, "Dear sender, "));
        variants.put("a closing of the connection", r -> plainOnly(r, r + ", closing connection"));
        variants.put("a closing of the transmission channel", r -> plainOnly(r, r + " - closing transmission channel"));
        // Courtesies and a referral after the text, on its line or a line of their own, and a label before it that only
        // says the reply defers: no word of the cause (a probe on 2026-11-29: 96 forms changed kind with the three
        // closings on the text's line, 8 with the two labels, 97 with closings on a line of their own, before the
        // classifier set them aside and closed a line before a line opening a sentence).
        variants.put("a closing thanks", r -> plainOnly(r, r + " Thank you."));
        variants.put("a closing apology", r -> plainOnly(r, r + " Sorry for the inconvenience."));
        variants.put("a closing referral to an administrator",
            r -> plainOnly(r, r + " If the problem persists, contact your administrator."));
        variants.put("a Message deferred: label", r -> afterCodes(r, "Message deferred: "));
        variants.put("a Temporary failure - label", r -> afterCodes(r, "Temporary failure - "));
        variants.put("a thanks line last", r -> multiLine(r, null, "Thank you for your patience"));
        variants.put("a line of more information last", r -> multiLine(r, null, "For more information see our FAQ"));
        variants.put("an apology line last", r -> multiLine(r, null, "We apologize for any inconvenience"));
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(variants, changed, true);
        System.out.println("varied replies: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the varied rows").isGreaterThan(8000);
        assertThat(changed).as("replies whose kind an address, a host name or an id changed").isEmpty();
    }

    /**
     * The same words in other words: each row with one of its phrases replaced by a phrase of the same meaning, as
     * other servers write it ("too many" as "an excessive number of" or "exceeded the maximum number of", a limit as a
     * maximum, "temporarily" as "currently", "per hour" as "hourly", messages as emails, sessions as connections, busy
     * as overloaded, a block list as a blacklist). A rule that reads only one provider's sentence fails here. Words
     * whose meaning varies with the reply ("quota" as a mailbox's or a sender's, "server" in a wrapper's sentence) are
     * not swapped.
     */
    @Test
    void everyReplyShouldKeepItsKindInOtherWordsOfTheSameMeaning() throws IOException {
        String[][] synonyms = {
            {"\\btoo many\\b", "an excessive number of"}, {"\\bToo many\\b", "Exceeded the maximum number of"},
            {"\\blimit\\b", "maximum"}, {"\\btemporarily\\b", "currently"}, {"\\bexceeded\\b", "reached"},
            {"\\bper hour\\b", "hourly"}, {"\\bmessages\\b", "emails"}, {"\\bemails\\b", "mails"},
            {"\\bconcurrent\\b", "simultaneous"}, {"\\bsimultaneous\\b", "parallel"}, {"\\bIP address\\b", "host"},
            {"\\bunavailable\\b", "not available"}, {"\\bdeferred\\b", "delayed"}, {"\\bblocked\\b", "blacklisted"},
            {"\\brejected\\b", "refused"}, {"\\bmailbox\\b", "inbox"}, {"\\bplease try again later\\b", "retry later"},
            {"\\bfrom your\\b", "from this"}, {"\\brate\\b", "frequency"},
            {"\\btemporary\\b", "transient"}, {"\\bTemporary\\b", "Transient"}, {"\\bunable to\\b", "cannot"},
            {"\\bcould not\\b", "cannot"}, {"\\bmail\\b", "email"}, {"\\bemail\\b", "mail"}, {"\\bIP\\b", "IP address"},
            {"\\breached\\b", "exceeded"}, {"\\btry again later\\b", "retry later"}, {"\\bdue to\\b", "because of"},
            {"\\bat this time\\b", "right now"}, {"\\bnot available\\b", "unavailable"}, {"\\bdeferred\\b", "postponed"},
            {"\\brate limited\\b", "throttled"}, {"\\bthrottled\\b", "rate limited"},
            {"\\bconnections\\b", "sessions"}, {"\\bsessions\\b", "connections"},
            {"\\bbusy\\b", "overloaded"}, {"\\boverloaded\\b", "busy"},
            {"\\bblacklist\\b", "blocklist"}, {"\\bblock list\\b", "blacklist"},
            {"\\brecipients\\b", "rcpts"}, {"\\bgreylisted\\b", "graylisted"}, {"\\bmaximum\\b", "max"},
            {"\\bfrom your host\\b", "from your server"}, {"\\btry again later\\b", "please retry"},
            // A retry after a delay, as servers name it, is no period a count is made over.
            {"\\btry again later\\b", "try again in 5 minutes"}, {"\\bplease try again later\\b", "please retry in an hour"},
            {"\\bService not available\\b", "Service unavailable"}, {"\\bToo many connections\\b", "Too many concurrent connections"},
            {"\\btoo many\\b", "too much"}, {"\\bexceeded\\b", "hit"}, {"\\bconnections\\b", "SMTP connections"},
            {"\\btemporarily\\b", "momentarily"}, {"\\btry again later\\b", "try later"}, {"\\bToo many\\b", "Excessive"},
            {"\\brejected\\b", "denied"}, {"\\bnot allowed\\b", "not permitted"}, {"\\byour IP\\b", "your address"},
            {"\\bblacklisted\\b", "blocklisted"}, {"\\bService\\b", "System"},
            {"\\bPlease try again later\\b", "Try again later"}, {"\\bgreylisted\\b", "grey-listed"},
            {"\\bgreylisting\\b", "graylisting"}, {"\\bInsufficient\\b", "Not enough"},
            {"\\bInternal error\\b", "Internal server error"}, {"\\bconnections\\b", "open connections"},
            {"\\bServer busy\\b", "Mail server busy"}, {"\\bbusy\\b", "too busy"},
            {"\\btry again later\\b", "retry in a moment"}, {"\\bper minute\\b", "a minute"}, {"\\bper hour\\b", "an hour"},
            {"\\bper day\\b", "a day"}, {"\\bmailbox full\\b", "mailbox is full"}, {"\\bquota exceeded\\b", "over quota"},
            {"\\bblocked\\b", "banned"}, {"\\bunavailable\\b", "offline"}, {"\\boverloaded\\b", "under heavy load"},
            {"\\brate limit\\b", "ratelimit"}, {"\\brate limited\\b", "rate-limited"},
            {"\\btemporarily deferred\\b", "temporarily delayed"}, {"\\bToo many recipients\\b", "Too many RCPT commands"},
            {"\\bfailure\\b", "error"}, {"\\blimit\\b", "cap"}, {"\\bexceeded\\b", "surpassed"},
            {"\\bServer busy\\b", "MTA busy"}, {"\\btry again\\b", "retry"},
            {"\\bconnections\\b", "concurrent sessions"}, {"\\bfrom your IP\\b", "from your network"},
            {"\\bmessage\\b", "mail"},
            {"\\brate\\b", "speed"}, {"\\bminute\\b", "min"}, {"\\bminutes\\b", "mins"}, {"\\bhour\\b", "hr"},
            {"\\bhours\\b", "hrs"}, {"\\bseconds\\b", "secs"}, {"\\bService unavailable\\b", "Service temporarily unavailable"},
            {"\\bnot accepted\\b", "refused"}, {"\\bRecipient address rejected\\b", "Recipient rejected"},
            {"\\bfrom your IP\\b", "per IP"}, {"\\blimit\\b", "threshold"}, {"\\byour IP\\b", "your client"},
            {"\\bToo many connections\\b", "Too many connections open"}, {"\\bfrom your IP\\b", "for your IP"},
            {"\\bblacklist\\b", "denylist"}, {"\\bqueue\\b", "spool"}, {"\\bdatabase\\b", "DB"}, {"\\btimeout\\b", "time-out"},
            {"\\btimed out\\b", "timeout"}, {"\\bPlease try again later\\b", "Please come back later"},
            {"\\btry again later\\b", "try again shortly"}, {"\\bIP address\\b", "IP-address"},
            {"\\bconnection limit\\b", "session limit"}, {"\\bper IP\\b", "per IP address"},
            {"\\bsimultaneous\\b", "concurrent"}, {"\\bparallel\\b", "concurrent"}, {"\\bcurrently\\b", "temporarily"},
            {"\\bTry again later\\b", "Please try later"}, {"\\bdelayed\\b", "deferred"}, {"\\brefused\\b", "rejected"},
            {"\\bdenied\\b", "rejected"}, {"\\bnot permitted\\b", "not allowed"}, {"\\bsystem\\b", "server"},
            {"\\bmailbox\\b", "mail box"}, {"\\bcomplaints\\b", "user complaints"},
            {"\\bnetwork\\b", "subnet"}, {"\\bresources\\b", "system resources"}, {"(?<=\\b(?:much|high|heavy) )load\\b", "system load"},
            {"\\bmaintenance\\b", "scheduled maintenance"}, {"\\bshutting down\\b", "going down"},
            {"\\berror\\b", "failure"}, {"\\bproblem\\b", "issue"},
            {"\\bissue\\b", "problem"}, {"\\blater\\b", "at a later time"}, {"\\bexceeds\\b", "is over"},
            {"\\btoo fast\\b", "too quickly"}, {"\\bsending rate\\b", "send rate"}, {"\\bper second\\b", "a second"},
            {"\\bconnection rate\\b", "connection frequency"}, {"\\bgreylisting\\b", "grey listing"},
            {"\\bstorage\\b", "disk space"}, {"\\bopen connections\\b", "active connections"}, {"\\bactive\\b", "open"},
            {"\\bfrom your IP\\b", "from your server"}, {"\\bfrom your IP\\b", "from your mail server"},
            {"\\blimit\\b", "ceiling"}, {"\\bmaximum\\b", "upper limit"}, {"\\bToo many connections\\b", "Connection limit exceeded"},
            {"\\bconnections\\b", "parallel connections"}, {"\\breached\\b", "hit"}, {"\\bsessions\\b", "SMTP sessions"},
            {"(?<!temporarily )\\bunavailable\\b", "temporarily unavailable"}, {"\\bbusy\\b(?!@)", "busy right now"},
            {"\\bper hour\\b", "every hour"}, {"\\bper minute\\b", "every minute"}, {"\\bper day\\b", "daily"},
            {"\\bgreylisted\\b", "temporarily greylisted"}, {"\\bTemporarily\\b", "Currently"},
            {"\\btoo many connections\\b", "too many simultaneous connections"}, {"\\bconnection\\b", "SMTP connection"},
            {"\\btry again later\\b", "try back later"}, {"\\btry again later\\b", "try again soon"},
            // The queue as a noun, not the verb ("Unable to queue message").
            {"\\boverloaded\\b", "overwhelmed"}, {"(?<!to )\\bqueue\\b", "mail queue"}, {"\\blimit exceeded\\b", "limit has been exceeded"},
            {"\\blimit reached\\b", "limit has been reached"}, {"\\byour IP\\b", "your sending IP"}, {"\\brate limit\\b", "rate-limit"},
            {"\\b[Pp]lease ", ""}, {"\\bService unavailable\\b", "Service is unavailable"}, {"(?<![Nn]ame )\\bservice\\b", "mail service"},
            {"\\bmessages\\b", "e-mails"}, {"\\btemporarily\\b", "temporally"},
            {"\\bIP\\b", "IPv4"}, {"\\bIP\\b", "IPv6"},
        };
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(replacing(synonyms), changed, false);
        System.out.println("replies in other words: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rows in other words").isGreaterThan(700);
        assertThat(changed).as("replies whose kind a phrase of the same meaning changed").isEmpty();
    }

    /**
     * A sender's narrative that counts before the reply it quotes, or after it, or names its program's version: the
     * count is no code and the version no enhanced code, the reply keeps its kind. A probe of 53 counting narratives
     * around every 4xx reply of the tables found six that turned about one in three of them into a 5xx, so permanent,
     * before the parser passed over counts to the reply after them: five are the first five here; the sixth ("smtp: 500
     * messages sent, then 421 …") runs its words on into the code with no colon, so they stay the reply's (some kinds
     * change), though none becomes a 5xx any more. A version before the reply ("PHPMailer 5.2.1: 421 …") changed the
     * kind of 3,100 of 11,130 rows' forms, most to permanent, before a dotted number after a word and a space stopped
     * being read as an enhanced code. A log's own prefix (a logger's name and a dash, a level in capitals, a time stamp
     * alone) changed 10 to 226 forms' kinds each, its words read as the receiver's, before it was read as handing the
     * reply over.
     */
    @Test
    void everyReplyShouldKeepItsKindBehindASendersCountVersionOrLogPrefix() throws IOException {
        Map<String, Function<String, String>> variants = new LinkedHashMap<>();
        List<String> narratives = List.of("sent 500 of 550: %s", "queue full: 550 messages waiting; last reply: %s",
            "Mailer: 552 recipients processed; %s", "At 550 recipients: %s", "Message 550 of 600: %s",
            "batch 3: 500 of 550 sent; %s", "after 500 ms: %s", "%s (attempt 3 of 500)", "Deferred (552 bytes): %s",
            "PHPMailer 5.2.1: %s", "hMailServer 5.6.8: %s", "nodemailer 5.1.1 error: %s", "smtp.lib 5.1.0 said: %s",
            "%s (Exim 4.94.2)", "12:55:01.552 [pool-5-thread-1] WARN  Mailer - %s", "ERROR 2024-05-21 12:55:01,552 mailer - %s",
            "[2024-05-21T12:55:01.552+00:00] ERROR %s", "2024-05-21 12:55:01 %s", "[2024-05-21T12:55:01Z] %s",
            "[21-May-2024 12:55:01 UTC] %s", "Tue, 21 May 2024 12:55:01 +0000 %s", "May 21 12:55:01 %s");
        for (String narrative : narratives) {
            variants.put(narrative, r -> PLAIN.matcher(r).matches() ? String.format(narrative, r) : r);
        }
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(variants, changed, false);
        System.out.println("behind a sender's count, version or log prefix: " + checked + " forms, " + changed.size() + " changed kind");

        assertThat(checked).as("the tables' plain replies behind a count or a version").isGreaterThan(20_000);
        assertThat(changed).as("replies whose kind a sender's count, version or log prefix changed").isEmpty();
    }

    /**
     * The same words misspelled as hand-written servers and their operators misspell them ("Too many conections",
     * "Connection limit exceded", "Service temporarly unavailable", "Server overloded"): the misspelling is no other
     * meaning. Each row with one word misspelled, over the tables and the written batches (1,733 of 5,610 forms
     * changed kind before the classifier read misspellings; "errror" and "temporary" for "temporarily" before a state,
     * added on 2026-11-30: 88 of 6,445 forms with the rules of that session's start).
     */
    @Test
    void everyReplyShouldKeepItsKindMisspelled() throws IOException {
        String[][] misspellings = {
            {"\\bconnections\\b", "conections"}, {"\\bconnections\\b", "connectons"}, {"\\bconnection\\b", "conection"},
            {"\\bConnections\\b", "Conections"}, {"\\bConnection\\b", "Conection"}, {"\\bconcurrent\\b", "concurent"},
            {"\\bconcurrent\\b", "concurrant"}, {"\\bparallel\\b", "paralell"}, {"\\bsimultaneous\\b", "simultanous"},
            {"\\bsimultaneous\\b", "simultaneus"},
            {"\\bsessions\\b", "sesions"}, {"\\bexceeded\\b", "exceded"}, {"\\bexceeded\\b", "exeeded"},
            {"\\bexceeded\\b", "excceded"}, {"\\bExceeded\\b", "Exceded"}, {"\\bexceeds\\b", "exceds"},
            {"\\bmessages\\b", "mesages"}, {"\\bmessage\\b(?!\")", "mesage"}, {"\\btemporarily\\b", "temporarly"},
            {"\\btemporarily\\b", "temporarely"}, {"\\bTemporarily\\b", "Temporarly"}, {"\\btemporary\\b", "temporay"},
            {"\\bTemporary\\b", "Temporay"}, {"\\bunavailable\\b", "unavailible"}, {"\\bunavailable\\b", "unavaliable"},
            {"\\bavailable\\b", "availible"}, {"\\boverloaded\\b", "overloded"}, {"\\bmaximum\\b", "maximun"},
            {"\\bmaximum\\b", "maxium"}, {"\\brecipient\\b", "recepient"}, {"\\brecipient\\b", "recipent"},
            {"\\baddress\\b", "adress"}, {"\\baddresses\\b", "adresses"}, {"\\breceive\\b", "recieve"}, {"\\breceiving\\b", "recieving"},
            {"\\bthrottled\\b", "throtled"}, {"\\bthrottling\\b", "throttleing"}, {"\\bresources\\b", "ressources"},
            {"\\bcurrently\\b", "currenly"}, {"\\bfrequency\\b", "frequancy"}, {"\\bToo many\\b", "To many"},
            {"\\btoo many\\b", "to many"}, {"\\bToo many\\b", "Too much"},
            // A server's word, not a client library's own label (PHPMailer's "SMTP server error:"); the adjective for
            // the adverb before a state, as non-native servers write it (2026-11-30).
            {"(?<!server )\\berror\\b", "errror"},
            {"\\btemporarily (?=(?:unavailable|blocked|deferred|rejected|disabled|suspended)\\b)", "temporary "},
        };
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(replacing(misspellings), changed, true);
        System.out.println("misspelled replies: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the misspelled rows").isGreaterThan(1000);
        assertThat(changed).as("replies whose kind a misspelling changed").isEmpty();
    }

    /**
     * The same words in a server's other spellings: abbreviated as terse servers write them ("Too many conns", "max
     * msgs per session", "srv busy", "temp failure", "pls try later"), a negation contracted or written out ("isn't
     * available", "don't open more than 2 connections", "cannot" for "can't"), a word hyphenated, joined or in two
     * ("timed-out", "time out", "re-try", "over-quota", "grey listed", "ratelimit"), a unit of time after a slash for
     * "per" ("Connection limit/minute", "messages / hour"), a number in words ("five connections"), a limit in the
     * passive ("Concurrency has been exceeded"), and the same reply with the commas, semicolons, full stops and
     * exclamation marks between its words dropped ("Mailbox busy too many messages", "sorry too many clients already";
     * a colon, which says what a label names, kept): none is another meaning. Over the tables and the written batches;
     * a client library's own words ("The server response was:") are left as written. Found on 2026-12-04 with the rules
     * of that session's start: 434 of 3,454 abbreviated forms changed kind (most with "msg" or "msgs", read by rules
     * written for "message"), 29 of 215 contracted or written out (two connection limits among them: "Please don't open
     * more than 2 connections at once"), 62 of 784 hyphenated or split ("timed-out", "time out", "re-try",
     * "over-quota", "grey-listed by policy"), 36 of 178 with a slash for "per" (12 rates read as connection limits:
     * "Connection limit/minute reached for your IP"), 14 of 48 with a number in words (all connection limits: "you
     * already have five connections open"), 46 of 1,022 in the passive or out of it (20 connection limits read as no
     * kind: "Concurrency was exceeded"), and 11 of 3,064 without their stops (a PostgreSQL error read as a connection
     * limit, a request to retransmit or reconnect read as the window of a rate, an imperative "try" as attempts
     * counted).
     */
    /** The receiver named as "the server" (or its system, service, …) as a plain reply's subject, after its codes. */
    private static final String THE_RECEIVER_AT_THE_START = "^(\\d{3}[ -](?:\\d\\.\\d{1,3}\\.\\d{1,3} )?)(?:[Tt]he |[Oo]ur "
        + "|[Tt]his )?(?:[Ss]erver|[Ss]ystem|[Ss]ervice|[Mm]ail server|[Mm]ail system|MTA|[Hh]ost) ";
    /** The sender named as "your IP" (or its server, host, …) as a plain reply's subject, after its codes. */
    private static final String YOUR_SENDER_AT_THE_START = "^(\\d{3}[ -](?:\\d\\.\\d{1,3}\\.\\d{1,3} )?)[Yy]our "
        + "(?:IP|server|host|MTA|IP address|mail server|client) ";

    @Test
    void everyReplyShouldKeepItsKindInAServersOtherSpellings() throws IOException {
        String[][] spellings = {
            {"\\bconnections\\b", "conns"}, {"\\bconnection\\b", "conn"}, {"\\bmessages\\b", "msgs"},
            {"\\bmessage\\b(?!\")", "msg"}, {"\\bplease\\b", "pls"}, {"(?<!The )\\bserver\\b(?! (?:response|error))", "srv"},
            {"\\baddress\\b", "addr"}, {"\\brequests\\b", "reqs"}, {"\\bsystem\\b", "sys"}, {"\\bservice\\b", "svc"},
            {"\\btemporarily (?=(?:unavailable|interrupted|blocked|deferred|rejected|disabled|suspended)\\b)", "temp "},
            {"\\btemporary (?=(?:\\w+ )?failure\\b)", "temp "},
            // Negations contracted, and contractions written out.
            {"\\bis not\\b", "isn't"}, {"\\bare not\\b", "aren't"}, {"\\bwas not\\b", "wasn't"}, {"\\bdoes not\\b", "doesn't"},
            {"\\bdo not\\b", "don't"}, {"\\bcannot\\b", "can't"}, {"\\bcould not\\b", "couldn't"}, {"\\bwill not\\b", "won't"},
            {"\\bhas not\\b", "hasn't"}, {"\\bhave not\\b", "haven't"}, {"\\bdid not\\b", "didn't"}, {"\\bcan't\\b", "cannot"},
            {"\\bcouldn't\\b", "could not"}, {"\\bisn't\\b", "is not"}, {"\\bdon't\\b", "do not"},
            {"\\bdoesn't\\b", "does not"}, {"\\bwon't\\b", "will not"},
            // Words hyphenated, joined or in two.
            {"\\brate limited\\b", "rate-limited"}, {"\\brate-limited\\b", "rate limited"}, {"\\brate limit\\b", "ratelimit"},
            {"\\brate limit\\b", "rate-limit"}, {"\\bblacklisted\\b", "black-listed"}, {"\\bblacklisted\\b", "black listed"},
            {"\\bgreylisted\\b", "grey-listed"}, {"\\bgreylisted\\b", "grey listed"}, {"\\bgreylisting\\b", "grey-listing"},
            {"\\btimeout\\b", "time out"}, {"\\btimed out\\b", "timed-out"}, {"\\bover quota\\b", "over-quota"},
            {"\\bshutting down\\b", "shutting-down"}, {"\\bbackend\\b", "back-end"}, {"\\bback-end\\b", "backend"},
            {"\\bretry\\b", "re-try"},
            // A unit of time after a slash instead of "per", joined or spaced.
            {" per (minute|hour|second|day|min|hr|sec)\\b", "/$1"}, {" per (minute|hour|second|day|min|hr|sec)\\b", " / $1"},
            // A number of connections, sessions or messages written in words.
            {"\\b2 (connections|sessions|messages)\\b", "two $1"}, {"\\b3 (connections|sessions|messages)\\b", "three $1"},
            {"\\b5 (connections|sessions|messages)\\b", "five $1"}, {"\\b10 (connections|sessions|messages)\\b", "ten $1"},
            // A limit's participle in the passive, and the passive as the participle.
            {"(?<!been )(?<!was )(?<!is )(?<!were )(?<!has )(?<!have )(?<!had )\\bexceeded\\b", "has been exceeded"},
            {"(?<!been )(?<!was )(?<!is )(?<!were )(?<!has )(?<!have )(?<!had )\\bexceeded\\b", "was exceeded"},
            {"(?<!been )(?<!was )(?<!is )(?<!were )(?<!has )(?<!have )(?<!had )\\breached\\b", "has been reached"},
            {"\\bhas been exceeded\\b", "exceeded"},
            // A limit written as a key and its value ("max=5 conns per IP", "Session limit=50 messages reached": 5 of 60
            // forms changed kind with the rules of 2026-12-04's start, 2 read as connection limits).
            {"\\b([Mm]ax)(?: of| is|:)? ([0-9]+)\\b", "$1=$2"}, {"\\b([Ll]imit)(?: of| is|:)? ([0-9]+)\\b", "$1=$2"},
            // What a limit is counted per, hyphenated or said otherwise ("Connections per-IP exceeded", "Connections for
            // each IP: 3 of 3 in use", "Limit: 5 connections by IP": 5 to 11 of 56 to 62 forms each changed kind with the
            // rules of 2026-12-04's start).
            {"\\bper (IP|host|client|sender)\\b", "per-$1"}, {"\\bper (IP|host|client|sender)( address)?\\b", "for each $1$2"},
            {"\\bper (IP|host|client)\\b", "by $1"},
            // The sender as "you" after "from" ("Too many in-flight sessions from you": 12 of 357 forms changed kind with
            // the rules of 2026-12-04's start, 9 connection limits lost).
            {"\\bfrom your (IP|host|server|IP address|network|MTA)\\b", "from you"},
            // The sender as "you" at the reply's start ("You hold too many sockets open to us", "You are using more
            // connections than we allow": 4 of 84 forms changed kind with the rules of 2026-12-04's start, each a
            // connection limit lost).
            {YOUR_SENDER_AT_THE_START + "has\\b", "$1You have"}, {YOUR_SENDER_AT_THE_START + "holds\\b", "$1You hold"},
            {YOUR_SENDER_AT_THE_START + "is\\b", "$1You are"}, {YOUR_SENDER_AT_THE_START + "(?:has been|was)\\b", "$1You have been"},
            {YOUR_SENDER_AT_THE_START + "(exceeded|opened|sent|reached)\\b", "$1You $2"},
            {YOUR_SENDER_AT_THE_START + "(?:is sending|sends)\\b", "$1You are sending"},
            {YOUR_SENDER_AT_THE_START + "(?:is using|uses)\\b", "$1You are using"},
            // The receiver as "we" at the reply's start ("We are full", "We are in standby mode": 5 of 54 forms changed kind
            // with the rules of 2026-12-04's start, the receiver's trouble read as no kind, a rate or a judgement).
            {THE_RECEIVER_AT_THE_START + "is\\b", "$1We are"}, {THE_RECEIVER_AT_THE_START + "(?:has been|was)\\b", "$1We have been"},
            {THE_RECEIVER_AT_THE_START + "(?:is not|isn't)\\b", "$1We are not"},
            {THE_RECEIVER_AT_THE_START + "is (?:currently|temporarily)\\b", "$1We're temporarily"},
            // "More than" a number said otherwise (5 of 14 forms each changed kind with the rules of 2026-12-04's start).
            {"\\b[Mm]ore than ([0-9]+)", "over $1"}, {"\\b[Mm]ore than ([0-9]+)", "> $1"},
            {"\\b[Mm]ore than ([0-9]+)", "in excess of $1"}, {"\\b[Mm]ore than ([0-9]+)", "above $1"},
            // A time at once said otherwise (2 to 6 of 10 to 15 forms each changed kind with the rules of 2026-12-04's
            // start).
            {"\\bat a time\\b", "at any one time"}, {"\\bat a time\\b", "at any given time"}, {"\\bat a time\\b", "at one time"},
            {"\\bat once\\b", "in parallel"},
        };
        Map<String, Function<String, String>> variants = replacing(spellings);
        Pattern stops = Pattern.compile("(?<=[\\p{L}\\p{N}_)\\]>])[,;.!]+(?= )");
        variants.put("without its stops", r -> {
            Matcher plain = PLAIN.matcher(r);
            if (!plain.matches() || r.indexOf('\n') >= 0) {
                return r;
            }
            return r.substring(0, plain.start(3)) + stops.matcher(plain.group(3)).replaceAll("");
        });
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(variants, changed, true);
        System.out.println("in other spellings: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rows in other spellings").isGreaterThan(8500);
        assertThat(changed).as("replies whose kind another spelling changed").isEmpty();
    }

    /**
     * A reply in a non-native server's grammar keeps its kind: a counted noun left in the singular after its count
     * ("Too many connection from your IP", "We only allow 2 session per IP", "the maximum number of message"), a
     * limit's bare verb for its participle ("Quota exceed", "has exceed its storage limit", "Maximum connections of 100
     * reach."), and an article left out of an idiom of pace or concurrency ("receiving mail at rate that prevents",
     * "Only 3 transfers at time", "to same mailbox", "in short time", "in last 10 minutes"), and the sender named after
     * "of", "by", "with" or "on" what it sends ("Too many connections of your IP"), and a verb that does not agree with
     * its subject ("The user's mailbox are unavailable", "Recipient have too many sessions open", "you is not welcome
     * here"), and the sender in the plural or by two of its names ("Your IPs are temporarily blocked", "Your IP and
     * domain are blocked"), and the sender as a label before what it sends too much of ("Your IP: Too many threads"), a
     * verb in the third person left bare ("Your host hold too many sockets open", "Your HELO name do not resolve"), and
     * a noun in the singular after a count and another noun ("Too many connection attempt"), and a word of concurrency
     * after what it qualifies ("20 connections simultaneous", "5 sessions open"). A counted noun in the singular after
     * "too many" in other languages too ("Demasiadas sesión simultáneas", "Zu viele gleichzeitige Verbindung"), and
     * "too many" itself in the singular or as the adverb ("Demasiado mensajes", "Zu viel Verbindungen"). Over the
     * tables and the written batches. Found on 2026-12-04 with the rules of that session's start: 257 of 1,025 forms in
     * the singular changed kind (76 connection limits lost, and 85 other replies read as connection limits: "Too many
     * connection from hosts in your /24 sending spam", "Too many connection queued at the load balancer"), 51 of 604
     * with a bare verb (13 connection limits and 18 full mailboxes lost), and 19 of 102 without an article (8 rates
     * read as a full mailbox: "receiving mail at rate that prevents additional messages"), and 31 of 706 with the
     * sender after another preposition ("Connections of your IP are capped at 3" read as no kind); 67 of 859 with a
     * verb that does not agree (4 mailboxes read as false connection limits: "Recipient have too many connections open
     * to their mailbox"); 10 of 111 with the sender in the plural and 8 of 111 with two of its names ("Your MTAs are
     * using more connections than we allow" read as no kind), 24 of 207 with "your IPs" elsewhere; 5 of 102 with the
     * sender as a label ("192.0.2.1: Too many sockets open" read as no kind); 33 of 60 in the singular after "too many"
     * in Spanish, Portuguese, Italian or German (2 of the receiver's database connections read as connection limits),
     * and 83 of 155 with "too many" in the singular or as the adverb; 14 of 165 with a verb in the third person left
     * bare or a noun in the singular after a count and another noun (5 connection limits lost: "Your server already
     * hold 10 connections to us", "IP 192.0.2.10 exceed allowed concurrency (4)"; "Message contain NUL characters" read
     * as the receiver's trouble); 16 of 135 with a word of concurrency after what it qualifies, each a connection limit
     * lost ("Your IP exceeded 20 connections simultaneous").
     */
    @Test
    void everyReplyShouldKeepItsKindInANonNativeServersGrammar() throws IOException {
        String sends = "(connections|sessions|messages|traffic|volume|clients|sockets)";
        String sender = "(IP|host|server|network|IP address)\\b";
        String named = "(IP|IP address|server|host|MTA|network|domain|mail server)\\b";
        String[][] grammar = {
            // The singular after a count: a number after a word (not a reply code), "too many", "number of", a maximum.
            {"(?i)\\b(too many|number of|several|multiple|max(?:imum)?|(?<=[a-z] )(?:[2-9]|[1-9][0-9]{1,4})) "
                + "((?:(?:concurrent|simultaneous|parallel|open|active|SMTP|inbound) )*)"
                + "(connection|session|message|recipient|email|attempt|request|error)s\\b", "$1 $2$3"},
            // The bare verb for the participle, after an auxiliary or before a stop or a preposition.
            {"\\b(is|are|was|were|has|have|had|been) (exceed|reach)ed\\b", "$1 $2"},
            {"(?<=[a-z]) (exceed|reach)ed(?=[.,;:!)]|$| (?:for|at|in|from|on|by)\\b)", " $1"},
            // An article left out of an idiom.
            {"\\bat a (rate|time)\\b", "at $1"}, {"\\b(to|from|at|for|on|in|by) the same\\b", "$1 same"},
            {"\\b(in|within|over|during|for) a (short|brief)\\b", "$1 $2"},
            {"\\b(in|within|over|during|for) the (last|past)\\b", "$1 $2"},
            // The sender after another preposition than "from".
            {"\\b" + sends + " from (your|this) " + sender, "$1 of $2 $3"},
            {"\\b" + sends + " from (your|this) " + sender, "$1 by $2 $3"},
            {"\\b" + sends + " from (your) " + sender, "$1 with $2 $3"},
            {"\\b" + sends + " from (your) " + sender, "$1 on $2 $3"},
            // A verb in the plural after a singular subject, and "you" with a verb in the singular (not a library's
            // "The server response was:").
            {"(?<=[a-z]{2}[a-rt-z]) is\\b(?!:)", " are"}, {"(?<=[a-z]{2}[a-rt-z]) has\\b", " have"},
            {"(?<=[a-z]{2}[a-rt-z]) was\\b(?!:)", " were"}, {"\\byou are\\b", "you is"}, {"\\b([Yy])ou have\\b", "$1ou has"},
            // A verb in the third person left bare after a singular subject ("Your host hold", "Message contain").
            {"(?<=[a-z]{2}[a-rt-z]) (exceed|hold|contain|use|send|keep|seem|appear|allow|accept|make)s\\b", " $1"},
            {"(?<=[a-z]{2}[a-rt-z]) does not\\b", " do not"},
            // The singular after a count and another noun or a participle ("Too many connection attempt").
            {"(?i)\\b(too many|number of|several|multiple|max(?:imum)?|(?<=[a-z] )(?:[2-9]|[1-9][0-9]{1,4})) "
                + "((?:[\\w-]+ ){0,2}?)(\\w+) (attempt|request|error|failure|login)s\\b", "$1 $2$3 $4"},
            // A word of concurrency after what it qualifies ("20 connections simultaneous", "5 sessions open").
            {"\\b(concurrent|simultaneous|parallel) (connections|sessions)\\b", "$2 $1"},
            {"\\b([0-9]{1,6}) (open|active) (connections|sessions)\\b", "$1 $3 $2"},
            // The sender in the plural or by two of its names, its verb agreeing.
            {"\\b([Yy]our) " + named + " is\\b", "$1 $2s are"}, {"\\b([Yy]our) " + named + " has\\b", "$1 $2s have"},
            {"\\b([Yy]our) " + named + " was\\b", "$1 $2s were"}, {"\\b([Yy]our) " + named + " is\\b", "$1 $2 and domain are"},
            {"\\b([Yy]our) " + named + " has\\b", "$1 $2 and domain have"},
            {"\\b([Yy]our) " + named + "(?! address)(?= (?!is\\b|has\\b|was\\b))", "$1 $2s"},
            {"\\b([Tt])his " + named + "(?! address)(?= (?!is\\b|has\\b|was\\b))", "$1hese $2s"},
            // "Too many" in the singular or as the adverb before a plural count, in those languages.
            {"\\b([Zz]u) viele\\b", "$1 viel"}, {"\\b([Dd]emasiad[ao])s\\b", "$1"}, {"\\b([Mm]uit[ao])s\\b", "$1"},
            {"\\b([Tt])roppe\\b", "$1roppa"}, {"\\b([Tt])roppi\\b", "$1roppo"},
            // The sender as a label before what it sends too much of.
            {"^((?:[245]\\d\\d[ -])?(?:[245]\\.\\d{1,3}\\.\\d{1,3} )?)(Too many [a-zA-Z ]+?) from (?:IP |host |client )?"
                + "(\\[?\\d{1,3}(?:\\.\\d{1,3}){3}\\]?)(?=[,.;]|$)", "$1$3: $2"},
            {"^((?:[245]\\d\\d[ -])?(?:[245]\\.\\d{1,3}\\.\\d{1,3} )?)(Too many [a-zA-Z ]+?) from (?:your|this) "
                + "(?:IP|host|server|network)(?: address)?(?=[,.;]|$)", "$1Your IP: $2"},
        };
        // A counted noun in the singular after "too many" in Spanish, Portuguese, Italian and German (plural, singular).
        String[][] otherLanguageCounts = {
            {"conexiones", "conexi\u00f3n"}, {"sesiones", "sesi\u00f3n"}, {"mensajes", "mensaje"},
            {"conex(?:\u00f5|o)es", "conex\u00e3o"}, {"mensagens", "mensagem"}, {"connessioni", "connessione"},
            {"messaggi", "messaggio"}, {"([Vv])erbindungen", "$3erbindung"}, {"([Nn])achrichten", "$3achricht"},
        };
        List<String[]> rows = new ArrayList<>(List.of(grammar));
        for (String[] count : otherLanguageCounts) {
            rows.add(new String[] {
                "(?i)\\b(demasiad[ao]s|muit[ao]s|tropp[ei]|zu viele) ((?:\\p{L}+ )?)" + count[0] + "\\b",
                "$1 $2" + count[1]});
        }
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(replacing(rows.toArray(new String[0][])), changed, true);
        System.out.println("in a non-native grammar: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rows in a non-native grammar").isGreaterThan(4200);
        assertThat(changed).as("replies whose kind a non-native grammar changed").isEmpty();
    }

    /**
     * An adverb of the present after an auxiliary keeps a reply's kind: "currently", "now", "still" or "at the moment"
     * after "is", "are", "was" or "were" ("Connections from this IP are currently limited to 3", "Too many connections
     * are now queued", "Shard for this domain is still offline"). Over the tables and the written batches. Found on
     * 2026-12-04 with the rules of that session's start: 30 of 716 forms with "currently", 58 of 780 with "now" and 60 of
     * 712 with "still" changed kind (4 of the receiver's queues read as connection limits: "Too many connections are
     * currently waiting in our accept queue"; "Connections from your IP are now capped at 3" read as no kind).
     */
    @Test
    void everyReplyShouldKeepItsKindWithAnAdverbOfThePresent() throws IOException {
        String auxiliary = "\\b(is|are|was|were) (?!currently\\b|temporarily\\b|not\\b|now\\b|still\\b)(\\w+)";
        String[][] adverbs = List.of("currently", "now", "still", "at the moment").stream()
            .map(adverb -> new String[] {auxiliary, "$1 " + adverb + " $2"}).toArray(String[][]::new);
        assertEveryRowKeepsItsKind(adverbs, "with an adverb of the present", 2800);
    }

    /**
     * A state hedged keeps a reply's kind: "Mailbox is full" as "Mailbox seems to be full" and "Mailbox seems full", "Your
     * IPs are blocked" as "Your IPs appear to be blocked". Over the tables and the written batches. Found on 2026-12-04
     * with the rules of that session's start: 58 of 417 and 26 of 164 forms changed kind ("Server seems to be in standby
     * mode", "Write-ahead log seems to be full" read as no kind).
     */
    @Test
    void everyReplyShouldKeepItsKindWithItsStateHedged() throws IOException {
        String states = "(?:unavailable|busy|full|down|offline|over|overloaded|not|locked|blocked|listed|disabled|under|in|out|too"
            + "|unable|unreachable|being|having|experiencing|restarting|shutting|suspended|throttled|limited|rate|greylisted"
            + "|deferred|exceeded|exhausted|temporarily)";
        String bare = "(?:unavailable|busy|full|down|offline|overloaded|locked|blocked|listed|disabled|unreachable|suspended"
            + "|throttled|limited|greylisted|deferred|exceeded|exhausted)";
        String[][] hedges = {
            {"\\bis (?=(?:temporarily |currently |now )?" + states + "\\b)", "seems to be "},
            {"\\bare (?=(?:temporarily |currently |now )?" + states + "\\b)", "appear to be "},
            {"\\bis (?=(?:temporarily |currently )?" + bare + "\\b)", "seems "},
            {"\\bare (?=(?:temporarily |currently )?" + bare + "\\b)", "appear "}};
        assertEveryRowKeepsItsKind(hedges, "with its state hedged", 550);
    }

    /**
     * The receiver as the subject of what it did to the sender keeps a reply's kind: "Your IP has been temporarily
     * blocked" as "we have temporarily blocked your IP" and "we blocked your IP temporarily". Over the tables and the
     * written batches. Found on 2026-12-04 with the rules of that session's start: 10 of 56 forms changed kind ("we have
     * limited your IP to 2 concurrent SMTP conversations" read as no kind).
     */
    @Test
    void everyReplyShouldKeepItsKindInTheActiveVoice() throws IOException {
        String passive = "\\b[Yy]our (IP|host|server|domain|network|mail server|IP address)(?: address)? (?:has been|is|was|have "
            + "been) (temporarily )?(blocked|blacklisted|listed|throttled|deferred|rejected|limited|restricted|banned|suspended"
            + "|greylisted|rate limited|capped)\\b";
        String[][] active = {{passive, "we have $2$3 your $1"}, {passive, "we $3 your $1 $2"}};
        assertEveryRowKeepsItsKind(active, "in the active voice", 50);
    }

    /**
     * The connection's closing announced as a sentence of its own keeps a reply's kind, before the cause or after it
     * ("451 Closing connection: Mail storage failed", "451 Mail storage failed. Connection closed."). Over the tables and
     * the written batches. Found on 2026-12-04 with the rules of that session's start: 70, 80, 59 and 71 of 11,702 forms
     * each changed kind (most of the receiver's trouble read as no kind, its "connection" read as ours, and "Delivery
     * throttled: per-sender quota reached" read as a connection limit each time).
     */
    @Test
    void everyReplyShouldKeepItsKindWithItsConnectionsClosingAnnounced() throws IOException {
        String codes = "^([245][0-9]{2}[ -](?:[245]\\.[0-9]{1,3}\\.[0-9]{1,3} )?)";
        String[][] closings = {
            {codes, "$1Closing connection: "}, {codes, "$1Connection closed: "},
            {"^([245][0-9]{2}[ -].*?)[.!]?$", "$1. Closing connection."}, {"^([245][0-9]{2}[ -].*?)[.!]?$", "$1. Connection closed."},
        };
        assertEveryRowKeepsItsKind(closings, "with the connection's closing announced", 40_000);
    }

    /**
     * A limit said otherwise keeps a reply's kind: "too many" as "too high number of", "excessive", and "the number of …
     * is too high" ("Too many connections from your IP" as "The number of connections from your IP is too high"), and
     * "exceeded" as "breached", "crossed", "overrun" or "maxed out". Over the tables and the written batches. Found on
     * 2026-12-04 with the rules of that session's start: 194 of 752 forms with "too high number of" changed kind (most
     * connection limits and rates read as no kind), 19 of 752 with "excessive" (12 read as connection limits:
     * "excessive connections dropped", "excessive connections using an old TLS version"), 65 of 307 with "the number of
     * … is too high" (38 connection limits lost), and 61 to 63 of 459 with each verb for "exceeded" (17 connection
     * limits and 19 full mailboxes lost with "breached": "Concurrency breached for your sending IP", "Recipient quota
     * breached").
     */
    @Test
    void everyReplyShouldKeepItsKindWithItsLimitSaidOtherwise() throws IOException {
        String counted = "((?:(?:concurrent|simultaneous|parallel|open|SMTP) )*(?:connections|sessions|messages|recipients)";
        String[][] otherwise = {
            {"\\b[Tt]oo many " + counted + ")\\b", "too high number of $1"},
            {"\\b[Tt]oo many " + counted + ")\\b", "excessive $1"},
            {"\\b[Tt]oo many " + counted + "(?: (?:from|for) (?:your|this) (?:IP|host|server)(?: address)?)?)(?=[,.;]|$)",
                "the number of $1 is too high"},
            {"\\bexceeded\\b", "breached"}, {"\\bexceeded\\b", "crossed"}, {"\\bexceeded\\b", "overrun"},
            {"\\bexceeded\\b", "maxed out"},
        };
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(replacing(otherwise), changed, true);
        System.out.println("with its limit said otherwise: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rows with their limit said otherwise").isGreaterThan(3500);
        assertThat(changed).as("replies whose kind another way of saying their limit changed").isEmpty();
    }

    /**
     * The same words in another language's other words: "too many" as German "zu hohe Anzahl an", "zuviele",
     * "übermäßig viele", French "un trop grand nombre de", "un nombre excessif de", Spanish "un número excesivo de",
     * "excesivos", Italian "un numero eccessivo di", "eccessive", Portuguese "excesso de", "um número excessivo de",
     * Polish "za dużo", Dutch "teveel", Russian "превышено количество"; what is counted in its other words ("Sitzungen",
     * "sessions", "courriels", "connecties", "e-maili"); "temporarily" ("zeitweise", "momentanément",
     * "provisionalmente"), "reached" and "exceeded" for each other, "unreachable" or "out of service" for unavailable,
     * "rejected" for refused, and a mailbox's other names ("Mailbox", "casillero"), full as "completo" or "satura". Over
     * the tables and the written batches. Found on 2026-12-04 with the rules of that session's start: 200 of 970 forms
     * changed kind (connection limits lost among them: "Zu hohe Anzahl an Verbindungen", "Un trop grand nombre de
     * connexions", "Trop de sessions", "Límite de sesiones alcanzado"; and a German mailbox's sessions read as a false
     * connection limit, "Zu viele gleichzeitige Sitzungen für diese Mailbox"). German servers' English "Connections"
     * for "Verbindungen", added in a later session that day: 20 of 25 such forms changed kind ("Zu viele Connections").
     */
    @Test
    void everyReplyShouldKeepItsKindInAnotherLanguagesOtherWords() throws IOException {
        String[][] otherWords = {
            {"\\bZu viele\\b", "Zuviele"}, {"\\bZu viele\\b", "Zu hohe Anzahl an"},
            {"\\bzu viele\\b", "eine zu hohe Anzahl von"}, {"\\bZu viele\\b", "Übermäßig viele"},
            {"\\bgleichzeitige\\b", "parallele"}, {"\\bgleichzeitiger\\b", "paralleler"},
            {"\\bVerbindungen\\b", "Sitzungen"}, {"\\bVerbindungen\\b", "Connections"}, {"\\bNachrichten\\b", "E-Mails"},
            {"\\berreicht\\b", "überschritten"},
            {"(?<!\\p{L})überschritten\\b", "erreicht"}, {"(?<!\\p{L})vorübergehend\\b", "zeitweise"},
            {"(?<!\\p{L})vorübergehend\\b", "temporär"}, {"\\bverweigert\\b", "abgelehnt"},
            {"\\bnicht verfügbar\\b", "nicht erreichbar"}, {"\\bnicht verfügbar\\b", "außer Betrieb"},
            {"\\bPostfach\\b", "Mailbox"}, {"\\bgesperrt\\b", "blockiert"}, {"\\bzu schnell\\b", "zu rasch"},
            {"\\bTrop de\\b", "Nombre excessif de"}, {"\\bTrop de\\b", "Un trop grand nombre de"},
            {"\\btrop de\\b", "un nombre excessif de"}, {"\\bTrop de\\b", "Beaucoup trop de"},
            {"\\bconnexions\\b", "sessions"}, {"(?<=\\b[Tt]rop de )messages\\b", "courriels"},
            {"(?<=\\b[Tt]rop de )messages\\b", "e-mails"}, {"\\bsimultanées\\b", "concurrentes"},
            {"\\btemporairement\\b", "momentanément"}, {"\\btemporairement\\b", "provisoirement"},
            {"\\bdepuis votre\\b", "de votre"}, {"\\brefusé(?!\\p{L})", "rejeté"},
            {"\\bDemasiadas\\b", "Un número excesivo de"}, {"\\bDemasiadas\\b", "Excesivas"},
            {"\\bDemasiados\\b", "Excesivos"}, {"\\bdemasiad[oa]s\\b", "un número excesivo de"},
            {"\\bconexiones\\b", "sesiones"}, {"\\bcorreos\\b", "correos electrónicos"},
            {"\\btemporalmente\\b", "momentáneamente"}, {"\\btemporalmente\\b", "provisionalmente"},
            {"\\brechazad([oa])\\b", "denegad$1"}, {"\\bbuzón(?!\\p{L})", "casillero"}, {"\\blleno\\b", "completo"},
            {"\\bTroppe\\b", "Un numero eccessivo di"}, {"\\bTroppe\\b", "Eccessive"}, {"\\bTroppi\\b", "Eccessivi"},
            {"\\bconnessioni\\b", "sessioni"}, {"\\braggiunto\\b", "superato"}, {"\\bsuperato\\b", "raggiunto"},
            {"\\bnon disponibile\\b", "non raggiungibile"}, {"\\bpiena\\b", "satura"}, {"\\bMuitas\\b", "Excesso de"},
            {"\\bMuitas\\b", "Um número excessivo de"}, {"\\bMuitas\\b", "Excessivas"},
            {"\\bmuitas\\b", "uma quantidade excessiva de"}, {"(?<!\\p{L})conexões(?!\\p{L})", "sessões"},
            {"\\batingido\\b", "ultrapassado"}, {"\\bexcedido\\b", "ultrapassado"},
            {"\\btemporariamente\\b", "provisoriamente"}, {"\\bZbyt wiele\\b", "Za dużo"},
            {"\\bZbyt wiele\\b", "Zbyt dużo"}, {"\\bzbyt wiele\\b", "za dużo"},
            {"(?<!\\p{L})wiadomości(?!\\p{L})", "e-maili"}, {"\\bTe veel\\b", "Teveel"}, {"\\bte veel\\b", "teveel"},
            {"\\bverbindingen\\b", "connecties"}, {"Слишком много", "Превышено количество"},
            {"слишком много", "превышено число"},
        };
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(replacing(otherWords), changed, true);
        System.out.println("in another language's other words: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rows in another language's other words").isGreaterThan(900);
        assertThat(changed).as("replies whose kind another language's other words changed").isEmpty();
    }

    /**
     * A connection limit counted otherwise is none: every tabled or written connection limit that names no concurrency
     * of its own words ("concurrent", "parallel", "at once", "already", "open", "active", "in use", ...) with its
     * sessions turned into failed ones (a rate, LABELLING.md rule 5), its sender into a mailbox (the mailbox's) or one
     * of the receiver's parts (its trouble; no other word naming the sender left) or, for a row naming connections or
     * sessions in English, a window of time opening it (a rate) reads as another kind. Found so on 2026-11-29: with the
     * rules of that session's start, 214 of 521 such forms still read as connection limits (20 failed, 16 to a mailbox,
     * 5 to one of its parts, 173 with a window), each a false connection limit that would shrink a healthy
     * destination's window.
     */
    @Test
    void aConnectionLimitCountedOtherwiseShouldNotReadAsOne() throws IOException {
        Pattern concurrency = Pattern.compile("(?i)concurren|parallel|simultan|at once|at a time|in use|already|active|open|"
            + "in progress|still|\\bslots?\\b|\\bthreads\\b|\\busers online\\b|maxconn");
        Pattern sessions = Pattern.compile("(?i)\\b(connections|sessions)\\b");
        Pattern sender = Pattern.compile("(?i)\\b(?:from|for|by) (?:your|this|the sending) (?:IP|host|server|address|network|client|MTA)"
            + "(?: address)?\\b|\\bfrom \\[?192\\.0\\.2\\.\\d+\\]?");
        Map<String, Function<String, String>> variants = new LinkedHashMap<>();
        variants.put("failed sessions", r -> sessions.matcher(r).replaceFirst("failed $1"));
        variants.put("a mailbox for the sender", r -> sender.matcher(r).replaceFirst("to this mailbox"));
        Pattern senderLeft = Pattern.compile("(?i)\\byou\\b|\\byour\\b|\\bper[- ]?(?:ip|host|client|address|sender)");
        variants.put("one of the receiver's parts for the sender", r -> {
            String varied = sender.matcher(r).replaceFirst("to our database");
            return senderLeft.matcher(varied).find() ? r : varied;
        });
        Pattern english = Pattern.compile("(?i)\\b(?:connections?|sessions?)\\b");
        variants.put("a window opening it", r -> r.chars().allMatch(c -> c < 128) && english.matcher(r).find()
            && !r.toLowerCase(java.util.Locale.ROOT).contains("connexion") ? afterCodes(r, "Within the last minute, ") : r);
        DeferralClassifier classifier = DeferralClassifier.defaults();
        List<String> still = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String[]>> rows : tablesAndWrittenBatches().entrySet()) {
            String source = rows.getKey();
            for (String[] row : rows.getValue()) {
                if (!row[0].equals("CONNECTION_LIMIT") || concurrency.matcher(row[1]).find()
                    || classifier.classify(row[1]).kind() != DeferralKind.CONNECTION_LIMIT) {
                    continue;
                }
                for (Map.Entry<String, Function<String, String>> variant : variants.entrySet()) {
                    String varied = variant.getValue().apply(row[1]);
                    if (varied.equals(row[1])) {
                        continue;
                    }
                    checked++;
                    if (classifier.classify(varied).kind() == DeferralKind.CONNECTION_LIMIT) {
                        still.add(variant.getKey() + ": " + varied + " [" + source + "]");
                    }
                }
            }
        }
        System.out.println("connection limits counted otherwise: " + checked + " checked, " + still.size() + " still connection limits");

        assertThat(checked).as("the connection limits counted otherwise").isGreaterThan(300);
        assertThat(still).as("connection limits counted otherwise still read as connection limits").isEmpty();
    }

    /**
     * A connection limit with its consequence named after it (the sender blocked for a while, its connections dropped,
     * a retry after a delay, a request to slow down or warm up) stays a connection limit: the count is the cause, the
     * rest what the receiver does about it (found by appending them in a read-through, after rules written from hostile
     * batches had read connections detected, a block for a while and a warm-up as a judgement and connections dropped
     * as a rate).
     */
    @Test
    void aConnectionLimitShouldKeepItsKindWithItsConsequenceNamed() throws IOException {
        List<String> changed = new ArrayList<>();
        int checked = withConsequences(DeferralKind.CONNECTION_LIMIT, List.of(", your IP has been blocked for 10 minutes",
            "; too many connections have been dropped", " - connections detected from your IP", ", you are blocked temporarily",
            ", please warm up your IP slowly", ", try again in 10 minutes", "; excess connections were reset", ", slow down",
            " (connection closed)"), changed);
        System.out.println("connection limits with a consequence: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the connection limits with a consequence").isGreaterThan(500);
        assertThat(changed).as("connection limits whose consequence changed their kind").isEmpty();
    }

    /**
     * A rate with the block it brings named after it ("Too many messages from your IP, your IP has been blocked for 10
     * minutes") stays a rate: the cause decides (134 of 179 plain rates read as a judgement before the rule that reads
     * the cause first).
     */
    @Test
    void aRateShouldKeepItsKindWithTheBlockItBringsNamed() throws IOException {
        List<String> changed = new ArrayList<>();
        int checked = withConsequences(DeferralKind.RATE_LIMIT, List.of(", your IP has been blocked for 10 minutes",
            "; sender blocked temporarily", ", try again in 10 minutes", " (connection closed)"), changed);
        System.out.println("rates with a consequence: " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rates with a consequence").isGreaterThan(500);
        assertThat(changed).as("rates whose consequence changed their kind").isEmpty();
    }

    /**
     * The receiver's trouble and a mailbox keep their kind without the X.3.X or X.2.X enhanced code that came with them:
     * many servers send none (Exim by default), and a client may cut it off. Every row of the tables and written batches
     * read as SERVER_BUSY with a 4.3.X code, or as MAILBOX with a 4.2.X code, that code taken off, reads so from its
     * words, but for the replies whose words name no cause, which the code alone decided (in a first probe 42 replies
     * that name the receiver's trouble, its CPU, processes, files, delivery agent, lookups, pools, and 7 that name the
     * mailbox read as no kind; LABELLING.md: the code decides only when the words name no cause). A written batch's row
     * whose words no rule reads carries {@link #READ_BY_ITS_CODE} and its reason in its note and is counted apart; a mark
     * on a row its words now carry fails, so that the mark is taken off.
     */
    @Test
    void theReceiversTroubleAndAMailboxShouldKeepTheirKindWithoutTheirEnhancedCode() throws IOException {
        Set<String> namingNoCause = Set.of("421 End-of-DATA rejected: Try later", "421 Temporary Error",
            "450 Error: command failed", "450 Failed to send notification", "450 Please try again later.", "450 Temporary Failure.",
            "450 Temporary failure, please try again later", "451 Could not complete sender verify callout",
            "451 Erro temporario ao aceitar a mensagem", "451 Error: fail on DATA close", "451 Message not accepted, try again later",
            "451 Please try again later", "451 Relay in dieser Betriebsart nicht möglich", "451 Requested action aborted",
            "451 Temporary delivery failure", "451 Temporary failure \u2014 try again later", "451 Temporary failure, try again later",
            "451 Temporary problem, try again later", "451 domain of smtp mail from is temporarily disabled",
            "451 temporary failure, retry later", "451 try later", "452 please try again later",
            "453 Incapable of accepting messages at this time.", "454 Please try again later",
            "454 temporary failure (sink fault injection)",
            "450 <user@example.net>: Recipient address rejected: Try again later",
            // A mailbox's deliveries at once: the tables read them either way (written batches 58 and 127 the
            // mailbox's, batch 85 and DeferralClassifierTest a connection limit), and only the code settles it.
            "450 This mailbox already has the maximum number of deliveries in progress",
            // A back end's count of clients and the receiver's total of connections: by their words alone a connection
            // limit's convention could read them, which only the code settled.
            "451 ERR max number of clients reached", "421 Too many total connections, please try again later",
            // Mailboxes: Orange's refusal (its codes say no more than the words), a retry, the recipient's domain, a
            // list's expansion, a delivery failed.
            "421 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
            "421 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]",
            "421 try again later", "450 Try again", "450 recipient domain temporarily disabled",
            "424 Mailing list expansion problem", "451 Message delivery temporarily failed",
            // A recipient's temporary failure naming no cause (the hundred-and-tenth table).
            "450 user@example.net... temporary failure; please retry later",
            // RFC 5321's text as a label before a tag: the reason decides, and the tag names no cause.
            "421 Service not available - ERR System",
            // A message refused for now by the mail server, in translations of Gmail's 451 4.3.0 (written batch 143).
            "451 Diese Nachricht wurde vom eMail-Server vorübergehend abgelehnt.",
            "451 O servidor de e-mail rejeitou temporariamente esta mensagem.");
        Map<DeferralKind, Pattern> codes = Map.of(
            DeferralKind.SERVER_BUSY, Pattern.compile("^([45][0-9][0-9])[ -]4\\.3\\.[0-9]{1,3} (.*)$", Pattern.DOTALL),
            DeferralKind.MAILBOX, Pattern.compile("^([45][0-9][0-9])[ -]4\\.2\\.[0-9]{1,3} (.*)$", Pattern.DOTALL));
        DeferralClassifier classifier = DeferralClassifier.defaults();
        List<String> changed = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        int checked = 0;
        int readByItsCode = 0;
        for (Map.Entry<String, List<String[]>> rows : tablesAndWrittenBatches().entrySet()) {
            String source = rows.getKey();
            for (String[] row : rows.getValue()) {
                DeferralKind labelled = DeferralKind.valueOf(row[0]);
                Matcher coded = codes.containsKey(labelled) ? codes.get(labelled).matcher(row[1]) : null;
                if (coded == null || !coded.matches()) {
                    continue;
                }
                String without = coded.group(1) + " " + coded.group(2);
                if (namingNoCause.contains(without)) {
                    continue;
                }
                DeferralKind kind = classifier.classify(without).kind();
                if (row.length > 2 && row[2].contains(READ_BY_ITS_CODE)) {
                    readByItsCode++;
                    if (kind == labelled) {
                        stale.add(without + " [" + source + "]");
                    }
                    continue;
                }
                checked++;
                if (kind != labelled) {
                    changed.add(without + ": " + kind + ", labelled " + labelled + " [" + source + "]");
                }
            }
        }
        System.out.println("the receiver's trouble and mailboxes without their enhanced code: " + checked + " checked, "
            + changed.size() + " read otherwise; " + readByItsCode + " marked as read by their code");

        assertThat(checked).as("the receiver's trouble and mailboxes with a 4.3.X or 4.2.X code").isGreaterThan(380);
        assertThat(changed).as("replies read otherwise without their enhanced code").isEmpty();
        // A mark the rules have outgrown is taken off, so that the row is checked again.
        assertThat(stale).as("rows marked as read by their code that their words now carry").isEmpty();
    }

    /**
     * A reply whose words name its cause keeps its kind whatever ordinary enhanced code it carries: servers put 4.7.0,
     * 4.7.1, 4.3.0 or even 4.2.0 on the same words ("421 4.2.0 Maintenance window"), and LABELLING.md lets the code
     * decide only when the words name no cause. Every tabled and written row that reads as labelled with its enhanced
     * code taken off, by a rule of its words read before the code-class fallbacks (so that no provider's code decided
     * it), gets each of ten common codes in turn: none of 15,800 forms changed kind with the rules of 2026-11-30's start,
     * kept as a guard on the order of the code-class fallbacks. The probe that led to it gave every row every code and
     * found, besides replies whose words name no cause, "421 4.2.0 Maintenance window: service back in 30 minutes" read
     * as a mailbox (its words were only read after the code classes; a maintenance window now is, before them).
     */
    @Test
    void aReplyWhoseWordsNameItsCauseShouldKeepItsKindWhateverOrdinaryEnhancedCodeItCarries() throws IOException {
        List<String> ordinary = List.of("4.0.0", "4.2.0", "4.2.1", "4.2.2", "4.3.0", "4.3.2", "4.4.2", "4.4.5", "4.7.0", "4.7.1");
        Pattern coded = Pattern.compile("^(4[0-9][0-9][ -])(4\\.[0-9]{1,3}\\.[0-9]{1,3})( .*)$", Pattern.DOTALL);
        DeferralClassifier classifier = DeferralClassifier.defaults();
        List<DeferralRule> rules = classifier.rules();
        int fallbacks = rules.indexOf(rules.stream().filter(rule -> rule.field() == DeferralRule.Field.ENHANCED
            && rule.pattern().startsWith("4\\.2\\.")).findFirst().orElseThrow());
        Checked all = eachRow(tablesAndWrittenBatches(), (source, row, found) -> {
            Matcher code = coded.matcher(row[1]);
            if (!code.matches() || row[0].equals("PERMANENT") || code.group(3).indexOf('\n') >= 0) {
                return;
            }
            DeferralKind labelled = DeferralKind.valueOf(row[0]);
            Classification byWords = classifier.classify(code.group(1) + code.group(3).substring(1));
            if (byWords.kind() != labelled || byWords.rule().map(rules::indexOf).orElse(fallbacks) >= fallbacks) {
                return;
            }
            for (String other : ordinary) {
                if (other.equals(code.group(2))) {
                    continue;
                }
                found.checked++;
                String varied = code.group(1) + other + code.group(3);
                DeferralKind kind = classifier.classify(varied).kind();
                if (kind != labelled) {
                    found.changed.add(varied + ": " + kind + ", labelled " + labelled + " [" + source + "]");
                }
            }
        });
        int checked = all.checked;
        List<String> changed = all.changed;
        System.out.println("replies naming their cause with other enhanced codes: " + checked + " checked, " + changed.size()
            + " changed kind");

        assertThat(checked).as("the replies naming their cause, with other enhanced codes").isGreaterThan(10_000);
        assertThat(changed).as("replies naming their cause whose kind another enhanced code changed").isEmpty();
    }

    /** Every plain row of the tables read as {@code kind}, with each consequence appended; the ones that change kind. */
    private static int withConsequences(DeferralKind kind, List<String> consequences, List<String> changed) throws IOException {
        DeferralClassifier classifier = DeferralClassifier.defaults();
        int checked = 0;
        for (String table : tables()) {
            for (String[] row : DeferralClassifierTest.readTable(table)) {
                Matcher plain = PLAIN.matcher(row[1]);
                if (!plain.matches() || plain.group(3).indexOf('\n') >= 0 || classifier.classify(row[1]).kind() != kind) {
                    continue;
                }
                for (String consequence : consequences) {
                    checked++;
                    Classification again = classifier.classify(row[1] + consequence);
                    if (again.kind() != kind) {
                        changed.add(again.kind() + " (rule " + again.rule().map(DeferralRule::origin).orElse("none") + ") for "
                            + row[1] + consequence + " [" + table + "]");
                    }
                }
            }
        }
        return checked;
    }

    /**
     * Every tabled and written row varied by each pair (its pattern replaced by its replacement) keeps its kind, over
     * more than {@code atLeast} varied forms; {@code what} names the variation in the output and the assertions.
     */
    private static void assertEveryRowKeepsItsKind(String[][] variations, String what, int atLeast) throws IOException {
        List<String> changed = new ArrayList<>();
        int checked = kindsChangedBy(replacing(variations), changed, true);
        System.out.println(what + ": " + checked + " checked, " + changed.size() + " changed kind");

        assertThat(checked).as("the rows " + what).isGreaterThan(atLeast);
        assertThat(changed).as("replies whose kind changed " + what).isEmpty();
    }

    /** One variant per pair: every match of the pair's pattern replaced by its replacement. */
    private static Map<String, Function<String, String>> replacing(String[][] pairs) {
        Map<String, Function<String, String>> variants = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            Pattern pattern = Pattern.compile(pair[0]);
            variants.put(pair[0] + " as " + pair[1], r -> pattern.matcher(r).replaceAll(pair[1]));
        }
        return variants;
    }

    /** How many rows each variant changed at all; the ones whose kind it changed, described, into {@code changed}. */
    private static int kindsChangedBy(Map<String, Function<String, String>> variants, List<String> changed,
        boolean withWrittenBatches) throws IOException {
        DeferralClassifier classifier = DeferralClassifier.defaults();
        Map<String, List<String[]>> sources = tablesAndWrittenBatches();
        if (!withWrittenBatches) {
            sources.keySet().removeIf(source -> source.startsWith("written/"));
        }
        Checked all = eachRow(sources, (table, row, found) -> {
            DeferralKind kind = classifier.classify(row[1]).kind();
            for (Map.Entry<String, Function<String, String>> variant : variants.entrySet()) {
                String varied = variant.getValue().apply(row[1]);
                if (varied.equals(row[1])) {
                    continue;
                }
                found.checked++;
                Classification again = classifier.classify(varied);
                if (again.kind() != kind) {
                    found.changed.add(variant.getKey() + ": " + kind + " became " + again.kind() + " (rule "
                        + again.rule().map(DeferralRule::origin).orElse("none") + ") for " + varied + " [" + table + "]");
                }
            }
        });
        changed.addAll(all.changed);
        return all.checked;
    }

    /** What the checks of {@link #eachRow} counted and found. */
    private static final class Checked {
        int rows;
        int checked;
        final List<String> changed = new ArrayList<>();
    }

    /** One row's check: its source, the row, and where it counts and records what it found. */
    private interface RowCheck {
        void check(String source, String[] row, Checked found);
    }

    /**
     * Every row of {@code sources} checked by {@code check}, the rows shared among the machine's cores (the classifier
     * holds no state once built, as the mailets that share one rely on); what the checks counted and found, in the
     * rows' order, so that the output is the same however the rows were shared.
     */
    private static Checked eachRow(Map<String, List<String[]>> sources, RowCheck check) {
        List<Map.Entry<String, String[]>> rows = new ArrayList<>();
        sources.forEach((source, sourceRows) -> sourceRows.forEach(row -> rows.add(Map.entry(source, row))));
        List<Checked> each = rows.parallelStream().map(row -> {
            Checked found = new Checked();
            check.check(row.getKey(), row.getValue(), found);
            return found;
        }).collect(Collectors.toList());
        Checked all = new Checked();
        for (Checked found : each) {
            all.rows += found.rows;
            all.checked += found.checked;
            all.changed.addAll(found.changed);
        }
        return all;
    }

    /** Bytes as Python's repr writes them: single quotes unless the text holds one and no double quote. */
    private static String pythonBytes(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
        return text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? "b\"" + escaped + "\""
            : "b'" + escaped.replace("'", "\\'") + "'";
    }

    /** MailKit's SmtpStatusCode as .NET prints it: its name, or the number for a code it does not name. */
    private static String mailKitStatusCode(String code) {
        switch (code) {
            case "421": return "ServiceNotAvailable";
            case "432": return "PasswordTransitionNeeded";
            case "450": return "MailboxBusy";
            case "451": return "ErrorInProcessing";
            case "452": return "InsufficientStorage";
            case "454": return "TemporaryAuthenticationFailure";
            case "550": return "MailboxUnavailable";
            case "551": return "UserNotLocalTryAlternatePath";
            case "552": return "ExceededStorageAllocation";
            case "553": return "MailboxNameNotAllowed";
            case "554": return "TransactionFailed";
            default: return code;
        }
    }

    /** A plain reply whose text only asks for a retry or points to a page. */
    private static final Pattern RETRY_REQUEST = Pattern.compile("^\\d{3}(?: \\d\\.\\d{1,3}\\.\\d{1,3})? (?:(?:please|kindly) )?"
        + "(?:(?:try|retry|come back|resend)(?: again)?(?: (?:later|soon|shortly|in (?:an? |a few |\\d+ )?\\w+))?[.!]?$|see\\b)",
        Pattern.CASE_INSENSITIVE);

    /** A plain reply ("421 4.7.0 text") with {@code words} put between its codes and its text; anything else unchanged. */
    private static String afterCodes(String reply, String words) {
        Matcher plain = PLAIN.matcher(reply);
        if (!plain.matches() || plain.group(3).indexOf('\n') >= 0) {
            return reply;
        }
        return plain.group(1) + " " + (plain.group(2) == null ? "" : plain.group(2) + " ") + words + plain.group(3);
    }

    /**
     * A plain one-line reply as a multi-line one, each line with its codes: {@code first} as a line before the text,
     * {@code last} as a line after it, or (both null) the text broken at its middle word; anything else unchanged.
     */
    private static String multiLine(String reply, String first, String last) {
        Matcher plain = PLAIN.matcher(reply);
        if (!plain.matches() || plain.group(3).indexOf('\n') >= 0) {
            return reply;
        }
        String codes = plain.group(2) == null ? "" : plain.group(2) + " ";
        String more = plain.group(1) + "-" + codes;
        String end = plain.group(1) + " " + codes;
        String text = plain.group(3);
        if (first != null) {
            return more + first + "\r\n" + end + text;
        }
        if (last != null) {
            return more + text + "\r\n" + end + last;
        }
        String[] words = text.split(" ");
        if (words.length < 4) {
            return reply;
        }
        int middle = words.length / 2;
        return more + String.join(" ", java.util.Arrays.copyOfRange(words, 0, middle)) + "\r\n" + end
            + String.join(" ", java.util.Arrays.copyOfRange(words, middle, words.length));
    }

    /** {@code varied} when {@code reply} is a plain one-line reply, else the reply unchanged (not counted). */
    private static String plainOnly(String reply, String varied) {
        Matcher plain = PLAIN.matcher(reply);
        return plain.matches() && plain.group(3).indexOf('\n') < 0 ? varied : reply;
    }

    /** Every table of the classifier's tests, the first one first. */
    /** Every table's and written batch's rows, by their resource name, in order. */
    private static Map<String, List<String[]>> tablesAndWrittenBatches() throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String table : tables()) {
            rows.put(table, DeferralClassifierTest.readTable(table));
        }
        for (String batch : WrittenBatchesTest.BATCHES) {
            rows.put(batch, WrittenBatchesTest.rows(batch));
        }
        return rows;
    }

    private static List<String> tables() {
        List<String> tables = new ArrayList<>();
        tables.add(DeferralClassifierTest.TABLE);
        tables.addAll(DeferralClassifierTest.LATER);
        return tables;
    }

    private static final Pattern CLASS_5_TRAILER =
        Pattern.compile("\\(#5\\.[0-9]{1,3}\\.[0-9]{1,3}\\)|(?<![\\w.])#5\\.[0-9]{1,3}\\.[0-9]{1,3}\\s*$");

    /**
     * The reply with a receiver's id after its text: at its end, or before the codes PHPMailer appends to it (in English
     * or Spanish).
     */
    private static String withId(String reply, String id) {
        int codes = reply.indexOf(" SMTP code: ");
        if (codes < 0) {
            codes = reply.indexOf(" C\u00f3digo del servidor SMTP: ");
        }
        return codes < 0 ? reply + id : reply.substring(0, codes) + id + reply.substring(codes);
    }

    /**
     * True when a wrapper quoted a 4xx reply without its basic code and what is left reads as a permanent reply: a
     * class-5 trailer, which then decides by the labelling's first rule ("421 Service unavailable (#5.7.1)", written
     * batch 139's "451 Message rejected due to content policy (#5.7.1)", IndiMail's "… (zen.spamhaus.org) #5.7.1" at
     * the reply's end without parentheses, the hundred-and-fifteenth table: the trailer decides only where there is no
     * basic code), or a 5xx number in the text that is then the only code there is (written batch 145's "451 Temporary
     * failure: object storage returned 503 Slow Down": no reader of the text alone could tell it from a 503).
     */
    private static boolean droppedCodeLeavesAPermanentReading(Plain plain, String wrapped) {
        if (!plain.code.startsWith("4") || wrapped.contains(plain.code)) {
            return false;
        }
        return CLASS_5_TRAILER.matcher(plain.reply).find()
            || SmtpReply.parse(plain.text).basicCode().orElse(0) / 100 == 5;
    }

    private static final Pattern YOUR_ADDRESS = Pattern.compile("(?i)\\byour (?:IP address|IP|address)\\b");
    private static final Pattern SATURATED = Pattern.compile("\\b(\\d{1,2}) ?(?:/|of) ?\\1\\b");
    private static final Pattern SMALL_NUMBER = Pattern.compile("(?<![\\d.:/#-])\\b[1-9][0-9]?\\b(?![.:/\\d])");

    /** The text as a JSON string's body: its backslashes, quotes and line ends escaped. */
    private static String jsonEscaped(String text) {
        return text.replace("\\n", "\n").replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
            .replace("\r", "\\r");
    }

    /** The text as PHP's json_encode writes a string with its default flags (slashes and non-ASCII escaped). */
    private static String phpJsonEscaped(String text) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\': json.append("\\\\"); break;
                case '"': json.append("\\\""); break;
                case '/': json.append("\\/"); break;
                case '\n': json.append("\\n"); break;
                case '\r': json.append("\\r"); break;
                case '\t': json.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
            }
        }
        return json.toString();
    }

    /**
     * Python's representation of a reply's text as its SMTP clients print it: smtplib's bytes ({@code bytes} true: each
     * byte outside printable ASCII as "\\xNN", the UTF-8 of a translated reply so), aiosmtplib's string (printable
     * characters as they are); a quote inside escaped unless the other quote can delimit the text, as Python chooses.
     */
    static String pythonRepr(String text, boolean bytes) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder repr = new StringBuilder(text.length() + 3).append(bytes ? "b" : "").append(quote);
        for (byte b : bytes ? text.getBytes(StandardCharsets.UTF_8) : new byte[0]) {
            appendPythonChar(repr, b & 0xff, quote, true);
        }
        if (!bytes) {
            text.codePoints().forEach(c -> appendPythonChar(repr, c, quote, false));
        }
        return repr.append(quote).toString();
    }

    private static void appendPythonChar(StringBuilder repr, int c, char quote, boolean bytes) {
        if (c == '\\' || c == quote) {
            repr.append('\\').append((char) c);
        } else if (c == '\n') {
            repr.append("\\n");
        } else if (c == '\r') {
            repr.append("\\r");
        } else if (c == '\t') {
            repr.append("\\t");
        } else if (c < 0x20 || c == 0x7f || (bytes && c > 0x7f)) {
            repr.append(String.format("\\x%02x", c));
        } else {
            repr.appendCodePoint(c);
        }
    }

    /**
     * The mark a written batch's row carries in its note when the rules do not read its words and only its 4.3.X or
     * 4.2.X code carries it, with the reason ("[read by its code: a bare \"box\"]"): RFC 5321's texts in a few of
     * Evolution's translations (written batch 162), memory and writing errors in the rarer of Thunderbird's (164), and
     * Pidgin's in languages whose words no rule reads (165: Dzongkha, Mari, Kurdish, Xhosa, Khmer, Burmese and others).
     */
    private static final String READ_BY_ITS_CODE = "[read by its code: ";

    /**
     * Written batches' rows left out of some wrappers, with the reason (a client that drops the basic code, leaving a
     * class-5 trailer or a 5xx number to decide, is left out by {@link #droppedCodeLeavesAPermanentReading}): a reply
     * quoting another after "->" folded over two lines; an HTML entity written in the row, escaped again by the
     * wrapper; a percentage in qmail's log form, whose "%" is an underscore there (a space once read). (Quoting the written batches' rows too found 101 of 165,065 forms changing kind before the parser ended
     * a reply at a blank line, at a client's own line and at a JSON string's closing quote, read a tuple's string over
     * two lines, a note's backtick, .NET's trace line and a recipient's line.)
     */
    private static final Set<String> WRAPPED_LEFT = Set.of(
        "Postfix delay warning, folded: 451 4.4.395 Target host responded with error. -> 421 4.7.0 Too many concurrent connections",
        "Exim delay warning, folded: 451 4.4.395 Target host responded with error. -> 421 4.7.0 Too many concurrent connections",
        "Go JSON log: 421 4.7.0 Too&nbsp;many connections from your IP",
        "Exchange NDR, HTML: 421 4.7.0 Too&nbsp;many connections from your IP",
        "IIS SMTP log: 421 4.7.0 Too&nbsp;many connections from your IP",
        "qmail log: 451 Spool partition at 98% capacity, deferring");
    /** "The server" as the subject of the receiver's state, after the codes and an optional label, with no "your". */
    private static final Pattern RECEIVER_SUBJECT = Pattern.compile("^([45][0-9][0-9](?:[ -][45]\\.[0-9]\\.[0-9]{1,3})? "
        + "(?:[^:\\n]{0,20}: )?)(?:[Tt]he |[Oo]ur |[Tt]his )?(?:[Mm]ail )?[Ss]erver(?= (?:is|has|was|are|cannot|can't|could"
        + "|currently|temporarily|too|overloaded|busy|unavailable|not|shutting|restarting|under|in)\\b)(?!(?i:.*\\byour?\\b))");
    private static final Pattern YOUR_HOST = Pattern.compile("(?i)\\byour (?:host|server|mail server|MTA)\\b");
    private static final Pattern IPV4 = Pattern.compile("\\b(?:[0-9]{1,3}\\.){3}[0-9]{1,3}\\b");
    private static final Pattern HOST = Pattern.compile("(?i)\\b[a-z0-9-]+\\.example\\.(?:net|com|org)\\b");
}
