package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class SmtpReplyTest {
    @Test
    void parseShouldSplitAPlainReply() {
        SmtpReply reply = SmtpReply.parse("421 4.7.0 Too many concurrent connections");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many concurrent connections");
        assertThat(reply.replyClass()).isEqualTo(SmtpReply.ReplyClass.TRANSIENT);
    }

    @Test
    void parseShouldReadQmailsLogForm() {
        // qmail-send's log: spaces written as underscores, line ends as slashes.
        SmtpReply reply = SmtpReply.parse("delivery 12: deferral: 192.0.2.1_does_not_like_recipient./Remote_host_said:_451_4.7.1"
            + "_Too_many_connections_from_your_IP/Giving_up_on_192.0.2.1./");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(451));
        assertThat(reply.enhancedCode()).contains("4.7.1");
        assertThat(reply.text()).isEqualTo("Too many connections from your IP");
        SmtpReply greeting = SmtpReply.parse("Connected_to_192.0.2.1_but_greeting_failed./Remote_host_said:_421_Server_busy/");
        assertThat(greeting.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(greeting.text()).contains("Server busy");
    }

    @Test
    void parseShouldSetAsideEximsRetryTimesAfterAHostsLastError() {
        SmtpReply reply = SmtpReply.parse("Transport: mx.example.net [192.0.2.1]:25 error -46: SMTP error from remote mail "
            + "server after initial connection: 421 4.7.0 Too many connections\n  first failed: 06-Dec-2026 19:00:00\n"
            + "  last tried:   06-Dec-2026 19:30:00\n  next try at:  06-Dec-2026 20:00:00");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.text()).isEqualTo("Too many connections");
    }

    @Test
    void parseShouldReadQmailsSlashesAsItsLineEndsOnly() {
        // The slashes before qmail-remote's next line and at the end are line ends (the reply's lines read apart, "Giving
        // up on …" not its text); a link's slashes stay.
        SmtpReply twoLines = SmtpReply.parse("delivery 7: deferral: 192.0.2.1_does_not_like_recipient./Remote_host_said:"
            + "_451-4.7.1_Deferred,_see/451_4.7.1_https://example.net/help/Giving_up_on_192.0.2.1./");

        assertThat(twoLines.basicCode()).isEqualTo(OptionalInt.of(451));
        assertThat(twoLines.text()).isEqualTo("Deferred, see https://example.net/help");
        SmtpReply link = SmtpReply.parse("Connected_to_192.0.2.1_but_greeting_failed./Remote_host_said:_421_Busy,_see_"
            + "https://example.net/mail/limits/");
        assertThat(link.text()).isEqualTo("Busy, see https://example.net/mail/limits");
    }

    @Test
    void underscoresOutsideQmailsLogFormShouldStay() {
        SmtpReply reply = SmtpReply.parse("421 mwinf5c79 ME Too many connections, slow down. OFR005_104 [104]");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.text()).endsWith("OFR005_104 [104]");
    }

    @Test
    void parseShouldJoinAMultiLineReply() {
        SmtpReply reply = SmtpReply.parse("421-4.7.28 [192.0.2.10 15] Our system has detected an unusual rate of\r\n"
            + "421-4.7.28 unsolicited mail originating from your IP address.\r\n"
            + "421 4.7.28 https://support.google.com/mail/answer/81126 - gsmtp\r\n");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).contains("4.7.28");
        assertThat(reply.text()).isEqualTo("[192.0.2.10 15] Our system has detected an unusual rate of "
            + "unsolicited mail originating from your IP address. https://support.google.com/mail/answer/81126 - gsmtp");
    }

    @Test
    void parseShouldAcceptABasicCodeAlone() {
        SmtpReply reply = SmtpReply.parse("421 Too many concurrent SMTP connections");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).isEmpty();
        assertThat(reply.text()).isEqualTo("Too many concurrent SMTP connections");
    }

    @Test
    void parseShouldAcceptAnEnhancedCodeAlone() {
        SmtpReply reply = SmtpReply.parse("4.7.0 Too many concurrent connections");

        assertThat(reply.basicCode()).isEmpty();
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.replyClass()).isEqualTo(SmtpReply.ReplyClass.TRANSIENT);
    }

    @Test
    void parseShouldReadTheGreetingFailureJavaMailReports() {
        SmtpReply reply = SmtpReply.parse(
            "Got bad greeting from SMTP host: mx.example.net, port: 25, response: 421 4.7.0 Too many concurrent connections");

        assertThat(reply.remoteHost()).contains("mx.example.net");
        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.text()).isEqualTo("Got bad greeting from Too many concurrent connections");
    }

    @Test
    void parseShouldKeepTheCodeOfAConnectFailureWithoutText() {
        SmtpReply reply = SmtpReply.parse("Could not connect to SMTP host: mx.example.net, port: 587, response: 421");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.remoteHost()).contains("mx.example.net");
    }

    @Test
    void parseShouldNotTakeThePortForACode() {
        SmtpReply reply = SmtpReply.parse("Could not connect to SMTP host: 127.0.0.1, port: 587");

        assertThat(reply.basicCode()).isEmpty();
        assertThat(reply.replyClass()).isEqualTo(SmtpReply.ReplyClass.UNKNOWN);
    }

    @Test
    void parseShouldReadANestedAddressFailure() {
        SmtpReply reply = SmtpReply.parse("Invalid Addresses;\n  nested exception is:\n"
            + "\tcom.sun.mail.smtp.SMTPAddressFailedException: 451 4.7.0 Try later\n");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(451));
        assertThat(reply.enhancedCode()).contains("4.7.0");
        // JavaMail's own "Invalid Addresses;" is its narrative, not the receiver's words.
        assertThat(reply.text()).isEqualTo("Try later");
    }

    @Test
    void parseShouldKeepNumbersInsideTheText() {
        SmtpReply reply = SmtpReply.parse("452-4.5.3 You may send at most\n452 4.5.3 250 messages per hour");

        assertThat(reply.text()).isEqualTo("You may send at most 250 messages per hour");
    }

    @Test
    void parseShouldNotTakeANumberAfterAnEnhancedCodeForTheBasicCode() {
        // A wrapper that kept only the enhanced code (thirty-fourth table): the count in the words is no code.
        SmtpReply reply = SmtpReply.parse("SMTP failed to set data: Transaction failed: 5.7.1 <DATA>: Data command rejected: "
            + "limit of 400 rcpts per 24 hours for client user@example.me reached");

        assertThat(reply.basicCode()).isEmpty();
        assertThat(reply.enhancedCode()).contains("5.7.1");
        assertThat(reply.text()).contains("limit of 400 rcpts per 24 hours");
        // A code before the enhanced code is still the basic code, inside a wrapper as at the start.
        SmtpReply wrapped = SmtpReply.parse("Error: Data command failed: 421 4.7.0 Try again later");
        assertThat(wrapped.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(wrapped.enhancedCode()).contains("4.7.0");
    }

    @Test
    void parseShouldKeepTheCodeOfADsnWhoseStatusComesFirst() {
        SmtpReply reply = SmtpReply.parse("Status: 4.7.0 Diagnostic-Code: smtp; 421 Too many connections");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).contains("4.7.0");
    }

    @Test
    void parseShouldReadTheCodeAClientLibrarysSentenceNames() {
        SmtpReply reply = SmtpReply.parse("Failed to send: SMTP error code 421: 4.7.0 Too many concurrent connections");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).contains("4.7.0");
        // Only an SMTP code: an HTTP status in a wrapper's words is none.
        assertThat(SmtpReply.parse("Relay API: HTTP status code 429: slow down").basicCode()).isEmpty();
        // "SMTP error %d: %s", the error type many senders' own code prints (Go, Python, Rust, C#), and its kin with
        // "code" left out: a 550 so wrapped was no code, a user unknown retried for days.
        assertThat(SmtpReply.parse("SMTP error 550: User unknown").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("close data: SMTP error 550: SMTP; Client does not have permissions to send as this "
            + "sender").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Temporary SMTP error 421. Retrying in 30s.").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("SMTP reply 452: mailbox full").basicCode()).hasValue(452);
        assertThat(DeferralClassifier.defaults().classify("smtp error 550: mailbox unavailable").kind())
            .isEqualTo(DeferralKind.PERMANENT);
        assertThat(DeferralClassifier.defaults().classify("SMTP error 421: Too many concurrent connections").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // Its text is the reply's, the narrative and the sentence's words left out; a type that prints the whole reply
        // after its code ("SMTP error 550: 550 5.1.1 …") and a code in parentheses ("failed (SMTP 421): …") alike.
        assertThat(SmtpReply.parse("send failed: SMTP error 421: Service refused, please try later").text())
            .isEqualTo("Service refused, please try later");
        SmtpReply twice = SmtpReply.parse("SMTP error 550: 550 5.1.1 User unknown");
        assertThat(twice.basicCode()).hasValue(550);
        assertThat(twice.enhancedCode()).contains("5.1.1");
        assertThat(twice.text()).isEqualTo("User unknown");
        SmtpReply bracketed = SmtpReply.parse("Email failed (SMTP 421): Too many connections");
        assertThat(bracketed.basicCode()).hasValue(421);
        assertThat(bracketed.text()).isEqualTo("Too many connections");
        // Not a number that goes on as a decimal, nor a port or an HTTP status however the sentence is worded.
        assertThat(SmtpReply.parse("SMTP error 550.5 in the log").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("SMTP port 465 unreachable").basicCode()).isEmpty();
    }

    @Test
    void parseShouldDropAnEnhancedCodeOfAnotherClass() {
        SmtpReply reply = SmtpReply.parse("421 5.7.1 inconsistent");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.enhancedCode()).isEmpty();
    }

    @Test
    void parseShouldReturnAnEmptyReplyForNullAndEmpty() {
        assertThat(SmtpReply.parse(null).isEmpty()).isTrue();
        assertThat(SmtpReply.parse("").isEmpty()).isTrue();
        assertThat(SmtpReply.parse(null).replyClass()).isEqualTo(SmtpReply.ReplyClass.UNKNOWN);
    }

    @Test
    void parseShouldReplaceControlCharactersAndBrokenSurrogates() {
        SmtpReply reply = SmtpReply.parse("421 4.7.0 bad\u0000\u001b[31m text \uD800 end");

        assertThat(reply.text()).doesNotContain("\u0000", "\u001b", "\uD800");
        assertThat(reply.text()).contains("bad", "text", "\uFFFD", "end");
    }

    @Test
    void parseShouldBoundTimeAndTextOfAHugeReply() {
        String huge = "421 4.7.0 " + "x".repeat(10 * 1024 * 1024);

        SmtpReply reply = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SmtpReply.parse(huge));

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.text()).hasSize(SmtpReply.MAX_TEXT_CHARS);
    }

    @Test
    void parseShouldBoundTimeOfAHugeReplyOfDigitsAndSeparators() {
        String adversarial = "4.4.4 ".repeat(2 * 1024 * 1024) + "\n" + ": 4".repeat(1024 * 1024);

        SmtpReply reply = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SmtpReply.parse(adversarial));

        assertThat(reply.text().length()).isLessThanOrEqualTo(SmtpReply.MAX_TEXT_CHARS);
    }

    @Test
    void parseShouldBoundTimeOfAReplyOfManyNumbers() {
        // Each number inside a line is weighed as a count by the words before it and by the line's enhanced code; both
        // were looked for from the line's start, so a receiver's 16 KiB of numbers cost the square of its length: 1.1
        // to 7.5 seconds a parse for each of these before, 9 to 50 milliseconds now (one machine, 2026-12-06).
        List<String> units = List.of("x:421 ", "'421", "a 250 ", "has 550 ", "Response[421 ", "a@example.net - [552 ",
            "(450, b'", "Limit: 500 messages ");

        List<SmtpReply> replies = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> units.stream()
            .map(unit -> SmtpReply.parse(unit.repeat(SmtpReply.MAX_PARSED_CHARS / unit.length() + 1)))
            .collect(java.util.stream.Collectors.toList()));

        assertThat(replies).hasSize(units.size())
            .allSatisfy(reply -> assertThat(reply.text().length()).isLessThanOrEqualTo(SmtpReply.MAX_TEXT_CHARS));
        assertThat(replies.get(0).basicCode()).hasValue(421);
    }

    @Test
    void parseShouldReadTheCodeAClientLibraryGotNotTheOneItExpected() {
        SmtpReply php = SmtpReply.parse("Expected response code \"220\" but got code \"421\", with message \"421 4.7.0 mx.example.net "
            + "Error: too many connections from 192.0.2.10\".");
        SmtpReply python = SmtpReply.parse("smtplib.SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: End-of-data rejected: "
            + "Sorry, too many requests per time unit')");

        assertThat(php.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(php.enhancedCode()).contains("4.7.0");
        assertThat(python.basicCode()).isEqualTo(OptionalInt.of(450));
        assertThat(python.enhancedCode()).contains("4.7.1");
        assertThat(python.text()).contains("too many requests per time unit");
    }

    @Test
    void parseShouldKeepOnlyTheServersWordsOfADotNetSmtpExceptionAndTheCodeItsSentenceNames() {
        // System.Net.Mail writes its own sentence for the code, then the server's text, often without the code.
        SmtpReply rejected = SmtpReply.parse("System.Net.Mail.SmtpException: Transaction failed. The server response was: "
            + "Message rejected as spam");
        SmtpReply unavailable = SmtpReply.parse("Service not available, closing transmission channel. The server response was: "
            + "4.7.0 Try again later");
        // "Mailbox unavailable." is its sentence for 450 and for 550 alike: no code from it.
        SmtpReply ambiguous = SmtpReply.parse("System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: "
            + "User unknown");

        assertThat(rejected.basicCode()).isEqualTo(OptionalInt.of(554));
        assertThat(rejected.text()).isEqualTo("Message rejected as spam");
        assertThat(unavailable.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(unavailable.enhancedCode()).contains("4.7.0");
        assertThat(unavailable.text()).isEqualTo("Try again later");
        assertThat(ambiguous.basicCode()).isEmpty();
        assertThat(ambiguous.text()).isEqualTo("User unknown");
    }

    @Test
    void parseShouldDropDotNetsMarkerWhenAnApplicationCutItsSentenceOff() {
        SmtpReply cut = SmtpReply.parse("The server response was: 4.4.2 Timeout waiting for data from client.");
        SmtpReply quoted = SmtpReply.parse("  The server response was: 4.7.1 Greylisted, try again in 5 minutes");

        assertThat(cut.basicCode()).isEmpty();
        assertThat(cut.enhancedCode()).contains("4.4.2");
        assertThat(cut.text()).isEqualTo("Timeout waiting for data from client.");
        assertThat(quoted.enhancedCode()).contains("4.7.1");
        assertThat(quoted.text()).isEqualTo("Greylisted, try again in 5 minutes");
    }

    @Test
    void parseShouldDropDotNetsMarkerAfterTheExceptionsClassNameWhenItsSentenceIsCutOff() {
        // A sweep of wrappers around the tables' and batches' replies (2026-12-01): with the exception's class name
        // before the bare marker, "The server response was" was read as the receiver's words ("server" near a failure).
        SmtpReply terse = SmtpReply.parse("System.Net.Mail.SmtpException: The server response was: Flood");
        SmtpReply coded = SmtpReply.parse("System.Net.Mail.SmtpException: The server response was: 4.4.2 Idle timeout");

        assertThat(terse.text()).isEqualTo("Flood");
        assertThat(coded.enhancedCode()).contains("4.4.2");
        assertThat(coded.text()).isEqualTo("Idle timeout");
        assertThat(DeferralClassifier.defaults().classify("System.Net.Mail.SmtpException: The server response was: Flood")
            .kind()).isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void parseShouldKeepOnlyTheServersWordsOfAGermanOrFrenchDotNetSmtpException() {
        // A probe of .NET's localized exceptions (2026-12-02): its German and French sentences for the code are the
        // wrapper's words ("Dienst nicht verfügbar" read as the receiver's trouble around a reply naming no cause).
        SmtpReply german = SmtpReply.parse("System.Net.Mail.SmtpException: Dienst nicht verfügbar. Übertragungskanal wird "
            + "geschlossen. Die Serverantwort war: 4.7.0 Try again later");
        SmtpReply french = SmtpReply.parse("Boîte aux lettres non disponible. La réponse du serveur était\u00a0: 4.2.2 "
            + "Mailbox full");
        SmtpReply cut = SmtpReply.parse("Die Serverantwort war: 4.7.0 Too many connections");

        assertThat(german.enhancedCode()).contains("4.7.0");
        assertThat(german.text()).isEqualTo("Try again later");
        assertThat(french.enhancedCode()).contains("4.2.2");
        assertThat(french.text()).isEqualTo("Mailbox full");
        assertThat(cut.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify("Dienst nicht verfügbar. Übertragungskanal wird geschlossen. "
            + "Die Serverantwort war: 4.7.0 Try again later").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void parseShouldLeaveOutThunderbirdsSentencesAndThePlaceOfAPhpWarning() {
        SmtpReply thunderbird = SmtpReply.parse("An error occurred while sending mail. The mail server responded: 4.5.3 Error: "
            + "too many recipients. Please check the message and try again.");
        SmtpReply php = SmtpReply.parse("PHP Warning:  mail(): SMTP server response: 452 4.5.3 Error: too many recipients in "
            + "C:\\inetpub\\wwwroot\\send.php on line 12");
        SmtpReply symfony = SmtpReply.parse("Expected response code \"250\" but got code \"451\", with message \"451 4.3.0 "
            + "Error: queue file write error\". in /app/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:340");

        assertThat(thunderbird.enhancedCode()).contains("4.5.3");
        assertThat(thunderbird.text()).doesNotContain("error occurred while sending").doesNotContain("check the message")
            .contains("Error: too many recipients");
        assertThat(php.basicCode()).isEqualTo(OptionalInt.of(452));
        assertThat(php.text()).isEqualTo("Error: too many recipients");
        assertThat(symfony.text()).doesNotContain("SmtpTransport.php").contains("queue file write error");
        // The same client in French: its sentences go, the enhanced code in single quotes is read.
        SmtpReply french = SmtpReply.parse("Une erreur est survenue lors de l'envoi du message. Le serveur a répondu '4.2.1 "
            + "service refusé'. Veuillez essayer plus tard.");
        assertThat(french.enhancedCode()).contains("4.2.1");
        assertThat(french.text()).doesNotContain("Une erreur est survenue").contains("service refusé");
    }

    @Test
    void parseShouldReadTheReplyInExchangesLastErrorFieldAndInALogsKeyValueField() {
        SmtpReply led = SmtpReply.parse("LastError : [{LRT=11/28/2026 10:00:00 AM};{LED=550 5.7.1 Too many connections from "
            + "spam sources};{FQDN=mx.example.net};{IP=192.0.2.1}]");
        SmtpReply logged = SmtpReply.parse("level=warn msg=\"delivery deferred\" smtp_response=421 4.7.0 Too many connections");
        // A field that is no reply keeps the text as it was.
        SmtpReply size = SmtpReply.parse("451 4.3.0 Message rejected, size=4500 bytes");

        assertThat(led.basicCode()).isEqualTo(OptionalInt.of(550));
        assertThat(led.text()).isEqualTo("Too many connections from spam sources");
        assertThat(logged.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(logged.enhancedCode()).contains("4.7.0");
        assertThat(logged.text()).isEqualTo("Too many connections");
        assertThat(size.basicCode()).isEqualTo(OptionalInt.of(451));
        assertThat(size.text()).isEqualTo("Message rejected, size=4500 bytes");
        // A status or result field holding the reply: its code was lost ("Status=550 Too many messages" read as a rate
        // that waits).
        SmtpReply status = SmtpReply.parse("Status=550 Too many messages. Try again in 92 seconds.");
        assertThat(status.basicCode()).isEqualTo(OptionalInt.of(550));
        assertThat(status.text()).isEqualTo("Too many messages. Try again in 92 seconds.");
        assertThat(SmtpReply.parse("result=421 4.7.0 Too many connections").enhancedCode()).contains("4.7.0");
        assertThat(SmtpReply.parse("status=500 messages sent").basicCode()).isEmpty();
        // A quoted value ends at its closing quote when the log's next key=value field follows (logfmt): the relay
        // after it is the log's, not a part of the receiver's (a "TCP Write Error" read as the receiver's trouble).
        SmtpReply logfmt = SmtpReply.parse("level=warn msg=\"deferred\" response=\"420 TCP Write Error\" "
            + "relay=mx.example.net[192.0.2.1]:25 delay=1.2");
        assertThat(logfmt.basicCode()).isEqualTo(OptionalInt.of(420));
        assertThat(logfmt.text()).isEqualTo("TCP Write Error");
        assertThat(SmtpReply.parse("error='451 try this address in the next batch' host=mx.example.net attempt=3").text())
            .isEqualTo("try this address in the next batch");
        // OpenSMTPD's older relay line: the reply unquoted in its last field, "stat" (no code was read: a 5xx waited).
        SmtpReply stat = SmtpReply.parse("smtpd[4242]: relay: TempFail for c534b8c7f5ad4a41: session=a6ee64ec089bf84f, "
            + "from=<sender@example.com>, to=<user@example.net>, rcpt=<->, source=198.51.100.1, relay=192.0.2.1 "
            + "(mx.example.net), delay=6m41s, stat=550 5.7.1 Service unavailable");
        assertThat(stat.basicCode()).isEqualTo(OptionalInt.of(550));
        assertThat(stat.enhancedCode()).contains("5.7.1");
        assertThat(stat.text()).isEqualTo("Service unavailable");
    }

    @Test
    void parseShouldReadAJsonEncodersUnicodeEscapesAsTheCharacters() {
        // Go's encoding/json writes '<', '>' and '&' escaped; other encoders escape all non-ASCII.
        SmtpReply go = SmtpReply.parse("{\"msg\":\"deferred\",\"reply\":\"450 4.2.1 \\u003cuser@example.net\\u003e: mailbox busy "
            + "\\u0026 locked\"}");
        SmtpReply chinese = SmtpReply.parse("{\"reply\":\"451 \\u670d\\u52a1\\u6682\\u65f6\\u4e0d\\u53ef\\u7528\"}");
        // An escaped backslash before 'u' is no escape.
        SmtpReply path = SmtpReply.parse("451 4.3.0 cannot write C:\\\\u0041pp\\\\queue");

        assertThat(go.text()).startsWith("<user@example.net>: mailbox busy & locked");
        assertThat(chinese.text()).startsWith("服务暂时不可用");
        assertThat(path.text()).contains("\\\\u0041pp");
    }

    @Test
    void parseShouldReadAnEnhancedCodeWrittenWithAHashAfterTheBasicCode() {
        // Cisco AsyncOS: "421 #4.4.5 Too many connections from your host".
        SmtpReply asyncOs = SmtpReply.parse("421 #4.4.5 Too many connections from your host");
        // A '#' with no enhanced code after it stays text.
        SmtpReply ticket = SmtpReply.parse("451 #1234 queue full");

        assertThat(asyncOs.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(asyncOs.enhancedCode()).contains("4.4.5");
        assertThat(asyncOs.text()).isEqualTo("Too many connections from your host");
        assertThat(ticket.enhancedCode()).isEmpty();
        assertThat(ticket.text()).isEqualTo("#1234 queue full");
    }

    @Test
    void parseShouldReadRustLettresDisplayAndDebugForms() {
        // lettre's Display: "permanent error (550): text"; its Debug spells the three digits out.
        SmtpReply display = SmtpReply.parse("permanent error (550): no such user here");
        SmtpReply transient4xx = SmtpReply.parse("transient error (421): 4.7.0 Too many concurrent connections");
        SmtpReply debug = SmtpReply.parse("Permanent(Response { code: Code { severity: PermanentNegativeCompletion, "
            + "category: MailSystem, detail: Four }, message: [\"5.7.1 blocked\"] })");

        assertThat(display.basicCode()).isEqualTo(OptionalInt.of(550));
        // The library's words before the code are its own, not the receiver's ("transient error" once read as the
        // receiver's error by the general rule).
        assertThat(display.text()).isEqualTo("no such user here");
        assertThat(SmtpReply.parse("Error: transient error (451): Please try another server").text())
            .isEqualTo("Please try another server");
        assertThat(transient4xx.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(transient4xx.enhancedCode()).contains("4.7.0");
        assertThat(debug.basicCode()).isEqualTo(OptionalInt.of(554));
        assertThat(debug.enhancedCode()).contains("5.7.1");
        assertThat(debug.replyClass()).isEqualTo(SmtpReply.ReplyClass.PERMANENT);
    }

    @Test
    void parseShouldKeepTheCodeOpeningAReplyLineWhateverNumbersFollow() {
        SmtpReply reply = SmtpReply.parse("250 2.0.0 Ok: queued, 451 bytes");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(250));
        assertThat(reply.replyClass()).isEqualTo(SmtpReply.ReplyClass.POSITIVE);
    }

    @Test
    void parseShouldReadQmailsPermanentTrailer() {
        SmtpReply reply = SmtpReply.parse("sorry, too many emails (#5.7.1)");

        assertThat(reply.basicCode()).isEmpty();
        assertThat(reply.enhancedCode()).contains("5.7.1");
        assertThat(reply.replyClass()).isEqualTo(SmtpReply.ReplyClass.PERMANENT);
    }

    @Test
    void parseShouldReadQmailsTrailerAfterABasicCode() {
        SmtpReply reply = SmtpReply.parse("451 qq read error (#4.3.0)");

        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.enhancedCode()).contains("4.3.0");
        // A trailer of another class than the basic code is not taken.
        assertThat(SmtpReply.parse("451 sorry, try later (#5.7.1)").enhancedCode()).isEmpty();
    }

    @Test
    void parseShouldReadTheReplyExchangeQuotesNotItsOwn() {
        SmtpReply reply = SmtpReply.parse("451 4.4.0 Primary target IP address responded with: \"421 4.7.0 Too many "
            + "connections.\" Attempted failover to alternate host, but that did not succeed.");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many connections.");
        // Nested by a front end: the innermost quoted reply.
        SmtpReply nested = SmtpReply.parse("450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary "
            + "target IP address responded with: \"452 4.3.1 Insufficient system resources.\" Attempted failover'");
        assertThat(nested.basicCode()).hasValue(452);
        assertThat(nested.text()).isEqualTo("Insufficient system resources.");
        // The reply's own quotes stay inside it: Exchange's words resume after the last.
        assertThat(SmtpReply.parse("451 4.4.0 Primary target IP address responded with: \"421 4.7.0 \u30ed\u30fc\u30eb"
            + "\"mailer\"\u304b\u3089\u306e\u63a5\u7d9a\u304c\u591a\u3059\u304e\u307e\u3059.\" Attempted failover to alternate host")
            .text()).isEqualTo("\u30ed\u30fc\u30eb\"mailer\"\u304b\u3089\u306e\u63a5\u7d9a\u304c\u591a\u3059\u304e\u307e\u3059.");
        assertThat(SmtpReply.parse("451 4.4.0 Primary target IP address responded with: \"421 4.7.0 Too many connections "
            + "for role \"mailer\".\" Attempted failover to alternate host").text())
            .isEqualTo("Too many connections for role \"mailer\".");
        // Without Exchange's words after it, the first quote no letter follows ends the reply.
        assertThat(SmtpReply.parse("451 4.4.0 Primary target IP address responded with: \"421 4.7.0 Too many connections"
            + "\" and more").text()).isEqualTo("Too many connections");
    }

    @Test
    void parseShouldReadPhpMailersCodesAfterTheTextAndDropItsOwnWords() {
        SmtpReply reply = SmtpReply.parse("SMTP Error: data not accepted.SMTP server error: DATA END command failed "
            + "Detail: Too many concurrent connections SMTP code: 421 Additional SMTP info: 4.7.0");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many concurrent connections");
        // Without a code PHPMailer's words are all there is: kept.
        assertThat(SmtpReply.parse("SMTP server error: Failed to connect to server").text())
            .isEqualTo("SMTP server error: Failed to connect to server");
    }

    @Test
    void parseShouldReadPhpMailersCodesAfterTheTextInItsOtherLanguages() {
        // Its language files' labels (Spanish, French with a space before the colon, Japanese with none between words),
        // its SMTP class's "DATA END command failed" in English; the codes read, the text alone kept.
        SmtpReply spanish = SmtpReply.parse("Error SMTP: Datos no aceptados.Error del servidor SMTP: DATA END command failed "
            + "Detalle: Too many concurrent connections from your IP C\u00f3digo del servidor SMTP: 421 Informaci\u00f3n "
            + "adicional del servidor SMTP: 4.7.0");
        assertThat(spanish.basicCode()).hasValue(421);
        assertThat(spanish.enhancedCode()).contains("4.7.0");
        assertThat(spanish.text()).isEqualTo("Too many concurrent connections from your IP");
        SmtpReply french = SmtpReply.parse("Erreur SMTP : donn\u00e9es incorrectes.Erreur du serveur SMTP : DATA END command "
            + "failed D\u00e9tails : Temporary local problem - please try later Code SMTP : 451 Informations "
            + "suppl\u00e9mentaires SMTP : 4.3.0");
        assertThat(french.basicCode()).hasValue(451);
        assertThat(french.enhancedCode()).contains("4.3.0");
        assertThat(french.text()).isEqualTo("Temporary local problem - please try later");
        SmtpReply japanese = SmtpReply.parse("SMTP\u30a8\u30e9\u30fc: DATA END command failed \u8a73\u7d30: Rate limit "
            + "exceeded, slow down SMTP\u30b3\u30fc\u30c9: 450 SMTP\u8ffd\u52a0\u60c5\u5831: 4.7.1");
        assertThat(japanese.basicCode()).hasValue(450);
        assertThat(japanese.text()).isEqualTo("Rate limit exceeded, slow down");
        // English labels after another language's own words; no enhanced code.
        SmtpReply german = SmtpReply.parse("SMTP Fehler: Daten werden nicht akzeptiert.Fehler vom SMTP Server: DATA END "
            + "command failed Detail: Mailbox full SMTP code: 452");
        assertThat(german.basicCode()).hasValue(452);
        assertThat(german.enhancedCode()).isEmpty();
        assertThat(german.text()).isEqualTo("Mailbox full");
    }

    @Test
    void parseShouldReadBackUtf8ReadAsLatin1OrWindows1252AndUtf8WrittenAsQuotedPrintableEscapes() {
        assertThat(SmtpReply.parse("451 Zu viele Nachrichten, bitte sp\u00c3\u00a4ter erneut versuchen").text())
            .isEqualTo("Zu viele Nachrichten, bitte sp\u00e4ter erneut versuchen");
        // Windows-1252's own characters for the continuation bytes ("‚" for 0x82, "„" for 0x84).
        assertThat(SmtpReply.parse("421 Zbyt wiele po\u00c5\u201a\u00c4\u2026cze\u00c5\u201e").text())
            .isEqualTo("Zbyt wiele po\u0142\u0105cze\u0144");
        assertThat(SmtpReply.parse("421 Zbyt wiele po=C5=82=C4=85cze=C5=84 z Twojego adresu IP").text())
            .isEqualTo("Zbyt wiele po\u0142\u0105cze\u0144 z Twojego adresu IP");
        // Text that is no such garbling stays as written: a lone "Ã", a character no single byte stands for, bytes that
        // are not UTF-8, an equals sign before hexadecimal digits that are no letter's bytes.
        assertThat(SmtpReply.parse("451 Ã la carte").text()).isEqualTo("Ã la carte");
        assertThat(SmtpReply.parse("451 sp\u00c3\u00a4ter \u041e\u0448\u0438\u0431\u043a\u0430").text())
            .isEqualTo("sp\u00c3\u00a4ter \u041e\u0448\u0438\u0431\u043a\u0430");
        assertThat(SmtpReply.parse("451 \u00c3\u00a4\u00c3").text()).isEqualTo("\u00c3\u00a4\u00c3");
        assertThat(SmtpReply.parse("451 id=4F=20 queued").text()).isEqualTo("id=4F=20 queued");
    }

    @Test
    void parseShouldReadFullWidthLettersAndDigitsAsAsciiButKeepFullWidthPunctuation() {
        assertThat(SmtpReply.parse("421 4.7.0 \u540c\u4e00\uff29\uff30\u304b\u3089\u306e\u63a5\u7d9a\u304c\uff15\u4ef6\u3092\u8d85\u3048\u307e\u3057\u305f").text())
            .isEqualTo("\u540c\u4e00IP\u304b\u3089\u306e\u63a5\u7d9a\u304c5\u4ef6\u3092\u8d85\u3048\u307e\u3057\u305f");
        // The full-width comma the rules read in Chinese stays.
        assertThat(SmtpReply.parse("421 \u8fde\u63a5\u6570\u8fc7\u591a\uff0c\u8bf7\u7a0d\u540e\u91cd\u8bd5").text())
            .isEqualTo("\u8fde\u63a5\u6570\u8fc7\u591a\uff0c\u8bf7\u7a0d\u540e\u91cd\u8bd5");
    }

    @Test
    void parseShouldReadHalfWidthKatakanaAsItsFullWidthLettersWithTheirVoicedMarksJoined() {
        // "ｻｰﾊﾞｰが混雑しています｡" as a Shift_JIS system writes it: half-width katakana, a voiced mark after its letter,
        // the half-width full stop (the tables' 197 rows with katakana so written: 67 changed kind before).
        assertThat(SmtpReply.parse("421 \uff7b\uff70\uff8a\uff9e\uff70\u304c\u6df7\u96d1\u3057\u3066\u3044\u307e\u3059\uff61").text())
            .isEqualTo("\u30b5\u30fc\u30d0\u30fc\u304c\u6df7\u96d1\u3057\u3066\u3044\u307e\u3059\u3002");
        // Half-width Hangul's letters likewise, joined into their syllable; text around the runs is kept as it is.
        assertThat(SmtpReply.parse("421 4.7.0 \uffa1\uffc2 too many").text()).isEqualTo("\uac00 too many");
        assertThat(DeferralClassifier.defaults().classify("421 \uff9a\uff70\uff84\u5236\u9650\u3092\u8d85\u3048\u307e\u3057\u305f")
            .kind()).isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void parseShouldNotTakeEximsOwnWordsForTheReceivers() {
        SmtpReply reply = SmtpReply.parse("H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after "
            + "RCPT TO:<user@example.net>: 450 4.2.1 Mailbox busy");

        assertThat(reply.basicCode()).hasValue(450);
        assertThat(reply.text()).doesNotContain("error from remote mail server").endsWith("Mailbox busy");
    }

    @Test
    void parseShouldTakeTheNegativeReplyOfATranscript() {
        SmtpReply reply = SmtpReply.parse(" -> MAIL FROM:<a@example.com>\n <-  250 2.1.0 Ok\n -> RCPT TO:<b@example.net>\n"
            + "<** 451 4.7.1 Greylisted, try again in 300 seconds\n -> QUIT\n <-  221 2.0.0 Bye");

        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.enhancedCode()).contains("4.7.1");
        assertThat(reply.text()).isEqualTo("Greylisted, try again in 300 seconds");
    }

    @Test
    void parseShouldPreferASpecificEnhancedCodeToOneThatOnlyRestatesTheClass() {
        SmtpReply dsn = SmtpReply.parse("Status: 4.0.0\nDiagnostic-Code: smtp; 421 4.7.0 Too many connections");
        assertThat(dsn.enhancedCode()).contains("4.7.0");
        SmtpReply trailer = SmtpReply.parse("Status: 4.0.0\nDiagnostic-Code: smtp; 451 qq read error (#4.3.0)");
        assertThat(trailer.enhancedCode()).contains("4.3.0");
        // A specific Status stays.
        assertThat(SmtpReply.parse("Status: 4.7.0\nDiagnostic-Code: smtp; 421 4.0.0 busy").enhancedCode()).contains("4.7.0");
    }

    @Test
    void aStatusLabelBeforeABasicCodeShouldBeReadAsTheReplyNotSkippedAsADsnField() {
        // A DSN's Status field holds an enhanced code (RFC 3464); a label "Status: " before a basic code is a wrapper's
        // or a log's, and its reply was skipped whole (no code, no words: a connection limit read as no kind).
        SmtpReply labelled = SmtpReply.parse("Status: 421 Too many connections");
        assertThat(labelled.basicCode()).hasValue(421);
        assertThat(labelled.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify("status: 421 4.7.0 Too many concurrent connections from your IP")
            .kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A DSN's own Status field is still the reporter's and not the reply.
        SmtpReply dsn = SmtpReply.parse("Status: 4.4.7\nDiagnostic-Code: smtp; 421 Too many connections");
        assertThat(dsn.basicCode()).hasValue(421);
        assertThat(dsn.enhancedCode()).contains("4.4.7");
        assertThat(dsn.text()).isEqualTo("Too many connections");
    }

    @Test
    void parseShouldTakeTheCodeDotNetsSentenceNamesOverANumberInTheText() {
        SmtpReply reply = SmtpReply.parse("Transaction failed. The server response was: 5.0.0 upstream answered 429 "
            + "slow down");

        assertThat(reply.basicCode()).hasValue(554);
        assertThat(reply.enhancedCode()).contains("5.0.0");
        assertThat(reply.text()).contains("429");
    }

    @Test
    void parseShouldDropTheLibrarysNameForTheFailure() {
        assertThat(SmtpReply.parse("Net::SMTPServerBusy: 451 4.3.0 Try again later").text()).isEqualTo("Try again later");
        assertThat(SmtpReply.parse("Email::Sender::Failure: 451 4.3.0 Try again later").text())
            .isEqualTo("Try again later");
        SmtpReply mailKit = SmtpReply.parse("MailKit.Net.Smtp.SmtpCommandException: 4.7.0 Too many connections");
        assertThat(mailKit.enhancedCode()).contains("4.7.0");
        assertThat(mailKit.text()).isEqualTo("Too many connections");
        // PHP's classes in a namespace and Zend Framework 1's underscored ones, whose message lacks the basic code.
        SmtpReply laminas = SmtpReply.parse("Laminas\\Mail\\Protocol\\Exception\\RuntimeException: 4.7.0 Too many "
            + "connections\r\n");
        assertThat(laminas.enhancedCode()).contains("4.7.0");
        assertThat(laminas.text()).isEqualTo("Too many connections");
        assertThat(SmtpReply.parse("Zend_Mail_Protocol_Exception: Service stopping\r\n").text()).isEqualTo("Service stopping");
        // A host name before a colon is no class name.
        assertThat(SmtpReply.parse("421 mx.example.net Error: too many connections").text())
            .isEqualTo("mx.example.net Error: too many connections");
    }

    @Test
    void parseShouldSkipStackFramesAndSpringsOwnLines() {
        SmtpReply reply = SmtpReply.parse("org.springframework.mail.MailSendException: Failed messages: "
            + "com.sun.mail.smtp.SMTPSendFailedException: 451 4.3.0 Proxy failed\n; message exception details (1) are:\n"
            + "Failed message 1:\ncom.sun.mail.smtp.SMTPSendFailedException: 451 4.3.0 Proxy failed\n"
            + "\tat com.sun.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2374)\n"
            + "    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19) {\n"
            + "  File \"/usr/lib/python3.11/smtplib.py\", line 901, in sendmail");

        assertThat(reply.basicCode()).hasValue(451);
        // Spring quotes the reply twice: its words once (read twice, "Disk quota of the mail spool exceeded Disk quota"
        // had read as a mailbox's quota).
        assertThat(reply.text()).isEqualTo("Proxy failed");
    }

    @Test
    void parseShouldNotTakeANumberOfAnotherClassAfterAnEnhancedCodeForTheCode() {
        SmtpReply reply = SmtpReply.parse("Relay said: 5.0.0 upstream answered 429 slow down");

        assertThat(reply.basicCode()).isEmpty();
        assertThat(reply.enhancedCode()).contains("5.0.0");
        assertThat(reply.text()).contains("429 slow down");
    }

    @Test
    void parseShouldReadAMultiLineReplyAsOneSentenceWhereverItsLinesWereJoined() {
        // Postfix's log joins the lines with their codes.
        SmtpReply postfix = SmtpReply.parse("host mx.example.net[192.0.2.1] said: 421-4.7.28 Gmail has detected an unusual "
            + "rate of unsolicited mail. To protect 421-4.7.28 our users from spam, mail has been temporarily rate "
            + "limited. 421 4.7.28 Review our guidelines. (in reply to end of DATA command)");
        assertThat(postfix.enhancedCode()).contains("4.7.28");
        assertThat(postfix.text()).doesNotContain("421").contains("To protect our users from spam")
            .contains("rate limited. Review");
        // Without an enhanced code: a continuation's code, and the last line's after one.
        assertThat(SmtpReply.parse("said: 421-You made too many 421 connections").text())
            .isEqualTo("You made too many connections");
        // Python's smtplib cuts each line's basic code off, keeps its enhanced code and escapes the line end.
        SmtpReply python = SmtpReply.parse("smtplib.SMTPDataError: (421, b'4.7.0 Error: too\\n4.7.0 many connections')");
        assertThat(python.basicCode()).hasValue(421);
        assertThat(python.text()).isEqualTo("Error: too many connections");
        // A line it goes on with that opens with a count is the text's, not a reply of its own (magma's limit, the
        // hundred-and-thirteenth table, split as WrappedReplyTest splits it).
        SmtpReply count = SmtpReply.parse("smtplib.SMTPDataError: (451, b'MAILBOX UNAVAILABLE - THE ACCOUNT IS CONFIGURED"
            + " NOT TO ACCEPT MORE THAN\\n256 MESSAGES FROM ANY SINGLE SUBNET IN A TWENTY-FOUR HOUR PERIOD')");
        assertThat(count.basicCode()).hasValue(451);
        assertThat(count.text()).endsWith("MORE THAN 256 MESSAGES FROM ANY SINGLE SUBNET IN A TWENTY-FOUR HOUR PERIOD");
        // A line it goes on with that holds only an address is the text's too, not a `postqueue -p` recipient line
        // (the hundred-and-twenty-eighth table's row split as WrappedReplyTest splits it).
        assertThat(SmtpReply.parse("smtplib.SMTPDataError: (452, b'Insufficient channel storage:\\nuser@example.net')").text())
            .isEqualTo("Insufficient channel storage: user@example.net");
        assertThat(SmtpReply.parse("452 4.2.2 Mailbox full\nuser@example.net").text()).isEqualTo("Mailbox full");
        // A string a log cut short ends at a blank line: a reply quoted below it is read as the same reply unwrapped
        // reads it, its code not taken for words.
        String below = "4.7.1 Greylisted, try later\n\n421 4.7.0 Too many connections";
        SmtpReply cut = SmtpReply.parse("smtplib.SMTPDataError: (451, b'" + below);
        assertThat(cut.text()).isEqualTo(SmtpReply.parse("451 " + below).text()).doesNotContain("421");
    }

    @Test
    void parseShouldKeepCountsAndTrailersThatRepeatACode() {
        assertThat(SmtpReply.parse("450 4.7.1 sent 450 messages today").text()).isEqualTo("sent 450 messages today");
        assertThat(SmtpReply.parse("451 connection to mail server timed out (#4.4.1)").text())
            .isEqualTo("connection to mail server timed out (#4.4.1)");
        // "at" opening a line is a stack frame only with a qualified name and its parenthesis.
        assertThat(SmtpReply.parse("451 Cannot resolve <user@example.com>\nat this time").text())
            .isEqualTo("Cannot resolve <user@example.com> at this time");
    }

    @Test
    void parseShouldKeepWordsThatRunOnIntoACodeButNotAWrappersNarrative() {
        assertThat(SmtpReply.parse("failed to send mail: 421 4.7.0 Try again later").text()).isEqualTo("Try again later");
        assertThat(SmtpReply.parse("Laminas\\Mail\\Protocol\\Exception\\RuntimeException: 451 4.3.0 Proxy failed").text())
            .isEqualTo("Proxy failed");
        // No colon or quote hands over to a reply: the words are the reply's.
        SmtpReply count = SmtpReply.parse("You have exceeded the limit of 450 messages per hour");
        assertThat(count.text()).contains("You have exceeded the limit of").contains("messages per hour");
    }

    @Test
    void parseShouldReadMailgunsCodeAndMessageFields() {
        SmtpReply reply = SmtpReply.parse("{\"delivery-status\": {\"code\": 421, \"message\": \"4.7.0 Too many \\\"concurrent\\\""
            + " connections\", \"attempt-no\": 1}}");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many \"concurrent\" connections");
    }

    @Test
    void parseShouldReadTheCodeAndTextOfAnErrorPrintedWithBareKeys() {
        // Go's "%#v" and "%+v" of a *textproto.Error, and the keyword forms other languages' objects print: without
        // the code, a 5xx in them read as its words' transient kind.
        SmtpReply goSyntax = SmtpReply.parse("send failed: &textproto.Error{Code:550, Msg:\"5.7.1 Too many \\\"bad\\\" "
            + "connections\\nfrom your IP\"}");
        SmtpReply goFields = SmtpReply.parse("send failed: &{Code:421 Msg:4.7.0 Too many connections from your IP}");
        SmtpReply keywords = SmtpReply.parse("SmtpClientException(code=554, message='Too many \\'x\\' connections')");
        SmtpReply object = SmtpReply.parse("{ code: 451, command: 'RCPT', response: \"4.3.0 Temporary failure\" }");

        assertThat(goSyntax.basicCode()).hasValue(550);
        assertThat(goSyntax.enhancedCode()).contains("5.7.1");
        assertThat(goSyntax.text()).isEqualTo("Too many \"bad\" connections from your IP");
        assertThat(goFields.basicCode()).hasValue(421);
        assertThat(goFields.text()).isEqualTo("Too many connections from your IP");
        assertThat(keywords.basicCode()).hasValue(554);
        assertThat(keywords.text()).isEqualTo("Too many 'x' connections");
        assertThat(object.basicCode()).hasValue(451);
        assertThat(object.enhancedCode()).contains("4.3.0");
        assertThat(DeferralClassifier.defaults().classify("&textproto.Error{Code:550, Msg:\"Too many connections\"}").kind())
            .isEqualTo(DeferralKind.PERMANENT);
        // A code in other words, no quoted text field after it: the words stay the reply's.
        assertThat(SmtpReply.parse("Unexpected status code=421 while connecting").basicCode()).isEmpty();
    }

    @Test
    void parseShouldReadTheCodeAndTextOfADictOrAHashAndAFieldNamedError() {
        // Python's dict, Ruby's hash (string keys, symbols) and a record whose text field is named "error": the text was
        // lost ("421 message"), so every connection limit so logged read as no kind (a probe of the plain rows read
        // right: 9,959 of 11,798 changed kind in each form, 1,361 connection limits lost; none now).
        SmtpReply python = SmtpReply.parse("{'smtp_code': 421, 'smtp_error': b'4.7.0 Too many connections from your IP'}");
        assertThat(python.basicCode()).hasValue(421);
        assertThat(python.enhancedCode()).hasValue("4.7.0");
        assertThat(python.text()).isEqualTo("Too many connections from your IP");
        // A translated reply in a dict's bytes takes four characters a byte (written batch 167's Russian row: 3,382).
        String russian = "\u0421\u043b\u0438\u0448\u043a\u043e\u043c \u043c\u043d\u043e\u0433\u043e "
            + "\u043f\u043e\u0434\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u0439 \u0441 IP-\u0430\u0434\u0440\u0435\u0441\u0430. ";
        String text = russian.repeat(12).strip();
        StringBuilder escaped = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            escaped.append(b >= 0x20 ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
        }
        assertThat(escaped.length()).isGreaterThan(2048);
        SmtpReply translated = SmtpReply.parse("{'smtp_code': 421, 'smtp_error': b'4.7.0 " + escaped + "'}");
        assertThat(translated.basicCode()).hasValue(421);
        assertThat(translated.text()).isEqualTo(text);
        SmtpReply ruby = SmtpReply.parse("{\"code\"=>421, \"message\"=>\"Too many \\\"open\\\" connections\"}");
        assertThat(ruby.basicCode()).hasValue(421);
        assertThat(ruby.text()).isEqualTo("Too many \"open\" connections");
        SmtpReply symbols = SmtpReply.parse("{:code=>550, :message=>\"Too many messages. Try again in 92 seconds.\"}");
        assertThat(symbols.basicCode()).hasValue(550);
        assertThat(DeferralClassifier.defaults().classify("{:code=>550, :message=>\"Too many messages.\"}").kind())
            .isEqualTo(DeferralKind.PERMANENT);
        SmtpReply json = SmtpReply.parse("{\"error\": \"4.3.0 Temporary failure\", \"code\": 451}");
        assertThat(json.basicCode()).hasValue(451);
        assertThat(json.enhancedCode()).hasValue("4.3.0");
        assertThat(json.text()).isEqualTo("Temporary failure");
        // nodemailer's error as Node's util.inspect prints it: an apostrophe escaped inside its single-quoted string.
        SmtpReply inspected = SmtpReply.parse("{ code: 'EENVELOPE', response: '421 4.7.0 La limite d\\'utilisateurs de "
            + "l\\'adresse IP est d\u00e9pass\u00e9e', responseCode: 421, command: 'RCPT TO' }");
        assertThat(inspected.text()).isEqualTo("La limite d'utilisateurs de l'adresse IP est d\u00e9pass\u00e9e");
    }

    @Test
    void aLabelNamingTheCodeWithAColonAfterItShouldNotBeTheRepliesWords() {
        // "Unexpected reply code 421: …", "Delivery failed with code 451: …": the sender's words ran into the reply's
        // ("Delivery failed with code Too much mail for this mailbox" read as the mailbox's; a probe of the plain rows
        // read right: 14 and 43 of 11,798 changed kind, 2 connection limits lost in each; none now).
        SmtpReply reply = SmtpReply.parse("Delivery failed with code 451: 4.7.1 Too much mail for this mailbox, try again later");
        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.text()).isEqualTo("Too much mail for this mailbox, try again later");
        assertThat(SmtpReply.parse("Unexpected reply code 421: Max connections").text()).isEqualTo("Max connections");
        assertThat(DeferralClassifier.defaults().classify("Unexpected reply code 421: Max connections").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void parseShouldReadAJsonStringsTypographicQuotesAsTheRepliesOwn() {
        // A translator's quotes (U+201C, U+201D) need no escape in JSON; read as ASCII ones they do not end the string,
        // which ends at the quote the object's structure follows (written batch 167).
        SmtpReply reply = SmtpReply.parse("{\"delivery-status\": {\"code\": 421, \"message\": \"4.7.0 连接\u201cCID-42\u201d\uff1a"
            + "用户\u201cuser1\u201d的会话过多\", \"attempt-no\": 1}}");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("连接\"CID-42\":用户\"user1\"的会话过多");
    }

    @Test
    void parseShouldReadAJsonRecordsCodeAndTextFieldsWhateverTheirNamesAndOrder() {
        SmtpReply codeFirst = SmtpReply.parse("{\"status\":\"deferred\",\"smtp_code\":451,\"smtp_message\":\"4.3.0 Temporary "
            + "system failure\"}");
        SmtpReply textFirst = SmtpReply.parse("{\"reason\": \"4.7.0 Too many connections\", \"attempt\": 2, \"host\": "
            + "\"mx.example.net\", \"reply_code\": \"421\"}");
        SmtpReply whole = SmtpReply.parse("{\"responseCode\":421,\"response\":\"421 4.7.0 Too many connections\"}");

        assertThat(codeFirst.basicCode()).hasValue(451);
        assertThat(codeFirst.enhancedCode()).contains("4.3.0");
        assertThat(codeFirst.text()).isEqualTo("Temporary system failure");
        assertThat(textFirst.basicCode()).hasValue(421);
        assertThat(textFirst.enhancedCode()).contains("4.7.0");
        assertThat(textFirst.text()).isEqualTo("Too many connections");
        // The text field holding the whole reply is not prefixed with its code again.
        assertThat(whole.basicCode()).hasValue(421);
        assertThat(whole.text()).isEqualTo("Too many connections");
        // The enhanced code in a field of its own between them (maddy's log), read unless the text has one; "0.0.0",
        // maddy's none, is none.
        SmtpReply maddy = SmtpReply.parse("queue: delivery attempt failed\t{\"msg_id\":\"d69f4329\",\"rcpt\":"
            + "\"user@example.net\",\"smtp_code\":452,\"smtp_enchcode\":\"4.2.2\",\"smtp_msg\":\"mx.example.net. said: "
            + "Mailbox full\",\"target\":\"remote\"}");
        assertThat(maddy.basicCode()).hasValue(452);
        assertThat(maddy.enhancedCode()).contains("4.2.2");
        SmtpReply both = SmtpReply.parse("{\"smtp_code\":451,\"dsn\":\"4.7.1\",\"message\":\"4.3.0 Temporary failure\"}");
        assertThat(both.enhancedCode()).contains("4.3.0");
        // A blank text field between the code and the text is not the text (Mailgun's "description").
        SmtpReply blank = SmtpReply.parse("{\"code\":450,\"description\":\"\",\"attempt-no\":1,\"message\":\"4.7.0 Busy\"}");
        assertThat(blank.enhancedCode()).contains("4.7.0");
        assertThat(blank.text()).isEqualTo("Busy");
        SmtpReply none = SmtpReply.parse("{\"smtp_code\":421,\"smtp_enchcode\":\"0.0.0\",\"smtp_msg\":\"Busy\"}");
        assertThat(none.basicCode()).hasValue(421);
        assertThat(none.enhancedCode()).isEmpty();
        // The same in a log's bare key=value fields; a status named in the text's own words is not such a field.
        SmtpReply logfmt = SmtpReply.parse("level=warn msg=\"delivery deferred\" smtp_code=450 smtp_status=4.3.2 "
            + "smtp_text=\"Temporary Failure.\"");
        assertThat(logfmt.enhancedCode()).contains("4.3.2");
        assertThat(logfmt.text()).isEqualTo("Temporary Failure.");
        assertThat(SmtpReply.parse("{\"code\":421,\"message\":\"Rejected, see status: 5.7.1 policy\"}").enhancedCode())
            .isEmpty();
    }

    @Test
    void parseShouldNotTakeAnEnhancedCodeOrAnotherNumberForAJsonRecordsCode() {
        // A status field holding an enhanced code, a count called a code: no reply's code.
        SmtpReply reply = SmtpReply.parse("{\"diagnosticCode\":\"smtp; 421 4.7.0 Try later\",\"status_code\":\"4.4.7\"}");
        SmtpReply count = SmtpReply.parse("{\"error_code\": 4210, \"message\": \"quota\"}");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).contains("4.7.0");
        assertThat(reply.text()).startsWith("Try later");
        assertThat(count.basicCode()).isEmpty();
    }

    @Test
    void parseShouldReadTheFieldOfARecordThatHoldsTheWholeReplyNotTheReportersOwnFields() {
        // sisimai's record: its own reason label sits between the reply's field and its code field.
        SmtpReply sisimai = SmtpReply.parse("{\"action\":\"delayed\",\"deliverystatus\":\"4.7.0\",\"diagnosticcode\":\"421 "
            + "4.7.0 Too many concurrent SMTP connections\",\"diagnostictype\":\"SMTP\",\"lhost\":\"mx.example.org\","
            + "\"reason\":\"toomanyconn\",\"recipient\":\"user@example.net\",\"replycode\":\"421\",\"smtpcommand\":\"RCPT\"}");
        // Amazon SES's delivery delay event: its subject, its delay type and its status are SES's, not the receiver's.
        SmtpReply ses = SmtpReply.parse("{\"eventType\":\"DeliveryDelay\",\"mail\":{\"source\":\"sender@example.org\","
            + "\"commonHeaders\":{\"subject\":\"Your monthly rate summary\"}},\"deliveryDelay\":{\"delayType\":\"MailboxFull\","
            + "\"delayedRecipients\":[{\"emailAddress\":\"user@example.net\",\"status\":\"4.4.1\",\"diagnosticCode\":\"smtp; "
            + "450 Temporarily unavailable, try again later\\nplease\"}],\"reportingMTA\":\"a1-2.smtp-out.amazonses.com\"}}");

        assertThat(sisimai.basicCode()).hasValue(421);
        assertThat(sisimai.enhancedCode()).contains("4.7.0");
        assertThat(sisimai.text()).isEqualTo("Too many concurrent SMTP connections");
        // The same record as Python prints a dict and Ruby a hash: the fields after a short reply are not its words.
        SmtpReply dict = SmtpReply.parse("{'action': 'delayed', 'deliverystatus': '4.0.0', 'diagnosticcode': '421 Overload', "
            + "'diagnostictype': 'SMTP', 'reason': 'undefined', 'replycode': '421'}");
        SmtpReply hash = SmtpReply.parse("{\"deliverystatus\"=>\"4.0.0\", \"diagnosticcode\"=>\"421 Overload\", \"lhost\"=>"
            + "\"mx.example.org\", \"reason\"=>\"undefined\", \"replycode\"=>\"421\"}");
        assertThat(dict.text()).isEqualTo("Overload");
        assertThat(hash.text()).isEqualTo("Overload");
        assertThat(ses.basicCode()).hasValue(450);
        assertThat(ses.text()).isEqualTo("Temporarily unavailable, try again later please");
        assertThat(DeferralClassifier.defaults().classify(ses).kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        // The same event as Amazon SNS delivers it: the record a string in the notification's "Message" field.
        SmtpReply sns = SmtpReply.parse("{\"Type\":\"Notification\",\"TopicArn\":\"arn:aws:sns:us-east-1:123456789012:ses\","
            + "\"Message\":\"{\\\"notificationType\\\":\\\"Bounce\\\",\\\"bounce\\\":{\\\"bounceType\\\":\\\"Transient\\\","
            + "\\\"bounceSubType\\\":\\\"MailboxFull\\\",\\\"bouncedRecipients\\\":[{\\\"status\\\":\\\"4.2.2\\\","
            + "\\\"diagnosticCode\\\":\\\"smtp; 421 4.7.0 Too many connections, \\\\\\\"slow down\\\\\\\"\\\"}]}}\","
            + "\"Timestamp\":\"2020-06-16T00:15:41.000Z\"}");
        assertThat(sns.basicCode()).hasValue(421);
        assertThat(sns.enhancedCode()).contains("4.7.0");
        assertThat(sns.text()).isEqualTo("Too many connections, \"slow down\"");
    }

    @Test
    void parseShouldEndAnMtaLogLinesReplyAtItsLogRecordsClosingQuote() {
        String line = "postfix/smtp[1234]: 4AbCdE: to=<user@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=4.0.0, "
            + "status=deferred (host mx.example.net[192.0.2.1] said: 421 Overload (in reply to RCPT TO command))";
        // A container's log record (the line's end escaped before the closing quote) and a GELF record.
        SmtpReply docker = SmtpReply.parse("{\"log\":\"Nov 28 10:00:00 mx " + line + "\\n\",\"stream\":\"stdout\","
            + "\"time\":\"2024-05-21T12:55:01.552143Z\"}");
        SmtpReply gelf = SmtpReply.parse("{\"version\":\"1.1\",\"host\":\"mx\",\"short_message\":\"" + line
            + "\",\"timestamp\":1716296101.552,\"level\":6,\"_facility\":\"mail\"}");

        assertThat(docker.basicCode()).hasValue(421);
        assertThat(docker.text()).isEqualTo("Overload");
        assertThat(gelf.basicCode()).hasValue(421);
        assertThat(gelf.text()).isEqualTo("Overload");
    }

    @Test
    void parseShouldDropApacheCommonsEmailsOwnSentenceAndJavasCausedBy() {
        SmtpReply reply = SmtpReply.parse("org.apache.commons.mail.EmailException: Sending the email to the following server "
            + "failed : smtp.example.com:25\nCaused by: com.sun.mail.smtp.SMTPAddressFailedException: 450 4.2.1 Mailbox busy");

        assertThat(reply.basicCode()).hasValue(450);
        assertThat(reply.text()).doesNotContain("server failed").endsWith("Mailbox busy");
    }

    @Test
    void parseShouldReadASmallClientsDebugLogAndAMarkerOnALineOfItsOwn() {
        // "SMTP< " before each line the client read, "SMTP> " before each it sent, maybe after a bracketed time.
        SmtpReply debug = SmtpReply.parse("[12:55:01] SMTP> MAIL FROM:<sender@example.org>\n[12:55:01] SMTP< 250 2.1.0 Ok\n"
            + "[12:55:01] SMTP> RCPT TO:<user@example.net>\n[12:55:01] SMTP< 451 Not Authorized\n[12:55:01] SMTP> QUIT");
        assertThat(debug.basicCode()).hasValue(451);
        assertThat(debug.text()).isEqualTo("Not Authorized");
        // Apple Mail's alert: its own sentence, then .NET's marker on a line of its own.
        SmtpReply apple = SmtpReply.parse("Cannot send message using the server smtp.example.com.\nThe server response was: "
            + "Temporary local problem - please try later");
        assertThat(apple.text()).isEqualTo("Temporary local problem - please try later");
    }

    @Test
    void parseShouldEndAReplyAtTheParenthesisThatClosesItsLine() {
        // Sendmail's mailq listing: the reply in parentheses, then the recipient and the request count.
        SmtpReply mailq = SmtpReply.parse("\t\t/var/spool/mqueue (1 request)\n-----Q-ID----- --Size-- -----Q-Time----- "
            + "------------Sender/Recipient-----------\nxB7CtE01234567     1234 Mon Dec  7 12:55 <sender@example.org>\n"
            + "                 (Deferred: 421 Overload)\n\t\t\t\t\t <user@example.net>\n\t\tTotal requests: 1");
        assertThat(mailq.basicCode()).hasValue(421);
        assertThat(mailq.text()).isEqualTo("Overload");
        // A parenthesis of the reply's own that closes on its line ends nothing.
        SmtpReply folded = SmtpReply.parse("(host mx.example.net[192.0.2.1] said: 421 4.7.0 Too many connections (max 2)\n"
            + "    from your IP (in reply to RCPT TO command))");
        assertThat(folded.text()).contains("from your IP");
    }

    @Test
    void parseShouldReadTheReplyAfterALabelsCommaAndInsideAJsonStringsEscapedQuotes() {
        // Mailman 3's smtp log: the code after "failed with code", a comma, then the text as smtplib's bytes (or a str).
        SmtpReply mailman = SmtpReply.parse("Dec 07 12:55:01 2026 (1234) <msg@example.org> delivery to user@example.net "
            + "failed with code 421, b'mail.example.net out of connection slots'");
        assertThat(mailman.basicCode()).hasValue(421);
        assertThat(mailman.text()).isEqualTo("mail.example.net out of connection slots");
        SmtpReply plain = SmtpReply.parse("delivery to user@example.net failed with code 451, 4.7.1 Too much mail for "
            + "this mailbox, try again later");
        assertThat(plain.enhancedCode()).hasValue("4.7.1");
        assertThat(plain.text()).isEqualTo("Too much mail for this mailbox, try again later");
        // A tuple's string still opens after the code's comma ("(450, b'…')"); a comma and a number is no code's.
        assertThat(SmtpReply.parse("smtplib.SMTPDataError: (451, b'4.3.0 Try again')").text()).isEqualTo("Try again");
        // Nextcloud's JSON log of Symfony Mailer's error: the reply between escaped quotes inside the "message" string,
        // the record's other fields after it; a typographic quote in the reply is not the string's end.
        SmtpReply nextcloud = SmtpReply.parse("{\"reqId\":\"AbCdEf\",\"level\":3,\"app\":\"core\",\"message\":\"Failed to "
            + "send mail: Expected response code \\\"250\\\" but got code \\\"421\\\", with message \\\"421 4.7.0 "
            + "Connection \u201cCID-42\u201d: Too many connections from your IP\\\".\",\"userAgent\":\"Mozilla/5.0\","
            + "\"version\":\"28.0.0.11\"}");
        assertThat(nextcloud.basicCode()).hasValue(421);
        assertThat(nextcloud.text()).isEqualTo("Connection \"CID-42\": Too many connections from your IP");
    }

    @Test
    void parseShouldEndAReplyAtTheWrappersParenthesisClosingOnTheNextLine() {
        // Outlook's error: the reply's line end kept inside the wrapper's parenthesis, then the wrapper's sentence.
        SmtpReply outlook = SmtpReply.parse("InvalidRecipientsException: Invalid recipients were provided for the message: "
            + "'727' (421 Transaction failed (Msg)\r\n). --> Unexpected SMTP server response. Expected: 250, actual: 421, "
            + "whole response: 421 Transaction failed (Msg)\r\n \r\nFailure code: 8a7c");
        assertThat(outlook.basicCode()).hasValue(421);
        assertThat(outlook.text()).isEqualTo("Transaction failed (Msg)");
        // A line closing a parenthesis the reply opened itself is the reply's.
        assertThat(SmtpReply.parse("Error (421 Too many connections (max 2 from\n) your IP").text()).contains("your IP");
    }

    @Test
    void parseShouldDropTheNarrativeLinesOfANoticeBeforeTheReplyItQuotes() {
        SmtpReply gmail = SmtpReply.parse("Technical details of temporary failure:\nGoogle tried to deliver your message, "
            + "but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.1].\n\n"
            + "The error that the other server returned was:\n451 4.3.0 Mail server temporarily rejected message.");
        assertThat(gmail.basicCode()).hasValue(451);
        assertThat(gmail.text()).isEqualTo("Mail server temporarily rejected message.");
        SmtpReply hMailServer = SmtpReply.parse("Error Type: SMTP\nRemote server (192.0.2.1) issued an error.\n"
            + "hMailServer sent: RCPT TO:<user@example.net>\nRemote server replied: 450 4.2.1 Mailbox busy");
        assertThat(hMailServer.text()).isEqualTo("Mailbox busy");
        // Lines holding an enhanced code are a reply whose basic code a library cut off: kept.
        assertThat(SmtpReply.parse("4.5.0 Error in processing\nquarantine said: 451 4.5.0 Local delivery failed").text())
            .contains("Error in processing");
    }

    @Test
    void parseShouldReadAFormEncodedReplyAndARecordsCodeFields() {
        // A webhook's form body or a query string: "+" and "%20" for blanks.
        SmtpReply form = SmtpReply.parse("421+4.7.0+Too+many+concurrent+connections+from+your+IP");
        assertThat(form.basicCode()).hasValue(421);
        assertThat(form.enhancedCode()).contains("4.7.0");
        assertThat(form.text()).isEqualTo("Too many concurrent connections from your IP");
        assertThat(SmtpReply.parse("421%204.7.0%20Too%20many%20connections").text()).isEqualTo("Too many connections");
        // A "%" that opens no escape stays as it is; the rest is decoded.
        SmtpReply percent = SmtpReply.parse("451+4.7.1+Sending+quota+at+100%+of+its+limit");
        assertThat(percent.basicCode()).hasValue(451);
        assertThat(percent.text()).isEqualTo("Sending quota at 100% of its limit");
        assertThat(SmtpReply.formDecoded("%e2%80%99s+%zz+%4")).isEqualTo("\u2019s %zz %4");
        // IIS's SMTP log: the reply one field of a line of fields, its blanks "+"; the log's fields after it left out.
        SmtpReply iis = SmtpReply.parse("2026-11-28 10:00:01 192.0.2.1 OutboundConnectionResponse SMTPSVC1 WEB01 - 25 - - "
            + "421+4.7.0+Too+many+connections+from+your+IP 0 0 56 0 218 SMTP - - - -");
        assertThat(iis.basicCode()).hasValue(421);
        assertThat(iis.enhancedCode()).contains("4.7.0");
        assertThat(iis.text()).isEqualTo("Too many connections from your IP");
        assertThat(SmtpReply.parse("2026-11-28 10:00:01 192.0.2.1 OutboundConnectionResponse SMTPSVC1 WEB01 - 25 - - "
            + "421+Unavailable 0 0 56 0 218 SMTP - - - -").text()).isEqualTo("Unavailable");
        // A "+" that joins numbers or follows one, in a reply with blanks, is the reply's own.
        assertThat(SmtpReply.parse("452 4.5.3 Over 250+ recipients, try 250+250+250 next time").text())
            .isEqualTo("Over 250+ recipients, try 250+250+250 next time");
        // A CSV export's and a JSON array's fields: the codes and the text apart, quoted or not.
        SmtpReply quoted = SmtpReply.parse("\"user@example.net\",\"deferred\",\"421\",\"4.7.0\",\"Too many concurrent connections\"");
        assertThat(quoted.basicCode()).hasValue(421);
        assertThat(quoted.enhancedCode()).contains("4.7.0");
        assertThat(quoted.text()).isEqualTo("Too many concurrent connections");
        SmtpReply array = SmtpReply.parse("[\"421\", \"4.7.0\", \"Too many concurrent connections\"]");
        assertThat(array.basicCode()).hasValue(421);
        assertThat(array.text()).isEqualTo("Too many concurrent connections");
        SmtpReply csv = SmtpReply.parse("2026-11-30 05:00:01,user@example.net,550,5.1.1,Mailbox does not exist");
        assertThat(csv.basicCode()).hasValue(550);
        assertThat(csv.enhancedCode()).contains("5.1.1");
        assertThat(csv.text()).isEqualTo("Mailbox does not exist");
    }

    @Test
    void parseShouldTakeTheNegativeReplyOfADebugTranscriptWhoseLinesAreLabelled() {
        // PHPMailer's debug output (SMTPDebug 2): its time stamp, its labels, a multi-line reply's lines indented, its
        // error line and its ErrorInfo repeating the reply. The 250 read first had kept its code, the 550 read as text.
        String stamp = "2026-11-28 10:00:01\t";
        String indent = "\n                   \t                  ";
        SmtpReply phpMailer = SmtpReply.parse(stamp + "SERVER -> CLIENT: 220 mx.example.net ESMTP Postfix\n"
            + stamp + "CLIENT -> SERVER: EHLO mail.example.com\n"
            + stamp + "SERVER -> CLIENT: 250-mx.example.net" + indent + "250 8BITMIME\n"
            + stamp + "CLIENT -> SERVER: MAIL FROM:<sender@example.com>\n"
            + stamp + "SERVER -> CLIENT: 550-5.7.1 Service unavailable;" + indent + "550 5.7.1 client host blocked\n"
            + stamp + "SMTP ERROR: MAIL FROM command failed: 550-5.7.1 Service unavailable;" + indent
            + "550 5.7.1 client host blocked\n"
            + stamp + "SMTP Error: The following from address failed: sender@example.com : MAIL FROM command failed,"
            + "Service unavailable;" + indent + "client host blocked" + indent + ",550,5.7.1\n"
            + stamp + "CLIENT -> SERVER: QUIT\n" + stamp + "SERVER -> CLIENT: 221 2.0.0 Bye");
        assertThat(phpMailer.basicCode()).hasValue(550);
        assertThat(phpMailer.enhancedCode()).contains("5.7.1");
        assertThat(phpMailer.text()).isEqualTo("Service unavailable; client host blocked");
        // Its older releases' labels, with no space after the server's.
        SmtpReply older = SmtpReply.parse("SMTP -> FROM SERVER:250 OK\nCLIENT -> SMTP: RCPT TO:<user@example.net>\n"
            + "SMTP -> FROM SERVER:450 4.2.1 Mailbox busy, try later\n"
            + "SMTP -> ERROR: RCPT not accepted from server: 450 4.2.1 Mailbox busy, try later");
        assertThat(older.basicCode()).hasValue(450);
        assertThat(older.text()).isEqualTo("Mailbox busy, try later");
        // A browser's rendering of its HTML output, each entry ended by its line break tag.
        SmtpReply html = SmtpReply.parse("2026-11-28 10:00:01 SERVER -&gt; CLIENT: 250 OK<br>\n"
            + "2026-11-28 10:00:01 SERVER -&gt; CLIENT: 421 4.7.0 Too many connections<br>");
        assertThat(html.basicCode()).hasValue(421);
        assertThat(html.text()).isEqualTo("Too many connections");
        // At the debug level that logs only the client's lines, the error line quotes the reply and is read.
        SmtpReply clientOnly = SmtpReply.parse(stamp + "CLIENT -> SERVER: MAIL FROM:<sender@example.com>\n"
            + stamp + "SMTP ERROR: MAIL FROM command failed: 421 4.7.0 Too many connections");
        assertThat(clientOnly.basicCode()).hasValue(421);
        assertThat(clientOnly.text()).isEqualTo("Too many connections");
        // Exim's debug output and Perl Net::SMTP's.
        SmtpReply exim = SmtpReply.parse("  SMTP>> MAIL FROM:<sender@example.com>\n  SMTP<< 250 OK\n"
            + "  SMTP>> RCPT TO:<user@example.net>\n  SMTP<< 451 4.3.0 Temporary storage failure\n  SMTP>> QUIT");
        assertThat(exim.basicCode()).hasValue(451);
        assertThat(exim.text()).isEqualTo("Temporary storage failure");
        SmtpReply perl = SmtpReply.parse("Net::SMTP=GLOB(0x55d0c8)>>> MAIL FROM:<sender@example.com>\n"
            + "Net::SMTP=GLOB(0x55d0c8)<<< 421 Max connections\nNet::SMTP=GLOB(0x55d0c8)>>> QUIT");
        assertThat(perl.basicCode()).hasValue(421);
        assertThat(perl.text()).isEqualTo("Max connections");
        // Neighbours: the labels' words inside a reply's text, or a line that only starts with digits, are the reply's.
        assertThat(SmtpReply.parse("451 4.3.0 SMTP ERROR: backend unavailable").text())
            .isEqualTo("SMTP ERROR: backend unavailable");
        assertThat(SmtpReply.parse("421 4.7.0 Too many connections\n2 SMTP sessions are allowed").text())
            .isEqualTo("Too many connections 2 SMTP sessions are allowed");
    }

    @Test
    void parseShouldEndAQuotedReplyAtItsClosingQuoteBeforeTheWrappersNextWords() {
        // Symfony Mailer's message in Laravel's log: the reply's closing quote and a period, then the log's JSON
        // context and the PHP stack trace, which had been read as the reply's words.
        SmtpReply laravel = SmtpReply.parse("[2026-11-28 10:00:01] production.ERROR: Expected response code \"250\" but got "
            + "code \"451\", with message \"451 4.0.0 Temporary failure\". {\"exception\":\"[object] (Symfony\\\\Component"
            + "\\\\Mailer\\\\Exception\\\\UnexpectedResponseException(code: 451): …)\n[stacktrace]\n"
            + "#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(198): Symfony\\\\Component\\\\Mailer"
            + "\\\\Transport\\\\Smtp\\\\SmtpTransport->assertResponseCode()\n#1 {main}\n\"}");
        assertThat(laravel.basicCode()).hasValue(451);
        assertThat(laravel.text()).isEqualTo("Temporary failure");
        // Neighbours: a period inside the quoted reply's own quote, or ending the line, ends nothing early.
        assertThat(SmtpReply.parse("with message \"550 5.7.1 Message rejected as \"spam\". Contact us\".").text())
            .isEqualTo("Message rejected as \"spam\". Contact us");
        assertThat(SmtpReply.parse("with message \"421 4.7.0 Too many connections\".").text())
            .isEqualTo("Too many connections");
    }

    @Test
    void parseShouldTakeTheNegativeReplyOfAProtocolLog() {
        // Postfix's verbose log: each line of each reply behind its prefix, the client's lines too.
        String server = "Nov 28 10:00:01 mail postfix/smtp[1234]: < mx.example.net[192.0.2.1]:25: ";
        String client = "Nov 28 10:00:01 mail postfix/smtp[1234]: > mx.example.net[192.0.2.1]:25: ";
        SmtpReply postfix = SmtpReply.parse(server + "250 2.1.0 Ok\n" + client + "RCPT TO:<user@example.net>\n"
            + server + "452-4.2.2 The email account that you tried to reach is over quota.\n"
            + server + "452 4.2.2 Please direct the recipient to the help page\n" + client + "QUIT");
        assertThat(postfix.basicCode()).hasValue(452);
        assertThat(postfix.enhancedCode()).contains("4.2.2");
        assertThat(postfix.text()).isEqualTo("The email account that you tried to reach is over quota. Please direct the "
            + "recipient to the help page");
        // Exchange's SmtpSend protocol log: the server's events ("<"), a data field with a comma quoted as CSV does.
        String line = "2026-11-28T10:00:01.170Z,Outbound to Internet,08DC7A1B2C3D4E5F,";
        SmtpReply exchange = SmtpReply.parse(line + "4,198.51.100.1:51234,192.0.2.1:25,<,250 2.1.0 Sender OK,\n"
            + line + "5,198.51.100.1:51234,192.0.2.1:25,>,RCPT TO:<user@example.net>,\n"
            + line + "6,198.51.100.1:51234,192.0.2.1:25,<,\"550 5.7.1 Relaying denied, \"\"proper\"\" authentication required\",\n"
            + line + "7,198.51.100.1:51234,192.0.2.1:25,-,,Local");
        assertThat(exchange.basicCode()).hasValue(550);
        assertThat(exchange.text()).isEqualTo("Relaying denied, \"proper\" authentication required");
        SmtpReply unquoted = SmtpReply.parse(line + "6,198.51.100.1:51234,192.0.2.1:25,<,421 4.7.0 Too many connections,");
        assertThat(unquoted.basicCode()).hasValue(421);
        assertThat(unquoted.text()).isEqualTo("Too many connections");
        // A quote the data field opens and never closes is text, not a field to unquote (a lone quote had thrown).
        assertThat(SmtpReply.parse(line + "6,198.51.100.1:51234,192.0.2.1:25,<,\"").basicCode()).isEmpty();
        assertThat(SmtpReply.parse(line + "6,198.51.100.1:51234,192.0.2.1:25,<,\"421 4.7.0 Too many connections").text())
            .isEqualTo("Too many connections");
        // nodemailer's console log: each line of a reply behind its prefix, the client's lines and its own after it.
        String nodemailer = "[2026-11-28 10:00:01] DEBUG [Kx3pJ] ";
        SmtpReply logged = SmtpReply.parse(nodemailer + "S: 250 OK\n" + nodemailer + "C: RCPT TO:<user@example.net>\n"
            + nodemailer + "S: 421-4.7.0 Try again later,\n" + nodemailer + "S: 421 4.7.0 closing connection.\n"
            + nodemailer + "C: QUIT\n[2026-11-28 10:00:01] INFO  [Kx3pJ] Connection closed");
        assertThat(logged.basicCode()).hasValue(421);
        assertThat(logged.text()).isEqualTo("Try again later, closing connection.");
        // Any log whose lines each carry a prefix: a negative reply after a positive one, handed over by a colon, is
        // the transcript's; a number inside the positive reply's own text stays text.
        SmtpReply prefixed = SmtpReply.parse("[2026-11-28 10:00:01] DEBUG [Kx3pJ] S: 250 OK\n"
            + "[2026-11-28 10:00:01] DEBUG [Kx3pJ] S: 421 4.7.0 Too many connections");
        assertThat(prefixed.basicCode()).hasValue(421);
        assertThat(prefixed.text()).isEqualTo("Too many connections");
        assertThat(SmtpReply.parse("250-mx.example.net\n250 SIZE limit of 450 messages").basicCode()).hasValue(250);
    }

    @Test
    void parseShouldReadATranscriptFlattenedOntoOneLine() {
        // A log or a ticket that joined a transcript's lines: the client's commands and the positive replies are not
        // the reply (this form parsed as nothing at all, its client's marker opening the line).
        SmtpReply mdaemon = SmtpReply.parse("--> RCPT TO:<user@example.net> <-- 452 4.2.2 Over quota");
        assertThat(mdaemon.basicCode()).hasValue(452);
        assertThat(mdaemon.enhancedCode()).contains("4.2.2");
        assertThat(mdaemon.text()).isEqualTo("Over quota");
        SmtpReply labelled = SmtpReply.parse("C: DATA S: 354 go ahead C: . S: 451 4.3.0 Temporary storage failure");
        assertThat(labelled.basicCode()).hasValue(451);
        assertThat(labelled.text()).isEqualTo("Temporary storage failure");
        // The first negative reply, up to the client's next command ("QUIT" and the server's "221" are not it).
        SmtpReply session = SmtpReply.parse("S: 220 mx ready C: EHLO x S: 250 ok C: MAIL FROM:<a@example.org> S: 421 4.7.0 Too many "
            + "concurrent SMTP sessions from 192.0.2.10 C: QUIT S: 221 bye");
        assertThat(session.basicCode()).hasValue(421);
        assertThat(session.text()).isEqualTo("Too many concurrent SMTP sessions from 192.0.2.10");
        // An arrow inside the receiver's words is no client's command.
        SmtpReply arrow = SmtpReply.parse("451 4.7.1 Mapping a -> b failed, try later");
        assertThat(arrow.text()).isEqualTo("Mapping a -> b failed, try later");
        // A client's line alone is still no reply.
        assertThat(SmtpReply.parse("-> RCPT TO:<user@example.net>").basicCode()).isEmpty();
    }

    @Test
    void parseShouldReadMDaemonsTranscriptAndExchangesDiagnostic() {
        SmtpReply mdaemon = SmtpReply.parse("  <-- 220 mx.example.net ESMTP\n  --> EHLO mail.example.com\n  <-- 250 mx.example.net\n"
            + "  --> RCPT To:<user@example.net>\n  <-- 452 4.2.2 Mailbox full");
        assertThat(mdaemon.basicCode()).hasValue(452);
        assertThat(mdaemon.enhancedCode()).contains("4.2.2");
        assertThat(mdaemon.text()).isEqualTo("Mailbox full");
        // Exchange's own status before the receiver's reply: the reply's code and its own trailer win.
        SmtpReply exchange = SmtpReply.parse("#< #4.4.7 smtp;451 qq read error (#4.3.0)> #SMTP#");
        assertThat(exchange.basicCode()).hasValue(451);
        assertThat(exchange.enhancedCode()).contains("4.3.0");
        SmtpReply permanent = SmtpReply.parse("#< #4.4.7 smtp;550 Address rejected> #SMTP#");
        assertThat(permanent.basicCode()).hasValue(550);
    }

    @Test
    void parseShouldReadTheReplyInsideGmailsAndExchange2003sNotices() {
        SmtpReply gmail = SmtpReply.parse("TEMP_FAILURE: Gmail tried to deliver your message, but it was rejected by the "
            + "recipient domain. The error that the other server returned was: 451 451 4.7.1 Please try again later");
        assertThat(gmail.basicCode()).hasValue(451);
        assertThat(gmail.enhancedCode()).contains("4.7.1");
        assertThat(gmail.text()).isEqualTo("Please try again later");
        SmtpReply exchange = SmtpReply.parse("The reason for the problem:\n4.1.0 - Unknown address error "
            + "451-'DNS temporary failure (#4.3.0)'");
        assertThat(exchange.basicCode()).hasValue(451);
        assertThat(exchange.enhancedCode()).contains("4.3.0");
        assertThat(exchange.text()).isEqualTo("DNS temporary failure (#4.3.0)");
        // A reply line's hyphen after an enhanced code of another class still makes the number a code.
        assertThat(SmtpReply.parse("4.1.0 - relay said 550-'Address rejected'").basicCode()).hasValue(550);
    }

    @Test
    void parseShouldReadTheReplyOfAQmailBounceNotItsSentencesOrTheCopyBelow() {
        SmtpReply reply = SmtpReply.parse("Hi. This is the qmail-send program at mail.example.com.\n<user@example.net>:\n"
            + "192.0.2.1 does not like recipient.\nRemote host said: 451 4.7.1 Greylisted\nGiving up on 192.0.2.1.\n"
            + "I'm not going to try again; this message has been in the queue too long.\n\n"
            + "--- Below this line is a copy of the message.\n\nSubject: 421 too many connections");

        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.text()).isEqualTo("Greylisted");
    }

    @Test
    void parseShouldDecodeANoticePastedInQuotedPrintable() {
        SmtpReply reply = SmtpReply.parse("host mx.example.net said: 421 4.7.0 Too many conc=\r\nurrent connections, lim=\n"
            + "it=3D2, caf=C3=A9");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("Too many concurrent connections, limit=2, café");
        // Without a soft line break nothing is decoded: "=3D" may be the receiver's own text.
        assertThat(SmtpReply.parse("451 4.3.0 code=3D1").text()).isEqualTo("code=3D1");
        // Lowercase hex and a lone "=" stay as they are.
        assertThat(SmtpReply.decodeQuotedPrintable("a=\nb =ab =")).isEqualTo("ab =ab =");
    }

    @Test
    void parseShouldReadSmtpProtosDisplayForm() {
        SmtpReply reply = SmtpReply.parse("Unexpected reply: Code: 550, Enhanced code: 5.7.1, Message: Too many connections "
            + "from 192.0.2.10");

        assertThat(reply.basicCode()).hasValue(550);
        assertThat(reply.enhancedCode()).hasValue("5.7.1");
        assertThat(reply.text()).isEqualTo("Too many connections from 192.0.2.10");
        assertThat(SmtpReply.parse("Code: 421, Enhanced code: 0.0.0, Message: Service not available").enhancedCode())
            .as("0.0.0 is smtp-proto's 'none'").isEmpty();
    }

    @Test
    void parseShouldReadSmtpProtosDebugForm() {
        SmtpReply reply = SmtpReply.parse("Error: UnexpectedReply(Response { code: 451, esc: [4, 7, 1], message: "
            + "\"Greylisted, \\\"retry\\\" later\" })");

        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.enhancedCode()).hasValue("4.7.1");
        assertThat(reply.text()).isEqualTo("Greylisted, \"retry\" later");
        assertThat(DeferralClassifier.defaults().classify("Error: UnexpectedReply(Response { code: 550, esc: [5, 7, 1], "
            + "message: \"Too many connections\" })").kind()).as("a class-5 reply in Debug form").isEqualTo(DeferralKind.PERMANENT);
    }

    @Test
    void parseShouldLeaveOutTheTermAReplyWasPrintedIn() {
        SmtpReply erlang = SmtpReply.parse("{error,retries_exceeded,{temporary_failure,\"mx.example.net\",<<\"421 4.7.0 "
            + "Too many connections\\r\\n\">>}}");
        SmtpReply elixir = SmtpReply.parse("{:error, :retries_exceeded, {:temporary_failure, ~c\"mx.example.net\", \"451 "
            + "4.7.1 Greylisted\\r\\n\"}}");

        assertThat(erlang.basicCode()).hasValue(421);
        assertThat(erlang.text()).isEqualTo("Too many connections");
        assertThat(elixir.basicCode()).hasValue(451);
        assertThat(elixir.text()).isEqualTo("Greylisted");
    }

    @Test
    void parseShouldReadPhpMailersCommaSeparatedFields() {
        SmtpReply reply = SmtpReply.parse("The following From address failed: sender@example.com : MAIL FROM command failed,"
            + "Too many connections, from 192.0.2.10,550,5.7.1");
        SmtpReply noEnhanced = SmtpReply.parse("The following From address failed: sender@example.com : MAIL FROM command "
            + "failed,Greylisted,451,");

        assertThat(reply.basicCode()).hasValue(550);
        assertThat(reply.enhancedCode()).hasValue("5.7.1");
        assertThat(reply.text()).isEqualTo("Too many connections, from 192.0.2.10");
        assertThat(noEnhanced.basicCode()).hasValue(451);
        assertThat(noEnhanced.text()).isEqualTo("Greylisted");
    }

    @Test
    void parseShouldReadPearMailsCodeAndResponse() {
        SmtpReply reply = SmtpReply.parse("Failed to add recipient: user@example.net [SMTP: Invalid response code received "
            + "from server (code: 550, response: Too many connections (from 192.0.2.10))]");

        assertThat(reply.basicCode()).hasValue(550);
        assertThat(reply.text()).isEqualTo("Too many connections (from 192.0.2.10)");
        assertThat(DeferralClassifier.defaults().classify("Failed to add recipient: user@example.net [SMTP: Invalid response "
            + "code received from server (code: 550, response: Too many connections)]").kind()).isEqualTo(DeferralKind.PERMANENT);
    }

    @Test
    void parseShouldReadRoundcubesCodeAndTheReplyInItsLastParentheses() {
        SmtpReply reply = SmtpReply.parse("SMTP Error (451): Failed to add recipient \"user@example.net\" (4.7.500 Server busy. "
            + "Please try again later from [192.0.2.10]. (S77719))." );

        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.enhancedCode()).contains("4.7.500");
        assertThat(reply.text()).isEqualTo("Server busy. Please try again later from [192.0.2.10]. (S77719)");
        assertThat(SmtpReply.parse("SMTP Error (421): Failed to set sender \"sender@example.com\" (4.7.0 Too many "
            + "connections).").text()).isEqualTo("Too many connections");
    }

    @Test
    void parseShouldEndAReplyAQuoteOpenedAtItsClosingQuoteBeforeTheWrappersNextField() {
        // Windows Live Mail: the client's "An unknown error has occurred" and its fields after the reply are not it.
        SmtpReply reply = SmtpReply.parse("An unknown error has occurred. Subject 'Report', Account: 'mail.example.com', "
            + "Server: 'smtp.example.com', Protocol: SMTP, Server Response: '452 4.5.3 Error: too many recipients', Port: 587, "
            + "Secure(SSL): Yes, Server Error: 452, Error Number: 0x800CCC67");

        assertThat(reply.basicCode()).hasValue(452);
        assertThat(reply.text()).isEqualTo("Error: too many recipients");
        // An apostrophe inside the reply's words closes nothing.
        assertThat(SmtpReply.parse("Server Response: '421 4.7.0 We can't accept more connections, try later', Port: 25")
            .text()).isEqualTo("We can't accept more connections, try later");
    }

    @Test
    void parseShouldKeepAQuotedWordOfTheRepliesOwnBeforeAComma() {
        // A quote that closes one the reply opened is the reply's, though a comma follows it (written batch 167).
        SmtpReply reply = SmtpReply.parse("Expected response code 250 but got code \"450\", with message \"450 4.7.1 The "
            + "source IP address \"192.0.2.10\", listed by the hub, was refused\", Port: 25");

        assertThat(reply.basicCode()).hasValue(450);
        assertThat(reply.text()).isEqualTo("The source IP address \"192.0.2.10\", listed by the hub, was refused");
    }

    @Test
    void parseShouldLeaveOutTheWrappersClosingQuoteAndBracketsButKeepTheTextsOwn() {
        assertThat(SmtpReply.parse("smtplib.SMTPConnectError: (421, b'4.7.0 Too many connections')").text())
            .isEqualTo("Too many connections");
        assertThat(SmtpReply.parse("Remote Server returned '451 4.2.1 user's mailbox is busy'").text())
            .isEqualTo("user's mailbox is busy");
        assertThat(SmtpReply.parse("451 Service unavailable (try later)").text()).isEqualTo("Service unavailable (try later)");
        assertThat(SmtpReply.parse("451 'quoted' words stay").text()).isEqualTo("'quoted' words stay");
        // Symfony Mailer's sentence ends after its closing quote.
        assertThat(SmtpReply.parse("Expected response code \"250\" but got code \"421\", with message \"421 4.7.0 Too many "
            + "connections\".").text()).isEqualTo("Too many connections");
    }

    @Test
    void parseShouldReadAsyncSmtpsClassWordsWhenTheCodeIsGone() {
        // async-smtp prints "permanent: …" for a 5xx and "transient: …" for a 4xx, without the basic code: a 5xx stays
        // permanent whatever its words (a false connection limit otherwise), and the words are not the receiver's.
        SmtpReply permanent = SmtpReply.parse("permanent: Too many connections");
        assertThat(permanent.replyClass()).isEqualTo(SmtpReply.ReplyClass.PERMANENT);
        assertThat(permanent.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify("permanent: Too many connections").kind())
            .isEqualTo(DeferralKind.PERMANENT);
        SmtpReply logged = SmtpReply.parse("SMTP failed to send: transient: Too many concurrent connections");
        assertThat(logged.replyClass()).isEqualTo(SmtpReply.ReplyClass.TRANSIENT);
        assertThat(logged.text()).isEqualTo("Too many concurrent connections");
        assertThat(DeferralClassifier.defaults().classify("SMTP failed to send: transient: Too many concurrent connections")
            .kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A code, when there is one, decides; words alone are no class.
        assertThat(SmtpReply.parse("421 permanent: failure").replyClass()).isEqualTo(SmtpReply.ReplyClass.TRANSIENT);
        assertThat(SmtpReply.parse("Too many connections").replyClass()).isEqualTo(SmtpReply.ReplyClass.UNKNOWN);
    }

    @Test
    void parseShouldReadKumoMtasLogRecord() {
        // Its response fields as its log reference documents them: the enhanced code in parts, or null.
        SmtpReply withEnhanced = SmtpReply.parse("{\"type\":\"TransientFailure\",\"response\":{\"code\":421,\"enhanced_code\":"
            + "{\"class\":4,\"subject\":7,\"detail\":0},\"content\":\"Too many concurrent connections\",\"command\":\".\"},"
            + "\"peer_address\":{\"name\":\"mx.example.net\",\"addr\":\"192.0.2.1\"}}");
        assertThat(withEnhanced.basicCode()).hasValue(421);
        assertThat(withEnhanced.enhancedCode()).contains("4.7.0");
        assertThat(withEnhanced.text()).isEqualTo("Too many concurrent connections");
        SmtpReply pretty = SmtpReply.parse("\"response\": {\n  \"code\": 451,\n  \"enhanced_code\": null,\n  \"content\": "
            + "\"Temporary local problem - \\\"please\\\" try later\",\n  \"command\": null\n}");
        assertThat(pretty.basicCode()).hasValue(451);
        assertThat(pretty.enhancedCode()).isEmpty();
        assertThat(pretty.text()).isEqualTo("Temporary local problem - \"please\" try later");
        assertThat(DeferralClassifier.defaults().classify("{\"response\":{\"code\":550,\"enhanced_code\":{\"class\":5,"
            + "\"subject\":7,\"detail\":1},\"content\":\"Too many connections\",\"command\":\".\"}}").kind())
            .isEqualTo(DeferralKind.PERMANENT);
    }

    @Test
    void parseShouldReadACodeJoinedToItsTextByAColonAtTheStartOrAfterALabel() {
        assertThat(SmtpReply.parse("550: Too many messages").basicCode()).hasValue(550);
        SmtpReply labelled = SmtpReply.parse("Error 451: Not Authorized");
        assertThat(labelled.basicCode()).hasValue(451);
        assertThat(labelled.text()).isEqualTo("Not Authorized");
        assertThat(SmtpReply.parse("delivery failed with code 451: 4.7.1 Service unavailable").basicCode()).hasValue(451);
        // A port after a host's words is no code, nor a reply's own words before a code the label's.
        assertThat(SmtpReply.parse("connect to 192.0.2.1 port 465: Connection timed out").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Internal error 451 occurred").text()).contains("Internal error");
    }

    @Test
    void parseShouldReadADsnsFieldsFlattenedOntoOneLineAsFields() {
        SmtpReply flattened = SmtpReply.parse("Final-Recipient: rfc822; user@example.net Action: delayed Status: 4.7.0 "
            + "Remote-MTA: dns; mx.example.net Diagnostic-Code: smtp; 421 4.7.0 Temporarily unavailable Last-Attempt-Date: "
            + "Mon, 7 Dec 2026 05:00:00 +0000");
        assertThat(flattened.basicCode()).hasValue(421);
        assertThat(flattened.text()).isEqualTo("Temporarily unavailable");
        // A reply's own "Status:" or "action:" with no DSN's value after it stays in its text.
        assertThat(SmtpReply.parse("451 Required action: wait. Status: busy Remote-MTA: dns; mx.example.net").text())
            .isEqualTo("Required action: wait. Status: busy");
    }

    @Test
    void parseShouldReadASlashEscapedAsJsonAllowsAsASlash() {
        // PHP's json_encode escapes every slash by default: a rate's unit and a link read as written.
        assertThat(SmtpReply.parse("{\"error\":\"451 Max 5 msgs\\/min\"}").text()).isEqualTo("Max 5 msgs/min");
        assertThat(DeferralClassifier.defaults().classify("{\"response\":\"421 4.7.0 Concurrency 5\\/5 for your IP\"}")
            .kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void parseShouldReadTheFirstHostsReplyOfGmailsNotice() {
        // Gmail writes a bracket for each host it tried, each with that host's reply: the first is the reply, its text
        // going on over the lines a mail client wrapped it on; the next hosts' are other attempts.
        SmtpReply reply = SmtpReply.parse("The recipient server did not accept our requests to connect. Learn\n more at "
            + "https://support.google.com/mail/answer/7720\n [mx1.example.net. 192.0.2.1: 421 mx1.example.net Too many\n"
            + " connections from your IP ]\n [mx2.example.net. 2001:db8::25: 421 mx2.example.net Too many\n connections "
            + "from your IP ]");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("mx1.example.net Too many connections from your IP");
        // A host that timed out before one that replied: the reply is the first host's that replied.
        SmtpReply second = SmtpReply.parse("[mx1.example.net 192.0.2.1: timed out]\n[mx2.example.net 192.0.2.2: 421 Busy]\n"
            + "[mx3.example.net 192.0.2.3: 421 4.7.0 Too many connections]");
        assertThat(second.basicCode()).hasValue(421);
        assertThat(second.text()).isEqualTo("Busy");
    }

    @Test
    void parseShouldSetAsideASendersNoteOfTheStepTheReplyAnswered() {
        // Postfix's "(in reply to … command)" and other logs' bracketed steps: the sender's words; a receiver's own
        // bracket that is no step ("(at most 3 per IP)") stays.
        assertThat(SmtpReply.parse("421 4.7.0 Connection limit: 3 per IP (at RCPT TO)").text())
            .isEqualTo("Connection limit: 3 per IP");
        assertThat(SmtpReply.parse("451 4.3.0 Temporary lookup failure [after DATA]").text())
            .isEqualTo("Temporary lookup failure");
        assertThat(SmtpReply.parse("421 Too busy (during the MAIL FROM stage)").text()).isEqualTo("Too busy");
        assertThat(SmtpReply.parse("421 Too many connections (at most 3 per IP)").text())
            .isEqualTo("Too many connections (at most 3 per IP)");
        assertThat(DeferralClassifier.defaults().classify("421 4.7.0 Connection limit: 3 per IP (at RCPT TO)").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // Yahoo's and AOL's bounces: the step's name in capitals after the reply, on its line or the next; a bracket in
        // capitals that names no step, or one inside the text, stays.
        assertThat(SmtpReply.parse("<user@example.net>:\nRemote host said: 421 4.7.0 Connection limit: 3 per IP [RCPT_TO]")
            .text()).isEqualTo("Connection limit: 3 per IP");
        assertThat(SmtpReply.parse("Remote host said:\n451 Exceeding connection limit\n[END_OF_MESSAGE]").text())
            .isEqualTo("Exceeding connection limit");
        assertThat(SmtpReply.parse("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred").text())
            .isEqualTo("[TSS04] Messages from 192.0.2.1 temporarily deferred");
        assertThat(SmtpReply.parse("451 Timeout at [DATA] step, try again").text())
            .isEqualTo("Timeout at [DATA] step, try again");
    }

    @Test
    void parseShouldReadTheReplyAJsonMessageQuotesAfterALabelBesideItsCodeField() {
        // nodemailer's error as winston logs it: the message "Mail command failed: 421 …" beside "responseCode": 421.
        SmtpReply reply = SmtpReply.parse("{\"level\":\"error\",\"message\":\"Mail command failed: 421 Exceeded bad SMTP"
            + " command limit\",\"code\":\"EENVELOPE\",\"response\":\"421 Exceeded bad SMTP command limit\",\"responseCode\":421,"
            + "\"command\":\"MAIL FROM\"}");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("Exceeded bad SMTP command limit");
        // A message that only names the code elsewhere keeps the code field's code before it.
        assertThat(SmtpReply.parse("{\"message\":\"Try again later\",\"responseCode\":451}").text())
            .isEqualTo("Try again later");
    }

    @Test
    void parseShouldReadTheReplyInBracketsAfterAnApplicationsSentenceWithoutTheSentence() {
        SmtpReply reply = SmtpReply.parse("An error occurred while sending mail (421 4.7.0 Too many errors, closing connection)");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("Too many errors, closing connection");
        SmtpReply other = SmtpReply.parse("Failed to send email (452 4.5.3 Too many recipients\n).");
        assertThat(other.basicCode()).hasValue(452);
        assertThat(other.text()).isEqualTo("Too many recipients");
        assertThat(SmtpReply.parse("Erreur lors de l'envoi de l'email (421 4.7.0 Server closing connection)").text())
            .isEqualTo("Server closing connection");
        SmtpReply square = SmtpReply.parse("Failed to send email [421 Exceeded bad SMTP command limit]");
        assertThat(square.basicCode()).hasValue(421);
        assertThat(square.text()).isEqualTo("Exceeded bad SMTP command limit");
        // Words that name no failure to send before a bracketed code stay the text's own (and a count is no code).
        assertThat(SmtpReply.parse("Mailbox busy (450 try again)").text()).contains("Mailbox busy");
        assertThat(SmtpReply.parse("Too many messages (500 sent today)").basicCode()).isEmpty();
        // Not a reply in the brackets: the notice stays as it is.
        assertThat(SmtpReply.parse("An error occurred while sending mail (wrong number of arguments (3 for 2))").text())
            .isEqualTo("An error occurred while sending mail (wrong number of arguments (3 for 2))");
    }

    @Test
    void parseShouldSetAsideMailxsLabelAndItsNoteOfTheUnsentMessage() {
        SmtpReply reply = SmtpReply.parse("smtp-server: 421-mx.example.net busy\nsmtp-server: 421 Max connections\n"
            + "\"/root/dead.letter\" 11/311\n. . . message not sent.");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("mx.example.net busy Max connections");
        // The oldest mailx writes the reply without its code.
        assertThat(SmtpReply.parse("smtp-server: 4.4.2 Network I/O error\n\"/home/user/dead.letter\" 11/311").text())
            .isEqualTo("Network I/O error");
        assertThat(DeferralClassifier.defaults().classify("smtp-server: 421 Offline\n\"/root/dead.letter\" 11/311\n. . . "
            + "message not sent.").kind()).isEqualTo(DeferralKind.SERVER_BUSY);
    }

    @Test
    void parseShouldSetAsideAnApplicationsSentenceRunStraightIntoTheReplysCode() {
        SmtpReply reply = SmtpReply.parse("Error sending mail 421 4.7.0 Too many concurrent connections from 192.0.2.10");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).hasValue("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many concurrent connections from 192.0.2.10");
        assertThat(DeferralClassifier.defaults().classify("Error sending mail 421 4.7.0 Too many concurrent connections"
            + " from 192.0.2.10").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("The server rejected the message with 451 Service stopping").text())
            .isEqualTo("Service stopping");
        assertThat(SmtpReply.parse("E-Mail konnte nicht gesendet werden 452 Mailbox full").text()).isEqualTo("Mailbox full");
        // Words that name no failure to send, or a sentence holding a number of its own, stay the text's own.
        assertThat(SmtpReply.parse("Mailbox busy 450 try again").text()).contains("Mailbox busy");
        assertThat(SmtpReply.parse("Sending failed after 3 attempts 451 Try later").text()).contains("after");
    }

    @Test
    void parseShouldSetAsideCouriersRecordOfTheDeliverysOutcomeAfterTheReply() {
        String record = "Nov 28 10:00:00 mail courieresmtp: id=00C0FFEE.6749A1B2.00001F40,from=<sender@example.com>,"
            + "addr=<user@example.net>";
        SmtpReply reply = SmtpReply.parse(record + ": 421 4.3.2 system resources exceeded\n" + record + ",status: deferred");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).hasValue("4.3.2");
        assertThat(reply.text()).isEqualTo("system resources exceeded");
        assertThat(DeferralClassifier.defaults().classify(record + ": 421 4.3.2 system resources exceeded\n" + record
            + ",status: deferred").kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        // A reply's own line that ends so keeps it.
        assertThat(SmtpReply.parse("451 4.3.0 Queue write failed,status: deferred").text())
            .isEqualTo("Queue write failed,status: deferred");
    }

    @Test
    void parseShouldReadAnEnhancedCodeWrittenAloneInBracketsOrAfterADashClosingTheText() {
        SmtpReply reply = SmtpReply.parse("451 Temporary failure, try again later (4.3.0)");
        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.enhancedCode()).hasValue("4.3.0");
        assertThat(reply.text()).isEqualTo("Temporary failure, try again later");
        assertThat(SmtpReply.parse("452 Insufficient storage [4.3.1].").enhancedCode()).hasValue("4.3.1");
        assertThat(SmtpReply.parse("421 Service not available - 4.3.2").enhancedCode()).hasValue("4.3.2");
        assertThat(DeferralClassifier.defaults().classify("450 Temporary Failure. (4.3.2)").kind())
            .isEqualTo(DeferralKind.SERVER_BUSY);
        // Not a code of another class than the basic code's, nor one inside a product's name and version, nor a
        // subject RFC 3463 does not have (a provider's own code).
        SmtpReply otherClass = SmtpReply.parse("451 Something (5.7.1)");
        assertThat(otherClass.enhancedCode()).isEmpty();
        assertThat(otherClass.text()).isEqualTo("Something (5.7.1)");
        assertThat(SmtpReply.parse("421 Service not available (SmarterMail 4.3.0)").enhancedCode()).isEmpty();
        assertThat(SmtpReply.parse("421 Message temporarily deferred (4.16.50)").enhancedCode()).isEmpty();
        assertThat(SmtpReply.parse("421 Message temporarily deferred - 4.16.51").enhancedCode()).isEmpty();
    }

    @Test
    void parseShouldReadAnEnhancedCodeAfterTheWordsThatNameItButNotAProgramsVersion() {
        SmtpReply labelled = SmtpReply.parse("SMTP error 4.3.0 Temporary failure");
        assertThat(labelled.basicCode()).isEmpty();
        assertThat(labelled.enhancedCode()).hasValue("4.3.0");
        assertThat(labelled.text()).isEqualTo("Temporary failure");
        assertThat(SmtpReply.parse("Error code 4.2.2 Mailbox full").enhancedCode()).hasValue("4.2.2");
        assertThat(DeferralClassifier.defaults().classify("Status code 4.7.0: Too many concurrent connections from your IP")
            .kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A program's version before a quoted reply stays no code.
        SmtpReply version = SmtpReply.parse("PHPMailer 5.2.1: 421 Too many connections");
        assertThat(version.basicCode()).hasValue(421);
        assertThat(version.enhancedCode()).isEmpty();
        // A count after another language's "of" or "more than" is no basic code ("von 500 Benutzern": a connection
        // limit read as permanent before).
        SmtpReply count = SmtpReply.parse("Benutzerlimit von 500 Benutzern überschritten.");
        assertThat(count.basicCode()).isEmpty();
        assertThat(count.text()).isEqualTo("Benutzerlimit von 500 Benutzern überschritten.");
    }

    @Test
    void parseShouldReadTheWordsALogWritesAfterItsStatusCode() {
        // Kerio Connect's log: the status code and the reply's words on one line, no basic code.
        SmtpReply kerio = SmtpReply.parse("Result: delayed, Status: 4.4.1 Cannot connect to host");
        assertThat(kerio.basicCode()).isEmpty();
        assertThat(kerio.enhancedCode()).hasValue("4.4.1");
        assertThat(kerio.text()).isEqualTo("Cannot connect to host");
        assertThat(DeferralClassifier.defaults().classify("Result: delayed, Status: 4.7.0 Too many concurrent connections"
            + " from your IP").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A DSN's Status field: its comment in parentheses is no reply's words, and the Diagnostic-Code's reply decides.
        assertThat(SmtpReply.parse("Status: 4.4.7 (delivery temporarily suspended)").text()).isEmpty();
        SmtpReply dsn = SmtpReply.parse("Status: 4.0.0 Delivery delayed\nDiagnostic-Code: smtp; 421 4.7.0 Too many "
            + "connections from your IP");
        assertThat(dsn.basicCode()).hasValue(421);
        assertThat(dsn.enhancedCode()).hasValue("4.7.0");
        assertThat(dsn.text()).isEqualTo("Too many connections from your IP");
        assertThat(SmtpReply.parse("Status: 4.0.0\nRemote-MTA: dns; mx.example.net").text()).isEmpty();
    }

    @Test
    void parseShouldSetAsideTheRecipientsAndMessageGoMailNamesAfterTheReply() {
        SmtpReply reply = SmtpReply.parse("failed to send mail: sending SMTP RCPT TO command: 421 4.7.0 Connection limit: 3"
            + " per IP, affected recipient(s): user@example.net, other@example.net, affected message ID: <1.abc@example.org>");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("Connection limit: 3 per IP");
        assertThat(SmtpReply.parse("sending SMTP DATA command: 452 4.3.1 Disk quota exceeded on the queue partition, "
            + "affected message ID: <1.abc@example.org>").text()).isEqualTo("Disk quota exceeded on the queue partition");
        assertThat(DeferralClassifier.defaults().classify("sending SMTP RCPT TO command: 421 4.7.0 Connection limit: 3 per"
            + " IP, affected recipient(s): user@example.net").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void parseShouldSetAsideRubysPlacesAndExceptionClassAroundTheMessage() {
        // Ruby's uncaught exception: the place, the message, the class ("ServerBusy" is the library's name, not the
        // receiver's state), each caller's place.
        SmtpReply uncaught = SmtpReply.parse("/usr/lib/ruby/3.2.0/net/smtp.rb:1088:in `check_response': 424 4.2.4 Mailing"
            + " list expansion problem (Net::SMTPServerBusy)\n\tfrom /usr/lib/ruby/3.2.0/net/smtp.rb:1056:in `getok'\n"
            + "\tfrom C:/app/send.rb:17:in `<main>'");
        assertThat(uncaught.basicCode()).hasValue(424);
        assertThat(uncaught.text()).isEqualTo("Mailing list expansion problem");
        assertThat(SmtpReply.parse("C:/Ruby34/lib/ruby/3.4.0/net/smtp.rb:1088:in 'Net::SMTP#check_response': 421 Offline "
            + "(Net::SMTPServerBusy)").text()).isEqualTo("Offline");
        // Rails's log: the class, the message in brackets, "):" on its own line, the application's frames.
        SmtpReply rails = SmtpReply.parse("Net::SMTPServerBusy (451 Not Authorized\n):\n\napp/jobs/notify_job.rb:8:in"
            + " `perform'");
        assertThat(rails.basicCode()).hasValue(451);
        assertThat(rails.text()).isEqualTo("Not Authorized");
        // A receiver's own bracket at the end of its text stays.
        assertThat(SmtpReply.parse("421 4.7.0 Too many connections (Limit: 3)").text())
            .isEqualTo("Too many connections (Limit: 3)");
    }

    @Test
    void parseShouldSetAsidePowerShellsErrorRecordAfterTheMessage() {
        // Windows PowerShell's view of Send-MailMessage's failure: .NET's message, then where the script failed, the
        // command underlined, its category and id (the command's "-To $to -Subject" and the category's words are no
        // reply's).
        SmtpReply reply = SmtpReply.parse("Send-MailMessage : Service not available, closing transmission channel. The "
            + "server response was: 4.7.0 Benutzerlimit von 3 überschritten.\nAt line:1 char:1\n+ Send-MailMessage -To "
            + "user@example.net -From a@example.org -Subject test -SmtpServer mx.example.net\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            + "    + CategoryInfo          : InvalidOperation: (System.Net.Mail.SmtpClient:SmtpClient) [Send-MailMessage], "
            + "SmtpException\n    + FullyQualifiedErrorId : SmtpException,Microsoft.PowerShell.Commands.SendMailMessage");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.text()).isEqualTo("Benutzerlimit von 3 überschritten.");
        // A line that only starts like a position ("At line 3 of the config") stays, as does a text with no record.
        assertThat(SmtpReply.parse("451 4.3.0 Temporary failure\nAt line:3 char:7 of the filter").text())
            .contains("At line:3 char:7");
    }

    @Test
    void parseShouldSetAsideAClientLibrarysLabelNamingTheCommandThatFailed() {
        // MIME::Lite's croak: its label, Perl's errno on the label's line (empty or not), then Net::SMTP's message, the
        // reply's lines without their basic code.
        SmtpReply mimeLite = SmtpReply.parse("SMTP RCPT command failed: \n4.7.1 Recipient limit: 3 per message, try again\n");
        assertThat(mimeLite.enhancedCode()).hasValue("4.7.1");
        assertThat(mimeLite.text()).isEqualTo("Recipient limit: 3 per message, try again");
        SmtpReply withErrno = SmtpReply.parse("SMTP MAIL command failed: Inappropriate ioctl for device\nService stopping\n");
        assertThat(withErrno.text()).isEqualTo("Service stopping");
        // A Go sender's label before the reply with its codes: the reply's codes and text.
        SmtpReply go = SmtpReply.parse("send: SMTP RCPT command failed for user@example.net: 421 4.7.0 Too many connections");
        assertThat(go.basicCode()).hasValue(421);
        assertThat(go.text()).isEqualTo("Too many connections");
        // The label's line keeps what has a digit (a reply on it), and a receiver's own reply that names a command
        // stays whole.
        assertThat(SmtpReply.parse("DATA command failed: 421 4.3.0 Temporary System Problem\nat line 2").text())
            .startsWith("Temporary System Problem");
        assertThat(SmtpReply.parse("451 4.3.0 DATA command failed: temporary local problem").text())
            .isEqualTo("DATA command failed: temporary local problem");
        assertThat(DeferralClassifier.defaults().classify("SMTP RCPT command failed: \n4.7.1 Die maximale Anzahl "
            + "erlaubter E-Mails wurde überschritten.\n").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void parseShouldReadTheReplyAWrappersCodeFieldNamesNotTheFieldItself() {
        // Symfony Mailer's code field, then the reply it quotes with the same code and no enhanced code (the fifty-second
        // table's mass-mailing provider): the reply's text, not the field's closing quote.
        SmtpReply symfony = SmtpReply.parse("Expected response code \"250/251/252\" but got code \"421\", with message \"421 "
            + "Too many connections. Please reduce connections per minute.\"");
        assertThat(symfony.basicCode()).hasValue(421);
        assertThat(symfony.text()).isEqualTo("Too many connections. Please reduce connections per minute.");
        // A reply over two lines keeps its first line, whatever the second repeats.
        assertThat(SmtpReply.parse("host mx.example.net[192.0.2.1] said: 421-Too many connections 421 please try again "
            + "later (in reply to end of DATA command)").text()).startsWith("Too many connections");
        // Python's tuples with no enhanced code: the string's text, not its b'' prefix nor the tuple's other fields.
        assertThat(SmtpReply.parse("smtplib.SMTPDataError: (450, b'Rate exceeded; 500 messages per hour')").text())
            .isEqualTo("Rate exceeded; 500 messages per hour");
        assertThat(SmtpReply.parse("smtplib.SMTPSenderRefused: (421, b'Too many connections from your IP', "
            + "'noreply@example.com')").text()).isEqualTo("Too many connections from your IP");
        assertThat(SmtpReply.parse("aiosmtplib.errors.SMTPRecipientRefused: (450, 'Can\\'t accept mail now', "
            + "'user@example.net')").text()).isEqualTo("Can't accept mail now");
        // The count inside the string stays text; it is no code.
        assertThat(SmtpReply.parse("smtplib.SMTPDataError: (450, b'Rate exceeded; 500 messages per hour')").basicCode())
            .hasValue(450);
    }

    @Test
    void parseShouldReadPythonsEscapedBytesAndATypographicApostropheInsideItsString() {
        // smtplib keeps the reply as bytes: a translated reply's UTF-8 is written "\\xNN" a byte.
        SmtpReply russian = SmtpReply.parse("smtplib.SMTPRecipientsRefused: {'user@example.net': (451, b'4.7.1 "
            + "\\xd0\\x9f\\xd0\\xbe\\xd0\\xb4\\xd0\\xbe\\xd0\\xb6\\xd0\\xb4\\xd0\\xb8\\xd1\\x82\\xd0\\xb5 30 \\xd1\\x81')}");
        assertThat(russian.basicCode()).hasValue(451);
        assertThat(russian.enhancedCode()).hasValue("4.7.1");
        assertThat(russian.text()).isEqualTo("\u041f\u043e\u0434\u043e\u0436\u0434\u0438\u0442\u0435 30 \u0441");
        // A typographic apostrophe, escaped as bytes or kept by aiosmtplib's string, reads as the ASCII one and does not
        // end the string.
        assertThat(SmtpReply.parse("smtplib.SMTPSenderRefused: (451, b'4.7.1 Patientez 30 s avant d\\xe2\\x80\\x99envoyer "
            + "ce courriel.', 'noreply@example.com')").text()).isEqualTo("Patientez 30 s avant d'envoyer ce courriel.");
        assertThat(SmtpReply.parse("aiosmtplib.errors.SMTPRecipientRefused: (451, '4.7.1 Patientez 30 s avant "
            + "d\u2019envoyer ce courriel.', 'user@example.net')").text()).isEqualTo("Patientez 30 s avant d'envoyer ce courriel.");
        // One before a space and a word (Gaelic's elided article, written batch 169) does not end it either: a tuple's
        // string ends before ")" or ", '".
        assertThat(SmtpReply.parse("smtplib.SMTPConnectError: (421, b'4.7.0 Thathar a\\xe2\\x80\\x99 ceangal ris a\\xe2\\x80\\x99 "
            + "chunntas seo')").text()).isEqualTo("Thathar a' ceangal ris a' chunntas seo");
        assertThat(SmtpReply.parse("aiosmtplib.errors.SMTPConnectError: (421, '4.7.0 Thathar a\u2019 ceangal ris a\u2019 "
            + "chunntas seo', 'user@example.net')").text()).isEqualTo("Thathar a' ceangal ris a' chunntas seo");
        // Escapes that are not well-formed UTF-8 (a lone continuation byte, a truncated sequence) stay as written.
        assertThat(SmtpReply.parse("smtplib.SMTPDataError: (451, b'4.7.1 Busy \\x80\\x80 \\xd0\\xd0 now')").text())
            .isEqualTo("Busy \\x80\\x80 \\xd0\\xd0 now");
    }

    @Test
    void parseShouldReadDecomposedAccentsAsTheComposedOnes() {
        // A macOS client's decomposed "é" (e and U+0301), a Bengali letter as one code point (U+09DF) or two: the same
        // words either way, as the rules are written composed.
        assertThat(SmtpReply.parse("451 4.3.0 Syst\u0065\u0300me surcharg\u0065\u0301").text()).isEqualTo("Syst\u00e8me surcharg\u00e9");
        assertThat(SmtpReply.parse("451 \u09DF").text()).isEqualTo(SmtpReply.parse("451 \u09AF\u09BC").text());
        // Escaped bytes that decode decomposed are composed too.
        assertThat(SmtpReply.parse("smtplib.SMTPDataError: (451, b'4.3.0 surcharg\\x65\\xcc\\x81')").text()).isEqualTo("surcharg\u00e9");
    }

    @Test
    void parseShouldDecodeAnHtmlNoticesEntities() {
        SmtpReply reply = SmtpReply.parse("Remote Server returned &#39;451 4.3.0 Cannot resolve &lt;user@example.com&gt; "
            + "at this time&#39;");

        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.text()).isEqualTo("Cannot resolve <user@example.com> at this time");
    }

    @Test
    void parseShouldDecodeNumericReferencesAndKeepThoseToNoCharacter() {
        SmtpReply spaces = SmtpReply.parse("421&#32;4.7.0&#32;Too&#32;many&#32;connections&#x20;from&#X20;your&#32;IP");

        assertThat(spaces.basicCode()).hasValue(421);
        assertThat(spaces.enhancedCode()).hasValue("4.7.0");
        assertThat(spaces.text()).isEqualTo("Too many connections from your IP");
        // A surrogate, a code point beyond Unicode and a control character are no text: kept as written.
        assertThat(SmtpReply.decodeNumericEntities("a&#xD800;b&#1114112;c&#7;d&#8217;e"))
            .isEqualTo("a&#xD800;b&#1114112;c&#7;d\u2019e");
        // An ampersand escaped before a reference is the reference's text, not a reference.
        assertThat(SmtpReply.parse("451 see &amp;#32; here").text()).isEqualTo("see &#32; here");
    }

    @Test
    void aSoftHyphenInsideAWordShouldBeDropped() {
        assertThat(SmtpReply.parse("421 4.7.0 Too many con\u00adnections from your IP").text())
            .isEqualTo("Too many connections from your IP");
    }

    @Test
    void ofShouldPreferTheReturnCodeJavaMailKept() {
        SmtpReply reply = SmtpReply.of(421, "421 4.7.0 mx.example.net Error: too many connections from 192.0.2.10\r\n");

        assertThat(reply.basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(reply.asLine()).isEqualTo("421 4.7.0 mx.example.net Error: too many connections from 192.0.2.10");
        assertThat(reply.remoteHost()).isEqualTo(Optional.empty());
    }

    @Test
    void typographicSpacesQuotesAndDashesShouldReadAsTheirAsciiForms() {
        SmtpReply reply = SmtpReply.parse("\u200b421\u00a04.7.0\u00a0Too many connections to the recipient\u2019s"
            + " host \u2013 see \u201cFAQ\u201d");

        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).hasValue("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many connections to the recipient's host - see \"FAQ\"");
        String guillemetsAndJapanese = "\u00ab plein \u00bb, 421 \u63a5\u7d9a";
        assertThat(SmtpReply.foldTypography(guillemetsAndJapanese)).isSameAs(guillemetsAndJapanese);
    }

    @Test
    void aReplyQuotedAfterAFullWidthColonShouldKeepItsCode() {
        // Thunderbird's Chinese and Japanese alerts quote the server's reply after a full-width colon (written batch
        // 164): its code, a 5xx here, is the reply's, not lost to the client's words.
        SmtpReply reply = SmtpReply.parse("发送邮件时发件服务器（SMTP）出错。服务器响应：552 Message size exceeds fixed maximum message size。");

        assertThat(reply.basicCode()).hasValue(552);
        assertThat(DeferralClassifier.defaults().classify("服务器响应：421 Too many connections from your host.").reply()
            .basicCode()).hasValue(421);
    }

    @Test
    void aNumberCountingPerUnitInsideTheTextShouldNotBeTakenForACode() {
        // A client that cut the basic code off leaves the text alone: its "500 per day" is a count, not a 5xx (a rate
        // read as permanent would bounce mail that waits); a number before a noun inside a line still may be a code.
        assertThat(SmtpReply.parse("Connection limit: 500 per day for your IP").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Max 100 messages per session and 500 per hour").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Remote server said: 550 messages rejected").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Remote server said: 451 per-IP rate limit exceeded").basicCode()).hasValue(451);
        assertThat(DeferralClassifier.defaults().classify("MailKit.Net.Smtp.SmtpCommandException: Connection limit: 500 per"
            + " day for your IP").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void aNumberAfterAWordThatCountsShouldNotBeTakenForACode() {
        // Written batch 140's "421 Hourly ceiling of 500 recipients reached" quoted by a client that drops its 421: the
        // number after "of", "than", "up to", "limit" is a count (read as a 5xx, the rate would have bounced mail).
        assertThat(SmtpReply.parse("The mail server responded: Hourly ceiling of 500 recipients reached.").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Sending limit 500 exceeded for your domain").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("You sent more than 450 messages this hour").basicCode()).isEmpty();
        assertThat(DeferralClassifier.defaults().classify("An error occurred while sending mail. The mail server responded: "
            + "Hourly ceiling of 500 recipients reached for your domain. Please check the message and try again.").kind())
            .isEqualTo(DeferralKind.RATE_LIMIT);
        // Nor a number after a verb of holding or sending with what it counts after it (a client's narrative: "The
        // queue has 550 deferred messages"), unless nothing it counts follows.
        assertThat(SmtpReply.parse("Queue has 550 deferred messages for this domain").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Queue has 550 Deferred Messages for this domain").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("lost connection with mx.example.net while sending 500 recipients").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("The relay has 421 Service not available").basicCode()).hasValue(421);
        // A code after a colon or at the start of the quoted reply stays a code.
        assertThat(SmtpReply.parse("The mail server responded: 451 Too many messages").basicCode()).hasValue(451);
        assertThat(SmtpReply.parse("Remote server said: 550 messages rejected").basicCode()).hasValue(550);
    }

    @Test
    void aCountAfterALabelsColonOrBeforeASizeShouldNotBeTakenForACode() {
        // A code-less text whose label a count follows ("Limit: 500 messages") or a size in capitals ("552 MB used")
        // was read as a 5xx: the mail that waits would bounce.
        DeferralClassifier classifier = DeferralClassifier.defaults();
        assertThat(SmtpReply.parse("Mailbox full: 552 MB used").basicCode()).isEmpty();
        assertThat(classifier.classify("Mailbox full: 552 MB used").kind()).isEqualTo(DeferralKind.MAILBOX);
        assertThat(SmtpReply.parse("Quota exceeded: 512 GiB of 500 GiB").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Limit: 500 messages").basicCode()).isEmpty();
        assertThat(classifier.classify("Sending limit reached: 500 messages today").kind())
            .isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(classifier.classify("Queue full: 512 messages queued").kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        // A number followed by a period it was counted in ("in the last hour", "within 10 minutes") counts.
        assertThat(SmtpReply.parse("Too many messages: 500 in the last hour").basicCode()).isEmpty();
        assertThat(classifier.classify("Too many messages: 500 in the last hour").kind())
            .isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(SmtpReply.parse("Too many mails: 550 within 10 minutes").basicCode()).isEmpty();
        // A lead-in's colon keeps the code after it, and a label's colon keeps a code that counts nothing.
        assertThat(SmtpReply.parse("Remote server said: 550 messages rejected").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Error: 550 Mailbox unavailable").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Rate limit exceeded: 451 Try again later").basicCode()).hasValue(451);
        assertThat(SmtpReply.parse("Quota exceeded: 452 4.2.2 Mailbox full").basicCode()).hasValue(452);
    }

    @Test
    void aCountNamedByItsStateOrItsLabelOrA500BeforeAPluralShouldNotBeTakenForACode() {
        // Code-less texts a client hands over, each read as a 5xx before (the mail that waits would bounce).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        // The state of what a number counts after it, ending the clause, placed or followed by what it counts.
        assertThat(SmtpReply.parse("Too many connections: 500 open").basicCode()).isEmpty();
        assertThat(classifier.classify("Too many connections: 500 open").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("Too many connections (500 open)").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Too many concurrent connections (550 open from your network)").basicCode()).isEmpty();
        assertThat(classifier.classify("Too many concurrent connections (550 open from your network)").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("Too many messages (500 sent today)").basicCode()).isEmpty();
        assertThat(classifier.classify("Too many messages (500 sent today)").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(SmtpReply.parse("Too many recipients: 500 given, 100 allowed").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Too many users: 500 online").basicCode()).isEmpty();
        // A label naming what is counted, then the number alone.
        assertThat(SmtpReply.parse("Open sessions: 500").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Connections: 550, limit 20").basicCode()).isEmpty();
        // 500, a command's syntax error, before a plural in lower case.
        assertThat(SmtpReply.parse("msg: 500 messages sent").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Deferred: 500 messages queued for retry").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Error: 500 users over quota").basicCode()).isEmpty();
        assertThat(classifier.classify("Error: 500 users over quota").kind()).isEqualTo(DeferralKind.MAILBOX);
        // Replies keep their codes: a state word that opens another noun ("open relay"), a label's number followed
        // by the reply's words, a 500 naming a command, another 5xx before a plural, a reply in lower case.
        assertThat(SmtpReply.parse("Server said: 554 open relay not allowed").basicCode()).hasValue(554);
        assertThat(SmtpReply.parse("Failed recipients: 550 User unknown").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Error: 500 Line too long").basicCode()).hasValue(500);
        assertThat(SmtpReply.parse("Error: 500 unrecognized command").basicCode()).hasValue(500);
        assertThat(SmtpReply.parse("Remote server said: 550 messages from your host are refused").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Error: 550 sorry, no mailbox here by that name").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Delivery failed (550 Requested action not taken)").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("Delivery failed (421 Too many connections)").basicCode()).hasValue(421);
    }

    @Test
    void aCountInTheNarrativeBeforeTheReplyShouldNotHideTheReply() {
        // A sender's narrative counts before the reply it quotes: the count used to be taken for the code (a 5xx,
        // bouncing mail that waits) or to leave the line without one; the reply after it is the reply.
        SmtpReply progress = SmtpReply.parse("sent 500 of 550: 421 4.7.0 Too many concurrent connections");
        assertThat(progress.basicCode()).hasValue(421);
        assertThat(progress.enhancedCode()).hasValue("4.7.0");
        assertThat(progress.text()).isEqualTo("Too many concurrent connections");
        assertThat(SmtpReply.parse("sent 500 of 550: 421 Too many concurrent connections").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("batch 2: 500 of 550 sent; 421 Too many connections").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("Hourly ceiling of 500 recipients reached; last reply: 451 Try again later").basicCode())
            .hasValue(451);
        SmtpReply queued = SmtpReply.parse("queue full: 550 messages waiting; last reply: 421 Too many connections");
        assertThat(queued.basicCode()).hasValue(421);
        assertThat(queued.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify("queue full: 550 messages waiting; last reply: 421 Too many "
            + "connections from your host").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A number followed by what it counts is still the code when no other negative code follows, or when the same
        // code follows (the reply's own next line), and a code with its enhanced code is the reply wherever it stands.
        assertThat(SmtpReply.parse("Remote server said: 550 messages from your host are refused").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("said: 452 messages per connection exceeded 452 try again later").basicCode()).hasValue(452);
        assertThat(SmtpReply.parse("said: 452 messages per connection exceeded 452 try again later").text())
            .startsWith("messages per connection exceeded");
        assertThat(SmtpReply.parse("queue: 550 messages; said: 550 5.7.1 Rejected for policy reasons").basicCode())
            .hasValue(550);
        assertThat(SmtpReply.parse("got 250 messages out, then 550 5.7.1 Rejected").basicCode()).hasValue(550);
        // "of" and a number after the code are no reply's words.
        assertThat(SmtpReply.parse("Delivered 450 of 500 messages").basicCode()).isEmpty();
    }

    @Test
    void aLogsOwnPrefixBeforeTheReplyShouldNotBeReadAsTheReceiversWords() {
        // A logger's name and its dash, a level in capitals, a time stamp alone: the log's words, not the receiver's
        // ("Mailer" had read as the receiver's part, a connection limit as its trouble).
        SmtpReply log4j = SmtpReply.parse("12:55:01.552 [pool-5-thread-1] WARN  Mailer - 421 4.7.0 Too many connections");
        assertThat(log4j.basicCode()).hasValue(421);
        assertThat(log4j.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify("12:55:01.552 [pool-5-thread-1] WARN  Mailer - 421 4.7.0 Too "
            + "many connections").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("[2024-05-21T12:55:01.552+00:00] ERROR 421 Timeout waiting for data").text())
            .isEqualTo("Timeout waiting for data");
        assertThat(SmtpReply.parse("2024-05-21 12:55:01 421 Max connections").text()).isEqualTo("Max connections");
        assertThat(SmtpReply.parse("[2024-05-21T12:55:01Z] 421 Max connections").text()).isEqualTo("Max connections");
        // Time stamps with a month's, a day's or a zone's name: PHP's error_log, RFC 5322's date, syslog's.
        assertThat(SmtpReply.parse("[07-Dec-2026 05:00:00 UTC] 421 Offline").text()).isEqualTo("Offline");
        assertThat(SmtpReply.parse("Mon, 07 Dec 2026 05:00:00 +0000 421 Offline").text()).isEqualTo("Offline");
        assertThat(SmtpReply.parse("Dec  7 05:00:00 421 Offline").text()).isEqualTo("Offline");
        // Words that are no time stamp's stay the reply's.
        assertThat(SmtpReply.parse("Server busy since 05:00, 421 Offline").text()).contains("busy");
        assertThat(DeferralClassifier.defaults().classify("2024-05-21 12:55:01 421 Max connections").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // Words that run on into the number stay the reply's ("the limit of 450 messages"), as does a word in capitals
        // that is no log level.
        assertThat(SmtpReply.parse("Recipient rejected 450 Mailbox busy").text()).isEqualTo("Recipient rejected Mailbox busy");
        assertThat(SmtpReply.parse("SPAM 451 Try again later").text()).contains("SPAM");
        // The delivery's state a log writes where others write a level is the log's too: read with a terse reply it
        // took the receiver's state away ("Deferred Service stopping" was no kind).
        assertThat(SmtpReply.parse("DEFERRED 450 Service stopping").text()).isEqualTo("Service stopping");
        assertThat(SmtpReply.parse("2024-05-21 12:55:01 [defer] 421 Not available now").text()).isEqualTo("Not available now");
        assertThat(SmtpReply.parse("(deferred) 421 Not available now").text()).isEqualTo("Not available now");
        assertThat(SmtpReply.parse("SoftBounce 421 rate control").text()).isEqualTo("rate control");
        assertThat(DeferralClassifier.defaults().classify("Deferred (450 Service stopping)").kind())
            .isEqualTo(DeferralKind.SERVER_BUSY);
        // Not a sentence that only ends with the word.
        assertThat(SmtpReply.parse("Message deferred 450 Service stopping").text()).contains("Message deferred");
        // A verb of saying or getting hands the reply over as a colon does, and so does the client's own command before
        // the reply in a one-line transcript: the sender's words ("Server responded with 421 …" read otherwise in 190
        // of the tables' 11,736 4xx rows, "STARTTLS 421 …" in 145, none now).
        assertThat(SmtpReply.parse("host mx.example.net said 450 Service stopping").text()).isEqualTo("Service stopping");
        assertThat(SmtpReply.parse("Server responded with 421 4.3.2 Service unavailable").text())
            .isEqualTo("Service unavailable");
        assertThat(SmtpReply.parse("Got 451 Not Authorized").text()).isEqualTo("Not Authorized");
        assertThat(SmtpReply.parse("MAIL FROM:<b@example.org> SIZE=1234 BODY=8BITMIME 451 4.0.0 Local error").text())
            .isEqualTo("Local error");
        assertThat(SmtpReply.parse("STARTTLS 421 4.3.2 Service unavailable").text()).isEqualTo("Service unavailable");
        assertThat(DeferralClassifier.defaults().classify("DATA 450 Service stopping").kind())
            .isEqualTo(DeferralKind.SERVER_BUSY);
        // A command's name inside the receiver's words is theirs ("Error after data 451 …" is no transcript).
        assertThat(SmtpReply.parse("Error after data 451 Try again").text()).contains("Error after data");
    }

    @Test
    void aLevelInBracketsOrALoggersBracketedNameShouldEndALogsPrefix() {
        // Go's, PHP's and nginx's logs bracket the level; a logger's bracketed name may follow it. Read with the reply,
        // the prefix made a terse reply no longer terse (the tables' terse rows behind a time stamp and "WARN
        // [delivery]" read otherwise: 14 of 11,673 rows so wrapped, 11 as no kind, 2 as a mailbox's, 1 as reputation).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        SmtpReply go = SmtpReply.parse("2024/05/21 12:55:01 [error] 421 Overload");
        assertThat(go.basicCode()).hasValue(421);
        assertThat(go.text()).isEqualTo("Overload");
        assertThat(SmtpReply.parse("2024/05/21 12:55:01 [ERROR] 421 Max connections").text())
            .isEqualTo("Max connections");
        SmtpReply named = SmtpReply.parse("2026-12-06 07:00:00,123 WARN  [delivery] 451 4.7.1 Too much mail for this "
            + "mailbox, try again later");
        assertThat(named.enhancedCode()).hasValue("4.7.1");
        assertThat(named.text()).isEqualTo("Too much mail for this mailbox, try again later");
        assertThat(classifier.classify("2026-12-06 07:00:00,123 WARN  [delivery] 421 Max connections").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(classifier.classify("2026-12-06 07:00:00,123 WARN  [delivery] 451 4.7.1 Too much mail for this "
            + "mailbox, try again later").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        // A bracketed word that is no level stays the reply's, as does one before a bracketed name.
        assertThat(SmtpReply.parse("[spam] 451 Try again later").text()).contains("[spam]");
        assertThat(SmtpReply.parse("Relay [delivery] 451 Try again later").text()).contains("Relay");
    }

    @Test
    void aReplyABracketOpensShouldBeReadButNotACountInBrackets() {
        // A log's field or a whole line bracketing the reply ("error=[421 …]", "[421 …]"): the code was not read, so
        // a terse reply had no kind and "[451 5.7.3 …]" read its enhanced code's class (27 of 11,673 rows so wrapped).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        SmtpReply whole = SmtpReply.parse("[421 Overload]");
        assertThat(whole.basicCode()).hasValue(421);
        assertThat(whole.text()).isEqualTo("Overload");
        assertThat(SmtpReply.parse("error=[421 Not available now]").text()).isEqualTo("Not available now");
        assertThat(SmtpReply.parse("Error: [451 4.3.0 Temporary failure]").basicCode()).hasValue(451);
        assertThat(classifier.classify("[451 5.7.3 STARTTLS is required to send mail]").kind())
            .isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(classifier.classify("[421 Max connections]").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A number in brackets inside the text is a count, not a code: "[552 MB used]" read as a 5xx would bounce mail
        // that waits.
        SmtpReply count = SmtpReply.parse("Mailbox full [552 MB used]");
        assertThat(count.basicCode()).isEmpty();
        assertThat(classifier.classify("Mailbox full [552 MB used]").kind()).isEqualTo(DeferralKind.MAILBOX);
        assertThat(classifier.classify("Limits [500 messages per hour] exceeded").kind())
            .isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void aCodeBracketedAloneBeforeTheTextOrAfterTheWordsThatNameItShouldBeTheReplysButNotANumberBracketedElsewhere() {
        // "[451] 4.3.0 …", "(451) …", "SMTP Error [421]: …", "Server replied [421] …": the code was not read, so a
        // class-5 enhanced code after a 4xx made a deferral permanent and a 5xx's words read as a deferral (38, 46 and
        // 174 of 11,798 rows so written).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        SmtpReply alone = SmtpReply.parse("[451] 4.3.0 Temporary failure");
        assertThat(alone.basicCode()).hasValue(451);
        assertThat(alone.enhancedCode()).hasValue("4.3.0");
        assertThat(alone.text()).isEqualTo("Temporary failure");
        assertThat(classifier.classify("[451] 5.7.3 STARTTLS is required to send mail").kind())
            .isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(classifier.classify("(451) 5.7.3 STARTTLS is required").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(classifier.classify("SMTP Error [550]: Too many messages. Try again in 92 seconds.").kind())
            .isEqualTo(DeferralKind.PERMANENT);
        SmtpReply labelled = SmtpReply.parse("Server replied [421] Too many connections from your IP");
        assertThat(labelled.basicCode()).hasValue(421);
        assertThat(labelled.text()).isEqualTo("Too many connections from your IP");
        // A bracketed number elsewhere is no code: a provider's own reason code closing the text, a number after words
        // that do not name a code ("[505]" read as a 5xx would bounce mail that waits).
        assertThat(SmtpReply.parse("Service refuse. Veuillez essayer plus tard. OFR005_505 [505]").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Message size exceeds limit (550) try later").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Quota usage [552] of 1000 MB").basicCode()).isEmpty();
    }

    @Test
    void anEnhancedCodeAfterADashThatFollowsTheBasicCodeShouldBeRead() {
        // "451 - 4.3.0 …": the enhanced code was not read, so a reply whose words name no cause lost its class-3 code's
        // kind (191 of 8,316 rows so written).
        SmtpReply reply = SmtpReply.parse("451 - 4.3.0 Temporary failure, try again later");
        assertThat(reply.basicCode()).hasValue(451);
        assertThat(reply.enhancedCode()).hasValue("4.3.0");
        assertThat(reply.text()).isEqualTo("Temporary failure, try again later");
        assertThat(DeferralClassifier.defaults().classify("450 - 4.3.2 Temporary Failure.").kind())
            .isEqualTo(DeferralKind.SERVER_BUSY);
    }

    @Test
    void jamesRemoteDeliveryLogLinesShouldGiveTheReplyTheyQuote() {
        // James 3.8.1's RemoteDelivery logs a refused recipient as "RemoteHost said: ( <address> - [<reply>] )" and,
        // with debug on, "SMTP SEND FAILED: Command [RCPT] RetCode: [421] Response[<reply>]"; logback's pattern puts
        // "HH:mm:ss.SSS [LEVEL] logger - " before it. The code was not read, so a terse reply had no kind (143 and 169
        // of 11,673 rows so wrapped).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        String prefix = "07:00:00.123 [DEBUG] o.a.j.t.m.r.d.MailDelivrer - Temporary exception delivering mail"
            + " (Mail1733-0-0). RemoteHost said: ";
        SmtpReply one = SmtpReply.parse(prefix + "( a@example.net - [421 Not available now\n] ): ");
        assertThat(one.basicCode()).hasValue(421);
        assertThat(one.text()).isEqualTo("Not available now");
        assertThat(SmtpReply.parse(prefix + "( [a@example.net, b@example.org] - [451 4.3.0 Try later\n] ): ")
            .enhancedCode()).hasValue("4.3.0");
        assertThat(SmtpReply.parse("RemoteHost said: ( Ann <a@example.net> - [421 Overload] )").basicCode())
            .hasValue(421);
        assertThat(classifier.classify(prefix + "( a@example.net - [421 The server has reached its total connection"
            + " capacity\n] ): ").kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        String debug = "07:00:00.123 [INFO ] o.a.j.t.m.r.d.MailDelivrer - SMTP SEND FAILED: Command [RCPT] RetCode:"
            + " [421] Response[421 4.7.0 Max connections\n]";
        assertThat(SmtpReply.parse(debug).text()).isEqualTo("Max connections");
        assertThat(classifier.classify(debug).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(classifier.classify("SMTP SEND FAILED: Command [RCPT] RetCode: [451] Response[451 5.7.3 STARTTLS"
            + " is required to send mail]").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
        // A dash and a bracket after anything but an address is the text's own: "[552 MB used]" read as a 5xx would
        // bounce mail that waits.
        assertThat(SmtpReply.parse("Mailbox full - [552 MB used]").basicCode()).isEmpty();
        assertThat(classifier.classify("Mailbox full - [552 MB used]").kind()).isEqualTo(DeferralKind.MAILBOX);
        assertThat(SmtpReply.parse("Quota exceeded - [500 messages per hour]").basicCode()).isEmpty();
        // Nor after a host name, which has a domain's last label as an address has, but no '@'.
        assertThat(SmtpReply.parse("Mailbox full, see www.example.com - [552 MB used]").basicCode()).isEmpty();
        assertThat(classifier.classify("Mailbox full, see www.example.com - [552 MB used]").kind())
            .isEqualTo(DeferralKind.MAILBOX);
    }

    @Test
    void anExceptionsChainShouldReadTheReplyItRepeatsOnce() {
        // javax.mail's SMTPSendFailedException holds an SMTPSenderFailedException with the same reply. As its toString
        // writes it the ";" is on a line of its own; a log may put it at the end of the reply's line or flatten the
        // chain onto one line: the reply read twice moved its kind ("… per-host limit reached; Connection from …").
        String reply = "421 4.3.2 Connection from 192.0.2.10 refused: per-host limit reached";
        String text = "Connection from 192.0.2.10 refused: per-host limit reached";
        String inner = "com.sun.mail.smtp.SMTPSenderFailedException: " + reply;
        String outer = "com.sun.mail.smtp.SMTPSendFailedException: " + reply;
        assertThat(SmtpReply.parse(outer + "\n;\n  nested exception is:\n\t" + inner + "\n").text()).isEqualTo(text);
        assertThat(SmtpReply.parse(outer + ";\n  nested exception is:\n\t" + inner).text()).isEqualTo(text);
        assertThat(SmtpReply.parse(outer + "; nested exception is: " + inner).text()).isEqualTo(text);
        assertThat(DeferralClassifier.defaults().classify(outer + "; nested exception is: " + inner).kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A chain whose outer exception names no reply keeps only the inner one's.
        assertThat(SmtpReply.parse("javax.mail.SendFailedException: Invalid Addresses; nested exception is: "
            + "com.sun.mail.smtp.SMTPAddressFailedException: 450 4.7.1 Recipient rate limit reached for sender").text())
            .isEqualTo("Recipient rate limit reached for sender");
    }

    @Test
    void anExceptionsClassOrAPageTitleBeforeTheParenthesisShouldNotBeTheReceiversWords() {
        // Rails logs an exception as "Class (message):", Django's error page titles it "Class at /path/ (tuple)": the
        // class ("SMTPServerBusy" read as a busy server) and the path were read as the reply's words (17 and 128 of
        // 11,673 rows so wrapped changed kind).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        assertThat(SmtpReply.parse("Net::SMTPServerBusy (421 Overload\n):").text()).isEqualTo("Overload");
        assertThat(classifier.classify("Net::SMTPServerBusy (424 4.2.4 Mailing list expansion problem\n):").kind())
            .isEqualTo(DeferralKind.MAILBOX);
        assertThat(classifier.classify("Net::SMTPServerBusy (421 Max connections\n):").kind())
            .isEqualTo(DeferralKind.CONNECTION_LIMIT);
        SmtpReply django = SmtpReply.parse("SMTPDataError at /contact/ (451, b'4.7.1 Resources restricted - exceeds "
            + "recipients limit')");
        assertThat(django.basicCode()).hasValue(451);
        assertThat(django.text()).isEqualTo("Resources restricted - exceeds recipients limit");
        assertThat(classifier.classify("SMTPDataError at /contact/ (451, b'Not available now')").kind())
            .isEqualTo(DeferralKind.SERVER_BUSY);
        // A sentence before a parenthesised code stays the reply's words ("Mailbox busy (450 …)" is no class).
        assertThat(SmtpReply.parse("Mailbox busy (450 try again)").text()).contains("Mailbox busy");
    }

    @Test
    void aProgramsVersionBeforeTheReplyShouldNotBeTakenForAnEnhancedCode() {
        // A sender's log names its program and version before the reply: "5.2.1" was read as the reply's enhanced
        // code, the 421 after it as a number of another class in its text, and the deferral as permanent.
        SmtpReply phpMailer = SmtpReply.parse("PHPMailer 5.2.1: 421 Too many concurrent connections");
        assertThat(phpMailer.basicCode()).hasValue(421);
        assertThat(phpMailer.enhancedCode()).isEmpty();
        assertThat(phpMailer.text()).isEqualTo("Too many concurrent connections");
        assertThat(SmtpReply.parse("hMailServer 5.6.8 said: 450 Requested mail action not taken").basicCode()).hasValue(450);
        assertThat(DeferralClassifier.defaults().classify("nodemailer 5.1.1 error: 421 connection rate limit exceeded")
            .kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(SmtpReply.parse("PHPMailer 5.2.1: 421 Timeout waiting for data from client").replyClass())
            .isEqualTo(SmtpReply.ReplyClass.TRANSIENT);
        // An enhanced code after a colon, a semicolon, a quote or its basic code, or opening the line, stays one.
        assertThat(SmtpReply.parse("Remote host said: 5.7.1 Rejected for policy reasons").enhancedCode()).hasValue("5.7.1");
        assertThat(SmtpReply.parse("smtp; 4.7.0 Too many connections").enhancedCode()).hasValue("4.7.0");
        assertThat(SmtpReply.parse("4.7.0 Too many connections").enhancedCode()).hasValue("4.7.0");
        assertThat(SmtpReply.parse("451 qq read error (#4.3.0)").enhancedCode()).hasValue("4.3.0");
        assertThat(SmtpReply.parse("Status: 4.7.0\nDiagnostic-Code: smtp; 421 Too many connections").enhancedCode())
            .hasValue("4.7.0");
        // A word that only starts like a count ("Timeout", "Requested") is a reply's first word, no count.
        assertThat(SmtpReply.parse("Transaction failed: 4.0.0 relay said: 421 Timeout waiting for data").basicCode())
            .hasValue(421);
    }

    @Test
    void aPortAfterAHostNameOrAnAddressShouldNotBeTakenForACode() {
        // A client's connection error names the port it tried ("Connection refused … to smtp.example.com:587"): read as
        // a 5xx it would bounce mail that waits (it did, before the colon after a host name or an address was read as a
        // port's). A wrapper's own label before a colon still opens the reply ("SMTP -> FROM SERVER:421 …").
        assertThat(SmtpReply.parse("java.net.ConnectException: Connection refused (Connection refused) to smtp.example.com:587")
            .basicCode()).isEmpty();
        assertThat(SmtpReply.parse("connect to [192.0.2.1]:587 failed").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("connect to 192.0.2.1:465 failed").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("connect to [2001:db8::1]:587 failed").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("SMTP -> FROM SERVER:421 Too many concurrent SMTP connections").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("said:421 4.7.0 Too many connections").basicCode()).hasValue(421);
        assertThat(DeferralClassifier.defaults().classify("Connection refused to smtp.example.com:587").kind())
            .isNotEqualTo(DeferralKind.PERMANENT);
        // Nor a port after the word "port" (curl's "Failed to connect to smtp.example.com port 587 after 129 ms": it
        // was a 587 reply, permanent, until this session's probes of a client failing to connect); a code after a
        // colon that follows still opens the reply.
        assertThat(SmtpReply.parse("curl: (7) Failed to connect to smtp.example.com port 587 after 129 ms: Connection refused")
            .basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Connection to smtp.example.com port 587 timed out").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Tried port: 465, then gave up").basicCode()).isEmpty();
        assertThat(DeferralClassifier.defaults().classify("Connection to smtp.example.com port 587 timed out").kind())
            .isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(SmtpReply.parse("Connected to mx.example.net port 25: 421 Too many connections").basicCode())
            .hasValue(421);
        // Nor a time-out's seconds written as a unit's letter.
        assertThat(SmtpReply.parse("Error: timeout after 300 s").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Error: no reply within 450 ms").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Connection timed out after 500 milliseconds").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("No greeting within 500 msec").basicCode()).isEmpty();
        // Nor an HTTP status an API relay's client quotes (an HTTP 503 read as SMTP's would be permanent).
        assertThat(SmtpReply.parse("Relay API error: HTTP 503 Service Unavailable").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("upstream answered HTTP/1.1 502 Bad Gateway").basicCode()).isEmpty();
        assertThat(DeferralClassifier.defaults().classify("Relay API error: HTTP 503 Service Unavailable").kind())
            .isEqualTo(DeferralKind.SERVER_BUSY);
        // Nor one known by its own reason phrase with no "HTTP" before it (a proxy's 502 was a permanent reply); each
        // phrase with its own status only: an SMTP code a client quotes before other words keeps its code.
        assertThat(SmtpReply.parse("Upstream relay returned status 502 Bad Gateway, will retry").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("relay got 429 Too Many Requests from the API").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("front end: 504 Gateway Time-out").basicCode()).isEmpty();
        assertThat(DeferralClassifier.defaults().classify("Upstream relay returned status 502 Bad Gateway, will retry")
            .kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        assertThat(SmtpReply.parse("Error: 421 Service Unavailable").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("Error: 550 Not Found here").basicCode()).hasValue(550);
        assertThat(SmtpReply.parse("502 Bad Gateway").basicCode()).hasValue(502);
        assertThat(SmtpReply.parse("451 4.7.1 Upstream said 429 Too Many Requests").basicCode()).hasValue(451);
        // Nor S3's "503 Slow Down" behind a relay, a port a reply advises, a count a limit is or a number a limit is at,
        // nor a count after a verb of sending or processing (code-less forms of the tables' rows read as 5xx before, a
        // fourteenth session's probe: a 4xx reply whose code a client cut off would have bounced).
        assertThat(SmtpReply.parse("Temporary failure: object storage returned 503 Slow Down").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Connection not accepted on this port, use 587").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("You have sent 500 messages in the last hour; the limit is 300").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("User limit exceeded at 500 online users.").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Server processing 500 messages per second, at capacity").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("Sender exceeded the 500 messages per day allowance").basicCode()).isEmpty();
        assertThat(SmtpReply.parse("You opened 500 connections in the last hour, slow down").basicCode()).isEmpty();
        assertThat(DeferralClassifier.defaults().classify("You have sent 500 messages in the last hour; the limit is 300")
            .kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(DeferralClassifier.defaults().classify("Temporary failure: object storage returned 503 Slow Down")
            .kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        // A reply a client quotes after its words keeps its code.
        assertThat(SmtpReply.parse("Remote server replied: 503 Bad sequence of commands").basicCode()).hasValue(503);
        assertThat(SmtpReply.parse("Delivery failed: 452 Too many recipients").basicCode()).hasValue(452);
        assertThat(SmtpReply.parse("Server replied: 421 Connection limit reached").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("The relay sent 421 Service not available").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("Server sent 421 Connection limit reached").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("Client received 451 Messages from your host are deferred").basicCode()).hasValue(451);
    }

    @Test
    void aLogsOrAFormsFieldNamingTheReplyShouldHoldIt() {
        // "reason=", "error=", "message=", "msg=", "diagnostic=" before the reply, unquoted, as "response=" and
        // "reply=" were read: the field's name had been read with the reply ("error=421 Max connections" had no kind).
        DeferralClassifier classifier = DeferralClassifier.defaults();
        for (String key : new String[] {"reason", "error", "message", "msg", "diagnostic", "smtp_error"}) {
            SmtpReply reply = SmtpReply.parse("status=deferred " + key + "=421 Max connections");
            assertThat(reply.basicCode()).as(key).hasValue(421);
            assertThat(reply.text()).as(key).isEqualTo("Max connections");
        }
        assertThat(classifier.classify("error=421 Max connections").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A form's body (a webhook's): the reply ends where the next field begins.
        SmtpReply form = SmtpReply.parse("event=dropped&code=421&error=421+4.7.0+Too+many+connections&recipient=a%40"
            + "example.net");
        assertThat(form.enhancedCode()).hasValue("4.7.0");
        assertThat(form.text()).isEqualTo("Too many connections");
        assertThat(SmtpReply.parse("reason=450+4.7.1+Too+many+messages").basicCode()).hasValue(450);
        // A count the field holds is no reply.
        assertThat(SmtpReply.parse("msg=500 messages sent, limit reached").basicCode()).isEmpty();
    }

    @Test
    void aBlankLineAfterTheReplyShouldEndItsText() {
        // Exim's delay warning folds the reply over indented lines, then goes on with its own narrative after a blank
        // line ("No action is required on your part"): that is no word of the receiver's (its "your" had turned the
        // receiver shutting down into a connection limit in 48 of the written batches' wrapped forms).
        String warning = "A message that you sent has not yet been delivered to one or more of its\nrecipients after more"
            + " than 24 hours on the queue on mail.example.com.\n\n  user@example.net\n    host mx.example.net [192.0.2.1]\n"
            + "    Delay reason: SMTP error from remote mail server after RCPT TO:<user@example.net>:\n"
            + "    421 4.3.2 Too many connections; server is\n    shutting down\n\nNo action is required on your part."
            + " Delivery attempts will continue for\nsome time.";
        SmtpReply reply = SmtpReply.parse(warning);
        assertThat(reply.text()).isEqualTo("Too many connections; server is shutting down");
        assertThat(DeferralClassifier.defaults().classify(warning).kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        // A reply line after the blank line still opens a reply (a transcript's lines apart).
        assertThat(SmtpReply.parse("250 2.1.0 Ok\n\n451 4.3.0 Temporary lookup failure").text())
            .isEqualTo("Temporary lookup failure");
    }

    @Test
    void aWrappersLinesAroundATerseReplyShouldNotBeItsWords() {
        // A terse reply keeps its kind where a note, .NET or postqueue -p quotes it (the written batches' terse rows in
        // those wrappers read as no kind before: "Got ` Overload`", "Overload --- End of inner exception stack trace
        // ---", "Overload) user@example.net").
        DeferralClassifier classifier = DeferralClassifier.defaults();
        assertThat(classifier.classify("Got `421 Overload`").kind()).isEqualTo(DeferralKind.SERVER_BUSY);
        assertThat(classifier.classify("System.Net.Mail.SmtpFailedRecipientsException: Unable to send to all recipients."
            + " ---> System.Net.Mail.SmtpFailedRecipientException: Service not available, closing transmission channel. The"
            + " server response was: Max connections\n   --- End of inner exception stack trace ---\n   at"
            + " System.Net.Mail.SmtpTransport.SendMail(MailAddress sender)").kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(classifier.classify("4AbCdE1234*    1234 Sat Nov 28 10:00:00  sender@example.com\n(host mx.example.net"
            + "[192.0.2.1] said: 450 Flood (in reply to RCPT TO command))\n                  user@example.net").kind())
            .isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void aTuplesStringOverTwoLinesShouldBeReadUnescapedToItsClosingQuote() {
        // Python's bytes over two lines: the second line's escaped apostrophe and the tuple's closing quote are no
        // words of the reply ("wasn\\'t sent over a TLS connection.')" read as a rate before).
        SmtpReply reply = SmtpReply.parse("smtplib.SMTPDataError: (421, b'4.7.29 Your email has been rate limited because"
            + " this message\\nwasn\\'t sent over a TLS connection.')");
        assertThat(reply.text()).isEqualTo("Your email has been rate limited because this message wasn't sent over a TLS"
            + " connection.");
        assertThat(DeferralClassifier.defaults().classify("smtplib.SMTPRecipientsRefused: {'a@example.net': (450,"
            + " b'4.2.1 Too many sessions open on this\\nuser\\'s mailbox')}").kind()).isEqualTo(DeferralKind.MAILBOX);
    }

    @Test
    void aMultiLineRepliesNextSentenceShouldNotRunIntoItsFirst() {
        // A line ending on a word before a line that opens a sentence is closed with a period.
        assertThat(SmtpReply.parse("421-4.7.0 Too many connections\r\n421 4.7.0 Sorry for the inconvenience").text())
            .isEqualTo("Too many connections. Sorry for the inconvenience");
        assertThat(SmtpReply.parse("421-Overload\r\n421 For more information see our FAQ.").text())
            .isEqualTo("Overload. For more information see our FAQ.");
        // A sentence broken over two lines stays one: a capitalized noun or name goes on the line before.
        assertThat(SmtpReply.parse("421-4.7.0 Zu viele gleichzeitige\r\n421 4.7.0 Verbindungen").text())
            .isEqualTo("Zu viele gleichzeitige Verbindungen");
        assertThat(SmtpReply.parse("421-concurrent connection limit in\r\n421 Avast exceeded").text())
            .isEqualTo("concurrent connection limit in Avast exceeded");
        assertThat(SmtpReply.parse("421-4.7.0 Too many connections,\r\n421 4.7.0 Please try later").text())
            .isEqualTo("Too many connections, Please try later");
    }

    @Test
    void nodemailersGreetingErrorShouldGiveTheReplyOnceWithAllItsLines() {
        // nodemailer's greeting and EHLO errors: the reply after "response=", its lines joined by line ends, and the whole
        // reply again after a colon. Before, only the first line after "response=" was read ("Too many concurrent"), and
        // a one-line reply was read twice ("Too many connections: Too many connections").
        String greeting = "Error: Invalid greeting. response=421-4.7.0 Too many concurrent\n421 4.7.0 connections from"
            + " your IP: 421-4.7.0 Too many concurrent\n421 4.7.0 connections from your IP\n    at"
            + " SMTPConnection._actionGreeting (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1438:25)";
        SmtpReply reply = SmtpReply.parse(greeting);
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(reply.enhancedCode()).hasValue("4.7.0");
        assertThat(reply.text()).isEqualTo("Too many concurrent connections from your IP");
        assertThat(DeferralClassifier.defaults().classify(greeting).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("Error: Server terminates connection. response=451 4.6.0 Bare LF found in message: 451"
            + " 4.6.0 Bare LF found in message").text()).isEqualTo("Bare LF found in message");
        // Its older form: the sentence, a line end, the reply and its copy.
        assertThat(SmtpReply.parse("Error: Server terminates connection:\n421-mx.example.net busy\n421 too many sessions:"
            + " 421-mx.example.net busy\n421 too many sessions").text()).isEqualTo("mx.example.net busy too many sessions");
        // A key=value field's reply of several lines ends with its last line; the log's next field is not its.
        assertThat(SmtpReply.parse("status=deferred reason=421-4.7.0 Too many\n421 4.7.0 connections\nrelay=mx.example.net")
            .text()).isEqualTo("Too many connections");
        // Not a copy: a reply the text after it goes on with, or one that differs.
        assertThat(SmtpReply.parse("Failed: 451 4.7.1 see: 451 4.7.1 see below").text()).isEqualTo("see: see below");
        assertThat(SmtpReply.parse("Error: 421 4.7.0 Too many connections: 421 4.7.0 Too many messages").text())
            .isEqualTo("Too many connections: Too many messages");
    }

    @Test
    void aReplyOfSeveralLinesAQuoteOpenedShouldEndAtItsClosingQuote() {
        // Laravel's log of Symfony Mailer's error: the reply's lines inside the message's quotes, then the log's record
        // holding the message again, a stack trace after it. Before, the reply's last line ran on into the record.
        String logged = "[2026-12-08 01:00:00] production.ERROR: Expected response code \"250\" but got code \"421\", with"
            + " message \"421-4.7.0 Too many concurrent\r\n421 4.7.0 connections from your IP\". {\"exception\":\"[object]"
            + " (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\UnexpectedResponseException(code: 421): Expected response"
            + " code \\\"250\\\" but got code \\\"421\\\", with message \\\"421-4.7.0 Too many concurrent\r\n421 4.7.0"
            + " connections from your IP\\\". at /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342)\n"
            + "[stacktrace]\n#0 {main}\n\"}";
        SmtpReply reply = SmtpReply.parse(logged);
        assertThat(reply.text()).isEqualTo("Too many concurrent connections from your IP");
        assertThat(DeferralClassifier.defaults().classify(logged).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A log's quoted field (logfmt): the reply ends at its closing quote, the log's next field is not its.
        assertThat(SmtpReply.parse("level=warn msg=\"delivery deferred\" response=\"421-4.7.0 Too many concurrent\\n421 4.7.0"
            + " connections\" relay=mx.example.net").text()).isEqualTo("Too many concurrent connections");
        // A quote the reply's first line closes ends it there, as before; a line without the reply's code is read as
        // any line is.
        assertThat(SmtpReply.parse("Server Response: '421-4.7.0 Too many connections', Port: 587\n421 4.7.0 later").text())
            .isEqualTo("Too many connections later");
        assertThat(SmtpReply.parse("with message \"451-4.3.0 Temporary\nlocal problem\"").text())
            .isEqualTo("Temporary local problem");
    }

    @Test
    void phpMailersOlderFieldsShouldGiveTheCodeBeforeTheText() {
        // PHPMailer 5.2's error: the code, the enhanced code or nothing, then the text, its lines' codes cut off. Before,
        // the text was read without its code, a 550 as a rate limit.
        SmtpReply permanent = SmtpReply.parse("The following From address failed: root@localhost : MAIL FROM command failed,"
            + "550,,Too many messages. Try again in 92 seconds.\r\n");
        assertThat(permanent.basicCode()).hasValue(550);
        assertThat(permanent.text()).isEqualTo("Too many messages. Try again in 92 seconds.");
        assertThat(DeferralClassifier.defaults().classify(permanent).kind()).isEqualTo(DeferralKind.PERMANENT);
        SmtpReply deferred = SmtpReply.parse("SMTP Error: The following From address failed: sender@example.com : MAIL FROM"
            + " command failed,421,4.7.0,Too many concurrent\r\nconnections from your IP\r\n");
        assertThat(deferred.basicCode()).hasValue(421);
        assertThat(deferred.enhancedCode()).hasValue("4.7.0");
        assertThat(deferred.text()).isEqualTo("Too many concurrent connections from your IP");
        assertThat(DeferralClassifier.defaults().classify(deferred).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void librariesFieldsShouldGiveEveryLineOfAReplyOfSeveral() {
        // Each of these keeps a reply's lines joined by line ends, without their codes; before, only the first line was
        // read (or, for PHPMailer's fields with the reply's last line end, no code at all).
        assertThat(SmtpReply.parse("Unexpected reply: Code: 421, Enhanced code: 4.7.0, Message: Too many concurrent\n"
            + "connections from your IP").text()).isEqualTo("Too many concurrent connections from your IP");
        SmtpReply roundcube = SmtpReply.parse("SMTP Error (421): Failed to add recipient \"user@example.net\" (4.7.0 Too many"
            + " concurrent\n4.7.0 connections from your IP).");
        assertThat(roundcube.basicCode()).hasValue(421);
        assertThat(roundcube.enhancedCode()).hasValue("4.7.0");
        assertThat(roundcube.text()).isEqualTo("Too many concurrent connections from your IP");
        assertThat(SmtpReply.parse("send failed: &{Code:421 Msg:4.7.0 Too many concurrent\n4.7.0 connections}").text())
            .isEqualTo("Too many concurrent connections");
        SmtpReply phpMailer = SmtpReply.parse("The following From address failed: sender@example.com : MAIL FROM command"
            + " failed,Too many messages. Try again\r\nin 92 seconds.\r\n,550,5.7.1");
        assertThat(phpMailer.basicCode()).hasValue(550);
        assertThat(phpMailer.enhancedCode()).hasValue("5.7.1");
        assertThat(phpMailer.text()).isEqualTo("Too many messages. Try again in 92 seconds.");
        assertThat(DeferralClassifier.defaults().classify(phpMailer).kind()).isEqualTo(DeferralKind.PERMANENT);
    }

    @Test
    void aReceiversLogOfItsRefusalShouldGiveTheReplyWithoutTheEnvelope() {
        // Postfix's log of a refusal: the envelope after the reply is the log's. Before, "421 Service not available,
        // closing transmission channel; from=<…> …" read its envelope as the reason, no kind.
        SmtpReply postfix = SmtpReply.parse("Dec  8 01:00:00 mx postfix/smtpd[1234]: NOQUEUE: reject: RCPT from"
            + " mail.example.org[192.0.2.10]: 421 4.3.2 Connection from 192.0.2.10 refused: per-host limit reached;"
            + " from=<sender@example.org> to=<user@example.net> proto=ESMTP helo=<mail.example.org>");
        assertThat(postfix.text()).isEqualTo("Connection from 192.0.2.10 refused: per-host limit reached");
        assertThat(DeferralClassifier.defaults().classify(postfix).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("postfix/postscreen[1234]: NOQUEUE: reject: RCPT from [192.0.2.10]:41234: 450 4.3.2"
            + " Service currently unavailable; from=<sender@example.org>, to=<user@example.net>, proto=ESMTP,"
            + " helo=<mail.example.org>").text()).isEqualTo("Service currently unavailable");
        // Sendmail's: the reply in its "reject=" field.
        SmtpReply sendmail = SmtpReply.parse("Dec  8 01:00:00 mx sm-mta[1234]: 0B81000001234: Milter: to=<user@example.net>,"
            + " reject=421 4.7.0 Error: too many connections");
        assertThat(sendmail.basicCode()).hasValue(421);
        assertThat(sendmail.text()).isEqualTo("Error: too many connections");
        assertThat(DeferralClassifier.defaults().classify(sendmail).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aStatusCodeNamedByItsEnumShouldBeTheReplysCode() {
        // MailKit's message is the reply without its basic code; an application that logs the exception's properties
        // gives the code by its enum name (MailKit's issue 1196). Before, the name was read as words: "MailboxBusy" a
        // mailbox's trouble, "ErrorInProcessing" the receiver's, and no code at all.
        SmtpReply properties = SmtpReply.parse("Exception: SmtpCommandException\nMessage:  Too many connections from your"
            + " IP\nStackTrace: at MailKit.Net.Smtp.SmtpClient.<NoOpAsync>d__86.MoveNext()\n   at MailKit.Net.Smtp.SmtpClient"
            + ".NoOp(CancellationToken cancellationToken)\nErrorCode: UnexpectedStatusCode \nStatusCode: ServiceNotAvailable");
        assertThat(properties.basicCode()).hasValue(421);
        assertThat(properties.text()).isEqualTo("Too many connections from your IP");
        assertThat(DeferralClassifier.defaults().classify(properties).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // A 5xx named so is permanent, whatever its words.
        SmtpReply record = SmtpReply.parse("{\"@l\":\"Error\",\"@x\":\"MailKit.Net.Smtp.SmtpCommandException: Too many"
            + " messages. Try again in 92 seconds.\\n   at MailKit.Net.Smtp.SmtpClient.SendAsync(MimeMessage message)\","
            + "\"StatusCode\":\"MailboxUnavailable\",\"ErrorCode\":\"RecipientNotAccepted\"}");
        assertThat(record.basicCode()).hasValue(550);
        assertThat(DeferralClassifier.defaults().classify(record).kind()).isEqualTo(DeferralKind.PERMANENT);
        SmtpReply sentence = SmtpReply.parse("The connection to the SMTP server failed with SmtpStatusCode: MailboxBusy");
        assertThat(sentence.basicCode()).hasValue(450);
        assertThat(sentence.text()).doesNotContain("MailboxBusy");
        // A number MailKit prints for a code its enum does not name, in an SMTP client's text.
        assertThat(SmtpReply.parse("MailKit.Net.Smtp.SmtpCommandException: Try later (StatusCode: 432)").basicCode())
            .hasValue(432);
        // A number and its name: the number is the code, and the name no word (MailKit's issue 1502).
        SmtpReply both = SmtpReply.parse("Returned SMTP StatusCode: 451 ErrorInProcessing. System.Exception: 4.7.500 Access"
            + " denied, please try again later.");
        assertThat(both.basicCode()).hasValue(451);
        assertThat(both.enhancedCode()).hasValue("4.7.500");
        assertThat(both.text()).endsWith("Access denied, please try again later.").doesNotContain("ErrorInProcessing");
        assertThat(DeferralClassifier.defaults().classify(both).kind()).isEqualTo(DeferralKind.REPUTATION);
        // An HTTP API's status name is no SMTP code.
        assertThat(SmtpReply.parse("HTTP request failed, StatusCode: ServiceUnavailable").basicCode()).isEmpty();
    }

    @Test
    void anExceptionsTextAfterALogsOwnWordsShouldBeTheReply() {
        // MailKit's message (the reply without its basic code) after an application's words on its log line: those
        // words are the application's. Before, they ran into the reply's ("… user@example.net MailKit.Net.Smtp.
        // SmtpCommandException: Benutzerlimit …" read no connection limit).
        SmtpReply logged = SmtpReply.parse("2026-12-08 03:00:00.123 +00:00 [ERR] Error sending email to user@example.net"
            + " MailKit.Net.Smtp.SmtpCommandException: 4.7.0 Benutzerlimit von 500 Benutzern überschritten.");
        assertThat(logged.enhancedCode()).hasValue("4.7.0");
        assertThat(logged.text()).isEqualTo("Benutzerlimit von 500 Benutzern überschritten.");
        assertThat(DeferralClassifier.defaults().classify(logged).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("[ERR] Sending failed MailKit.Net.Smtp.SmtpCommandException: Too many connections").text())
            .isEqualTo("Too many connections");
        // Another class than an SMTP client's is no reply's wrapper: Pacer's own failure keeps its words.
        assertThat(SmtpReply.parse("internal error: java.lang.OutOfMemoryError: Java heap space").text())
            .isEqualTo("internal error: java.lang.OutOfMemoryError: Java heap space");
        // A receiver's text that names an exception after a code keeps its words.
        assertThat(SmtpReply.parse("451 4.3.0 Error: org.example.StoreException: disk full").text())
            .isEqualTo("Error: org.example.StoreException: disk full");
    }

    @Test
    void aSessionRunByHandShouldGiveTheReplyWithoutTheToolsLines() {
        // swaks' own lines after the exchange ran into the reply's words: 4,856 of 11,852 plain rows changed kind, 765
        // connection limits lost ("=== Connection closed with remote host." read as the receiver closing for load).
        SmtpReply swaks = SmtpReply.parse("=== Trying mx.example.net:25...\n=== Connected to mx.example.net.\n"
            + " -> RCPT TO:<user@example.net>\n<** 421 4.7.0 Too many connections\n -> QUIT\n<-  221 2.0.0 Bye\n"
            + "=== Connection closed with remote host.");
        assertThat(swaks.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify(swaks).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(SmtpReply.parse("=== Connected to mx.example.net.\n<** 421 4.7.0 Too many connections\n*** Remote host"
            + " closed connection unexpectedly.").text()).isEqualTo("Too many connections");
        // telnet's and openssl s_client's, the commands typed there without a marker.
        assertThat(SmtpReply.parse("Trying 192.0.2.1...\nConnected to mx.example.net.\nEscape character is '^]'.\n421 4.7.0"
            + " Error: too many connections from 192.0.2.10\nQUIT\nConnection closed by foreign host.").text())
            .isEqualTo("Error: too many connections from 192.0.2.10");
        SmtpReply openssl = SmtpReply.parse("CONNECTED(00000003)\n---\n250 CHUNKING\nEHLO client.example.org\n421 4.7.0 Too"
            + " many connections\nclosed");
        assertThat(openssl.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify(openssl).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // curl's verbose session and JavaMail's debug output: their notes and the RSET sent after the refusal.
        assertThat(SmtpReply.parse("* Connected to mx.example.net (192.0.2.1) port 25 (#0)\n< 421 4.7.0 Too many"
            + " connections\n* Closing connection 0\ncurl: (55) MAIL failed: 421").text()).isEqualTo("Too many connections");
        assertThat(SmtpReply.parse("MAIL FROM:<sender@example.com>\n421 4.7.0 Too many connections\nDEBUG SMTP: got response"
            + " code 421, with response: 421 4.7.0 Too many connections\nRSET\n250 2.0.0 Ok").text())
            .isEqualTo("Too many connections");
        // Python smtplib's debug output: the lines read, then the reply again with its code apart, read once; that last
        // line alone gives the code and the text.
        SmtpReply smtplib = SmtpReply.parse("send: 'rcpt TO:<user@example.net>\\r\\n'\nreply: b'421-4.7.0 Too many\\r\\n'\n"
            + "reply: b'421 4.7.0 connections\\r\\n'\nreply: retcode (421); Msg: b'4.7.0 Too many\\n4.7.0 connections'\n"
            + "send: 'quit\\r\\n'\nreply: b'221 2.0.0 Bye\\r\\n'\nreply: retcode (221); Msg: b'2.0.0 Bye'");
        assertThat(smtplib.basicCode()).hasValue(421);
        assertThat(smtplib.text()).isEqualTo("Too many connections");
        SmtpReply retcode = SmtpReply.parse("reply: retcode (550); Msg: b'Too many messages. Try again in 92 seconds.'");
        assertThat(retcode.basicCode()).hasValue(550);
        assertThat(DeferralClassifier.defaults().classify(retcode).kind()).isEqualTo(DeferralKind.PERMANENT);
        // Ruby's Net::SMTP debug output: '-> "…"' is what it read, '<- "…"' what it wrote, the other way from swaks'.
        // Read as swaks', the reply was the client's line: 10,069 of 11,852 plain rows changed kind.
        SmtpReply ruby = SmtpReply.parse("opening connection to mx.example.net:25...\nopened\n-> \"220 mx.example.net"
            + " ESMTP\\r\\n\"\n<- \"MAIL FROM:<sender@example.com>\\r\\n\"\n-> \"421 4.7.0 Too many connections\\r\\n\"\n"
            + "<- \"QUIT\\r\\n\"\n-> \"221 2.0.0 Bye\\r\\n\"");
        assertThat(ruby.basicCode()).hasValue(421);
        assertThat(ruby.text()).isEqualTo("Too many connections");
        assertThat(DeferralClassifier.defaults().classify(ruby).kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        // PEAR Net_SMTP's debug output: the 250 it read first was taken for the reply (10,062 of 11,852 rows changed).
        SmtpReply pear = SmtpReply.parse("DEBUG: Send: MAIL FROM:<sender@example.com>\r\n\nDEBUG: Recv: 250 2.1.0 Ok\n"
            + "DEBUG: Send: RCPT TO:<user@example.net>\r\n\nDEBUG: Recv: 421 4.7.0 Too many connections\nDEBUG: Send: RSET"
            + "\r\n\nDEBUG: Recv: 250 2.0.0 Ok");
        assertThat(pear.basicCode()).hasValue(421);
        assertThat(pear.text()).isEqualTo("Too many connections");
        assertThat(SmtpReply.parse("[08-Dec-2026 03:00:00 +0000]: <jda6fsgn> Send: RCPT TO:<user@example.net>\n"
            + "[08-Dec-2026 03:00:00 +0000]: <jda6fsgn> Recv: 421 4.7.0 Too many connections").text())
            .isEqualTo("Too many connections");
        // A line of the reply's own that only names a closing stays.
        assertThat(SmtpReply.parse("421-4.3.2 Service shutting down\n421 4.3.2 Connection closed, try later").text())
            .isEqualTo("Service shutting down Connection closed, try later");
    }

    @Test
    void aLongRunOfDottedNamesShouldNotOverflowTheStack() {
        // A repeated group recursed once a repetition: a receiver's reply of 2,000 "a." before "Exception:" threw a
        // StackOverflowError out of the parser (2026-12-08).
        SmtpReply reply = SmtpReply.parse("a.".repeat(4000) + "Exception: 421 4.7.0 Too many connections");
        assertThat(reply.basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("at " + "a.".repeat(4000) + "b(x)\n421 4.7.0 Too many connections").basicCode())
            .hasValue(421);
        assertThat(SmtpReply.parse("A_".repeat(4000) + "Exception: 421 4.7.0 x").basicCode()).hasValue(421);
        assertThat(SmtpReply.parse("a::".repeat(3000) + "Error: 421 4.7.0 x").basicCode()).hasValue(421);
    }

    @Test
    void ofShouldIgnoreAnImpossibleReturnCode() {
        assertThat(SmtpReply.of(-1, "no reply").basicCode()).isEmpty();
    }
}
