package dev.pacer.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a delivery attempt left behind, parsed into the parts Pacer decides on: the basic reply code (RFC 5321), the
 * enhanced status code (RFC 3463), the remote host when the text names it, and the reply text.
 *
 * <p>The input may be a raw reply ({@code 421 4.7.0 Too many concurrent connections}), a multi-line reply
 * ({@code 421-4.7.0 …\r\n421 4.7.0 …}), a reply with only one of the two codes, or the text of a javax.mail exception
 * as James stores it in {@code delivery-error} ({@code Got bad greeting from SMTP host: mx.example.net, port: 25,
 * response: 421 4.7.0 …}, {@code com.sun.mail.smtp.SMTPSendFailedException: 421 …}, nested exceptions).
 *
 * <p>Parsing never throws. Null, empty, binary or huge input gives a reply without codes; only the first
 * {@value #MAX_PARSED_CHARS} characters are read, so the cost is bounded whatever a receiver sends, and the kept
 * text is at most {@value #MAX_TEXT_CHARS} characters with control characters replaced by spaces.
 */
public final class SmtpReply {
    /** How much of the input is examined at all; a real reply, even multi-line, is far shorter. */
    public static final int MAX_PARSED_CHARS = 16 * 1024;
    /** How much of the reply text is kept (what events and attributes store). */
    public static final int MAX_TEXT_CHARS = 2048;

    private static final SmtpReply EMPTY = new SmtpReply(OptionalInt.empty(), Optional.empty(), Optional.empty(), "",
        ReplyClass.UNKNOWN);

    // javax.mail's connect-time failures: "Could not connect to SMTP host: H, port: P, response: 421" and
    // "Got bad greeting from SMTP host: H, port: P, response: 421 4.7.0 text". The port must not be read as a code.
    private static final Pattern SMTP_HOST = Pattern.compile(
        "SMTP host: ?([A-Za-z0-9._:\\[\\]-]{1,255}), port: ?\\d{1,5}(?:, response: ?(-?\\d{1,3}))?");
    // The words that name a basic code written in brackets before the reply's text ("[451] 4.7.1 …", "SMTP Error [421]:
    // …", "Server replied (451) …"): there the bracketed number is the code; elsewhere in a text ("OFR005_505 [505]",
    // "limit (550)") it is not.
    private static final String CODE_BRACKET_LABEL =
        "(?i:(?:smtp |server |remote |mail )?(?:error|fehler|erreur|errore|code|status|reply|response|replied|returned|said))";
    // A reply line: a basic code at the start of a line or after a separator (": ", "\t", "; ", a quote or a
    // parenthesis, as client libraries wrap it: PHP's 'got code "421", with message "421 …"', Python's
    // "(450, b'4.7.1 …')", Rust lettre's "transient error (421): 4.7.0 …"; a bracket opening the line or a field, as
    // logs wrap it: "[421 …]", "error=[421 …]", James's RemoteDelivery after an address's dash or in its Response
    // field: "( a@example.net - [421 …] )", "Response[421 …]"; not a count's in the text: "Mailbox full [552 MB used]",
    // nor after a dash that follows no address: "Mailbox full - [552 MB used]", the '@' checked by findReplyCode),
    // followed by end, space, '-', a closing quote, a tuple's comma or lettre's "):", or a colon or a comma when the
    // code opens the line or follows a word naming it (a sender's own "%d: %s" of the code and the text: "550: Too many
    // messages", "Error 550: …", "SMTP 421: …", "failed with code 421, …"; not after other words, where a port is
    // written so: "port 465: connection refused", nor an HTTP status: "HTTP status code 429: slow down") (also after a
    // backtick or an asterisk, as notes in Markdown quote it), or the code alone in brackets or parentheses opening the
    // line or after the words that name it (CODE_BRACKET_LABEL: "[451] …", "SMTP Error [421]: …"), optionally followed
    // by an enhanced code (inside the tuple's string; with a '#' before it as Cisco's AsyncOS writes it: "421 #4.4.5
    // Too many connections from your host"; after a dash, as some logs part the two codes: "451 - 4.3.0 …"). A number
    // after a host name's or an address's colon is its port ("refused to smtp.example.com:587", "[192.0.2.1]:465"), not
    // a code: a port read as a 5xx would bounce mail that waits.
    private static final Pattern REPLY_LINE = Pattern.compile(
        "(?:^|(?=[2-5][0-9][0-9])(?:(?<=[\\s;>\\]\"'(`*])"
            + "|(?<=(?:^|[=:(\"']|:\\s|\\.[A-Za-z]{2,24}[>\\]]? - |\\b(?i:response|reply)|" + CODE_BRACKET_LABEL + " )\\[)"
            + "|(?<=(?<![.\\]][\\w-]{0,62}):)))([2-5][0-9][0-9])"
            + "(?:[ -]|,\\s*b?['\"]|['\"]|\\):|$|[:,](?=[ \\t])(?<=(?:^|(?i:error|code|status|smtp|reply|response) )[2-5][0-9][0-9][:,])"
            + "(?<!(?i:http)[ \\w]{1,24}[:,])"
            + "|[)\\]]:?(?=[ \\t])(?<=(?:^|(?:^|[\\s\\[(])" + CODE_BRACKET_LABEL + ":? )(?:\\([2-5][0-9][0-9]\\)|\\[[2-5][0-9][0-9]\\]):?))"
            + "(?:\\s*(?:-\\s+)?b?['\"]?#?([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9.]))?");
    // Rust lettre's Debug form of a reply: "Response { code: Code { severity: TransientNegativeCompletion, category:
    // Connections, detail: One }, message: [...] }", the three digits spelled out.
    private static final Pattern LETTRE_CODE = Pattern.compile(
        "severity: (TransientNegativeCompletion|PermanentNegativeCompletion), category: "
            + "(Syntax|Information|Connections|Unspecified3|Unspecified4|MailSystem), detail: "
            + "(Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine)\\b");
    private static final List<String> LETTRE_CATEGORIES = List.of("Syntax", "Information", "Connections", "Unspecified3",
        "Unspecified4", "MailSystem");
    /** An HTML numeric character reference, decimal or hexadecimal ("&#32;", "&#x2019;"). */
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));");
    // .NET System.Net.Mail's SmtpException: "<its sentence for the code>. The server response was: <text>", where the
    // text often lacks the basic code. Its German and French resources say the same ("Postfach nicht verfügbar. Die
    // Serverantwort war: …", "Boîte aux lettres non disponible. La réponse du serveur était : …", as localized .NET
    // applications print it).
    private static final List<String> DOTNET_MARKERS_ALONE = List.of("The server response was:", "Die Serverantwort war:",
        "La réponse du serveur était :", "La réponse du serveur était:");
    // The marker after a sentence's end on the same line, or on a line of its own (Apple Mail's alert: "Cannot send
    // message using the server smtp.example.com.\nThe server response was: …").
    private static final List<String> DOTNET_SENTENCE_ENDS = List.of(". ", ".\n");
    private static final Pattern DOTNET_SENTENCE = Pattern.compile(
        "([^.\\n]{1,80})\\.[ \\n](?:The server response was|Die Serverantwort war|La réponse du serveur était ?): ?");
    // The English sentences that name one code only (its "Mailbox unavailable." stands for 450 and 550 alike, so it
    // names none).
    private static final java.util.Map<String, Integer> DOTNET_CODES = java.util.Map.of(
        "Service not available, closing transmission channel", 421, "Error in processing", 451,
        "Insufficient system storage", 452, "Transaction failed", 554, "Exceeded storage allocation", 552,
        "Mailbox name not allowed", 553, "User not local; please try a different path", 551,
        "Client does not have permission to submit mail to this server", 454);
    // The basic code as .NET's and MailKit's SmtpStatusCode enums name it, where an application logs the exception's
    // StatusCode property beside its message ("Message: 4.7.0 … ErrorCode: UnexpectedStatusCode StatusCode:
    // ServiceNotAvailable", MailKit's issue 1196; "… failed with SmtpStatusCode: ServiceNotAvailable"; a structured
    // log's '"StatusCode":"MailboxBusy"'). MailKit's message is the reply without its basic code, so the name is the
    // only code there is; read as words, the name misled ("MailboxBusy" a mailbox's trouble, "ErrorInProcessing" the
    // receiver's). Names of both enums (MailKit.Net.Smtp.SmtpStatusCode, System.Net.Mail.SmtpStatusCode, their
    // sources and reference read 2026-12-08); GeneralFailure (-1) names no reply.
    private static final java.util.Map<String, Integer> STATUS_CODE_NAMES = java.util.Map.ofEntries(
        java.util.Map.entry("SystemStatus", 211), java.util.Map.entry("HelpMessage", 214),
        java.util.Map.entry("ServiceReady", 220), java.util.Map.entry("ServiceClosingTransmissionChannel", 221),
        java.util.Map.entry("AuthenticationSuccessful", 235), java.util.Map.entry("Ok", 250),
        java.util.Map.entry("UserNotLocalWillForward", 251), java.util.Map.entry("CannotVerifyUserWillAttemptDelivery", 252),
        java.util.Map.entry("AuthenticationChallenge", 334), java.util.Map.entry("StartMailInput", 354),
        java.util.Map.entry("ServiceNotAvailable", 421), java.util.Map.entry("PasswordTransitionNeeded", 432),
        java.util.Map.entry("MailboxBusy", 450), java.util.Map.entry("ErrorInProcessing", 451),
        java.util.Map.entry("LocalErrorInProcessing", 451), java.util.Map.entry("InsufficientStorage", 452),
        java.util.Map.entry("TemporaryAuthenticationFailure", 454), java.util.Map.entry("ClientNotPermitted", 454),
        java.util.Map.entry("CommandUnrecognized", 500), java.util.Map.entry("SyntaxError", 501),
        java.util.Map.entry("CommandNotImplemented", 502), java.util.Map.entry("BadCommandSequence", 503),
        java.util.Map.entry("CommandParameterNotImplemented", 504), java.util.Map.entry("AuthenticationRequired", 530),
        java.util.Map.entry("MustIssueStartTlsFirst", 530), java.util.Map.entry("AuthenticationMechanismTooWeak", 534),
        java.util.Map.entry("AuthenticationInvalidCredentials", 535),
        java.util.Map.entry("EncryptionRequiredForAuthenticationMechanism", 538),
        java.util.Map.entry("MailboxUnavailable", 550), java.util.Map.entry("UserNotLocalTryAlternatePath", 551),
        java.util.Map.entry("ExceededStorageAllocation", 552), java.util.Map.entry("MailboxNameNotAllowed", 553),
        java.util.Map.entry("TransactionFailed", 554),
        java.util.Map.entry("MailFromOrRcptToParametersNotRecognizedOrNotImplemented", 555),
        java.util.Map.entry("GeneralFailure", -1));
    // The property's label and its value: a name, a number, or a number and its name ("Returned SMTP StatusCode: 451
    // ErrorInProcessing.", MailKit's issue 1502), that number kept as the reply's code.
    private static final Pattern STATUS_CODE_FIELD = Pattern.compile(
        "\\b(?:Smtp)?StatusCode\"?\\s{0,4}[:=]\\s{0,4}\"?(?:([2-5][0-9][0-9])(?![0-9])(?:\\s{1,4}([A-Z][A-Za-z]{1,60}))?"
            + "|([A-Z][A-Za-z]{1,60}))\\b\"?");
    // MailKit's SmtpErrorCode beside it: the command the library was at, not the receiver's words.
    private static final Pattern MAILKIT_ERROR_CODE_FIELD = Pattern.compile(
        "\\b(?:Smtp)?ErrorCode\"?\\s{0,4}[:=]\\s{0,4}\"?(?:SenderNotAccepted|RecipientNotAccepted|MessageNotAccepted"
            + "|UnexpectedStatusCode)\\b\"?");
    /** Where a field was taken out of the text, until the parenthesis it leaves empty is taken out too. */
    private static final char FIELD_TAKEN = '\u0001';
    /** A parenthesis left empty by the fields taken out of it ("(StatusCode: …, ErrorCode: …)"); not the text's "()". */
    private static final Pattern EMPTIED_FIELDS = Pattern.compile(
        "\\(\\s{0,4}\u0001(?:\\s{0,4}[,;]?\\s{0,4}\u0001){0,4}\\s{0,4}\\)");
    private static final List<String> LETTRE_DETAILS = List.of("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven",
        "Eight", "Nine");
    // An exception's qualified class and its colon after a log's own words, on a line that gives no code ("[ERR] Error
    // sending email to … MailKit.Net.Smtp.SmtpCommandException: 4.7.0 …"; MailKit's message is the reply without its
    // basic code): what precedes it is the application's, and the reply is what the exception says. Only where its
    // fixed words are; each name possessive, so that no run of dotted names backtracks.
    private static final Pattern THROWN_CLASS = Pattern.compile(
        "(?:[A-Za-z_][A-Za-z0-9_]{0,80}+(?:\\.|::)){1,12}+[A-Z][A-Za-z0-9_]{0,80}+(?<=Exception|Error):(?=\\s|$)");
    // An application's dump of a .NET exception's properties, one per line ("Exception: SmtpCommandException" /
    // "Message:  4.7.0 … too many errors" / "StackTrace: at MailKit.Net.Smtp.SmtpClient…" / "ErrorCode: …" /
    // "StatusCode: ServiceNotAvailable", MailKit's issue 1196): the class and the other properties are the
    // application's lines, the message's label is no word of the reply's.
    private static final Pattern EXCEPTION_PROPERTY_LINE = Pattern.compile(
        "(?:Exception|ExceptionType): (?:[A-Za-z_][A-Za-z0-9_]{0,80}+\\.){0,12}+[A-Z][A-Za-z0-9_]{0,80}+(?<=Exception|Error)$"
            + "|(?:StackTrace|Source|TargetSite|HResult|HelpLink|InnerException):(?:\\s|$)");
    private static final String MESSAGE_PROPERTY = "Message: ";
    // An enhanced code without a basic code; also qmail's trailer "(#5.7.1)" and a quoted message (lettre's
    // 'message: ["5.7.1 …"]', a mail client's "Le serveur a répondu '4.2.1 …'"). Not a version after a program's name
    // ("PHPMailer 5.2.1: 421 …", "hMailServer 5.6.8 said: …"): a version so read turned a quoted 421 into a permanent
    // 5.2.1, while of the tables' 12,000 rows none gives its enhanced code after a word and a space; but after the words
    // "error", "status" or "code" a code is what they name ("SMTP error 4.3.0 Temporary failure", "Status code 4.7.0: …":
    // a probe of the tables' replies with their basic code dropped so, 2026-12-07, 237 to 246 of 8,306 changed kind, 9
    // connection limits read as permanent by a count of 500 in their text). Not a log's key=value field ("dsn=4.0.0,
    // status=deferred (… said: …)"), which the log's own parsing reads (WrappedReplyTest's Postfix and Sendmail logs).
    private static final Pattern CODE_LABEL = Pattern.compile(
        "(?i)(?:(?:smtp|mail|e-?mail|delivery|server|remote|dsn|reply|response|enhanced) ){0,2}(?:error|status|code|error code"
            + "|status code)");
    private static final Pattern ENHANCED_ONLY = Pattern.compile(
        "(?:^|(?<=[\\s:;(\\[#\"'`*])(?<!\\p{L} )|(?<=(?i:error|status|code) ))"
            + "([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9.])");
    // What a number counts when it is part of the text ("400 rcpts", "250 messages per hour", "10 MB").
    private static final String COUNTED_NOUN = "(?i:rcpts?|recipients?|messages?|mails?|e-?mails?|connections?|sessions?"
        + "|per\\b|seconds?|minutes?|hours?|days?|[kmg]i?b\\b|bytes?|%|times?|attempts?|requests?|commands?)";
    // What a count names straight after it, a plural in lower case: a log's or a form's field holding it ("msg=500
    // messages sent") holds no reply (read as a 5xx, it would bounce mail that waits).
    private static final String COUNTED_PLURALS = "messages|mails|e-?mails|connections|sessions|recipients|rcpts|attempts"
        + "|requests|commands|users";
    private static final String PLURAL_COUNTED = "\\s+(?:" + COUNTED_PLURALS + ")\\b";
    private static final Pattern COUNTED = Pattern.compile("\\s*" + COUNTED_NOUN + "(?!\\w)");
    // A client library's sentence naming the code it got ("SMTP error code 421: ...", "SMTP code: 450"; the
    // "SMTP error %d: %s" that Go, Python, Rust and C# senders' own error types print, "Temporary SMTP error 421"),
    // read when no reply line gave one.
    private static final Pattern SMTP_CODE_SENTENCE = Pattern.compile(
        "(?i)\\bsmtp (?:(?:error|reply|response|status) (?:code:? ?)?|code:? ?)([45][0-9][0-9])\\b(?![.,][0-9])");
    private static final Pattern QMAIL_TRAILER = Pattern.compile("\\(#([245]\\.[0-9]{1,3}\\.[0-9]{1,3})\\)");
    // An enhanced code written alone in parentheses or brackets, or after a dash, closing the text ("451 Temporary failure,
    // try again later (4.3.0)", "452 Insufficient storage [4.3.1]", "421 Service not available - 4.3.2"), a subject of RFC
    // 3463's (0 to 7, not a provider's own "4.16.50"): the reply's, as qmail's trailer is.
    private static final Pattern BRACKETED_TRAILER = Pattern.compile("(?:\\(([245]\\.[0-7]\\.[0-9]{1,3})\\)"
        + "|\\[([245]\\.[0-7]\\.[0-9]{1,3})\\]|(?<=\\s)-\\s([245]\\.[0-7]\\.[0-9]{1,3}))[ \\t.]*$");
    // Exchange's delay notice quotes the receiver's reply inside its own ("451 4.4.0 Primary target IP address
    // responded with: \"421 4.7.0 …\" Attempted failover …"), nested when a front end relays it: the innermost quoted
    // reply is the receiver's.
    private static final String EXCHANGE_QUOTE = "responded with: \"";
    // Where Exchange's words resume after the reply it quotes: the reply's own quotes ('for role "mailer"', a
    // translator's 'ロール"mailer"からの') stay inside it; without them, the first quote no letter follows ends it.
    private static final String EXCHANGE_QUOTE_END = "\" Attempted failover";
    private static final Pattern REPLY_START = Pattern.compile("[2-5][0-9][0-9][ -]");
    /**
     * A line a sending client opens with its name and a colon ("msmtp: could not send mail …"), or nodemailer's logged
     * error fields ("code: 'EENVELOPE', response: …"): not a reply's continuation.
     */
    private static final Pattern PROGRAM_LINE = Pattern.compile(
        "(?:msmtp|ssmtp|sendmail|nullmailer|dma|mailx|s-nail|esmtp|mutt|neomutt|swaks|git-send-email): |code: '");
    // Python smtplib's debug output (set_debuglevel): "send: '…'" for each command, "reply: b'421 4.7.0 …\r\n'" for
    // each line read (DEBUG_ENTRY), then the reply once more as "reply: retcode (421); Msg: b'4.7.0 …'": read as the
    // tuple smtplib's errors hold where it is alone, left out after the lines it repeats.
    private static final Pattern SMTPLIB_RETCODE = Pattern.compile("reply: retcode \\(([2-5][0-9][0-9])\\); Msg: (?=b?['\"])");
    private static final Pattern SMTPLIB_RETCODE_ENTRY = Pattern.compile(
        "reply: retcode \\([2-5][0-9][0-9]\\); Msg: (?:b?'[^']{0,4096}+'|b?\"[^\"]{0,4096}+\")");
    /**
     * A command-line tool's own line in a session an operator ran by hand: swaks' notices and errors ("=== Connected to
     * …", "=== Connection closed with remote host.", "*** Remote host closed connection unexpectedly."), telnet's
     * ("Trying 192.0.2.1...", "Connected to mx.example.net.", "Escape character is '^]'.", "Connection closed by
     * foreign host."), openssl s_client's end ("closed", "DONE", "read:errno=0") and the QUIT typed there, curl's
     * verbose notes and its error ("*   Trying 192.0.2.1:25...", "* Closing connection 0", "curl: (55) MAIL failed:
     * 421"), JavaMail's debug notes ("DEBUG SMTP: got response code 421, …") and the RSET it sends after a refusal:
     * not the receiver's words, and after the reply its end.
     */
    private static final Pattern TOOL_LINE = Pattern.compile(
        "(?:===|\\*\\*\\*) .{0,300}+|Trying [0-9A-Fa-f.:]{2,45}\\.\\.\\.|Connected to [^\\s]{1,253}\\.?"
            + "|Escape character is .{1,10}|Connection (?:to [^\\s]{1,253} )?closed(?: by foreign host)?\\.?"
            + "|closed|DONE|QUIT|RSET|NOOP|read:errno=[0-9]{1,5}|DEBUG SMTP: .{0,300}+"
            + "|\\*\\s{1,4}(?:Trying|Connected to|Closing connection|Connection #|[A-Z]{3,8} failed)\\b.{0,300}+"
            + "|curl: \\([0-9]{1,3}\\) .{0,300}+");
    // PHPMailer's ErrorInfo: "SMTP server error: RCPT TO command failed Detail: <the reply's text, codes cut off>
    // SMTP code: 450 Additional SMTP info: 4.2.1" (its own sentence first, the codes after the text; where the reply's
    // text stands in its own sentence's place, as after "SMTP connect() failed.", with the receiver's id it can pass 80
    // characters: written batch 125's rows with a Gmail id).
    private static final Pattern PHPMAILER = Pattern.compile(
        "SMTP server error: ?(.{0,200}?)(?: Detail: (.*?))?(?: SMTP code: ([2-5][0-9][0-9]))?"
            + "(?: Additional SMTP info: ([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?:\\s+(\\S.{0,200}?))?)?\\s*$", Pattern.DOTALL);
    // The same in PHPMailer's other languages ("Fehler vom SMTP-Server: DATA END command failed Detalle: <the text>
    // Código del servidor SMTP: 421 Información adicional del servidor SMTP: 4.7.0"; its language files, 2026-12-02): its
    // SMTP class's "… command failed" stays English, the detail's label is up to four words before a colon, the code's
    // names SMTP ("SMTP-Code:", "Code SMTP :", "Kod odpowiedzi SMTP:", "SMTPコード：", its full-width colon read as one
    // before), the enhanced code's is the rest.
    private static final Pattern PHPMAILER_TRANSLATED = Pattern.compile(
        "\\b(?:MAIL FROM|RCPT TO|DATA END|DATA|EHLO|HELO|AUTH|STARTTLS) command failed (?:[^\\s:]{1,30} ){0,3}?"
            + "[^\\s:]{1,30} ?: ?(.{1,2048}?) (?:(?:Cod|Code|C\u00f3digo|Kod|\u039a\u03ce\u03b4\u03b9\u03ba\u03ac\u03c2|\u041a\u043e\u0434)"
            + "(?: [^\\s:]{1,20}){0,2} )?SMTP[^\\s:]{0,12}(?: [^\\s:]{1,12}){0,2} ?: ?([2-5][0-9][0-9])"
            + "(?: [^\\n:]{1,60}?: ?([245]\\.[0-9]{1,3}\\.[0-9]{1,3}))?\\s*$", Pattern.DOTALL);
    // Windows-1252's characters for the bytes 0x80 to 0x9F (its five undefined bytes decode to U+FFFD, which stands for
    // no byte).
    private static final String WINDOWS_1252_HIGH = new String(new byte[] {(byte) 0x80, (byte) 0x81, (byte) 0x82, (byte) 0x83,
        (byte) 0x84, (byte) 0x85, (byte) 0x86, (byte) 0x87, (byte) 0x88, (byte) 0x89, (byte) 0x8a, (byte) 0x8b, (byte) 0x8c,
        (byte) 0x8d, (byte) 0x8e, (byte) 0x8f, (byte) 0x90, (byte) 0x91, (byte) 0x92, (byte) 0x93, (byte) 0x94, (byte) 0x95,
        (byte) 0x96, (byte) 0x97, (byte) 0x98, (byte) 0x99, (byte) 0x9a, (byte) 0x9b, (byte) 0x9c, (byte) 0x9d, (byte) 0x9e,
        (byte) 0x9f}, java.nio.charset.Charset.forName("windows-1252"));
    // A letter of UTF-8 written as quoted-printable escapes of its bytes (a lead byte's, then a continuation byte's).
    private static final Pattern QP_UTF8 = Pattern.compile("=[C-F][0-9A-F]=[89AB][0-9A-F]");
    // A client's own words around the reply it quotes, not the receiver's: Exim's log and bounce ("SMTP error from
    // remote mail server after RCPT TO:<…>: 451 …"; "remote mailer" in older versions), Thunderbird's message ("An error
    // occurred while sending mail. The mail server responded: <the reply without its basic code>. Please check the
    // message and try again."; in French "Une erreur est survenue lors de l'envoi du message. Le serveur a répondu
    // '4.2.1 …'").
    private static final List<String> CLIENT_WORDS = List.of("SMTP error from remote mail server",
        "SMTP error from remote mailer", "Sending the email to the following server failed",
        "I'm not going to try again; this message has been in the queue too long.",
        "An error occurred while sending mail. The mail server responded:", "Please check the message and try again.",
        "Une erreur est survenue lors de l'envoi du message. Le serveur a répondu", "Veuillez vérifier le message et essayer à nouveau.");
    // A mail client's sentence before the reply it quotes, in its words and languages ("… Outgoing server (SMTP) error.
    // The server responded: 4.7.0 …", "Der Server antwortete: …", "Le serveur a répondu : …", "Antwort des Servers: …",
    // "La respuesta del servidor fue: …"): the client's narration, cut when the text does not start with a reply of its
    // own (a receiver's "451 upstream server responded: …" keeps its code; .NET's "The server response was:" is read
    // with the code its sentence names, below). Found by quoting the tables' replies in localized clients' sentences
    // (the sentence's "error" read as the receiver's trouble).
    private static final Pattern CLIENT_LEAD_IN = Pattern.compile("(?i)\\b(?:(?:mail |outgoing |smtp |e-?mail )?"
        + "(?:server|serveur|servidor|server di posta|serwer|сервер)(?: \\(smtp\\))? (?:responded|replied|answered|said"
        + "|a répondu|antwortete|hat geantwortet|respondió|ha risposto|antwoordde|heeft geantwoord|odpowiedział|ответил"
        + "|respondeu)(?: with)?|antwort des servers|réponse du serveur"
        + "(?: était| est)?|respuesta del servidor(?: fue| es)?|resposta do servidor(?: foi| é)?|risposta del server"
        + "(?: era| è)?)\\s*:\\s*");
    // A client library's label naming the command the reply answered: MIME::Lite's "SMTP RCPT command failed: $!\n"
    // before Net::SMTP's message (the reply's lines without their basic code, "4.7.1 …"), a Go sender's "SMTP RCPT command
    // failed: 421 …", nodemailer's "Mail command failed: 421 …". The sender's words (its "RCPT" read as a count of
    // recipients): set aside, and with them what Perl's errno wrote on the label's line ("Inappropriate ioctl for
    // device"; no digit, so that a reply on that line stays) when the reply follows on the next.
    private static final Pattern COMMAND_FAILED_LABEL = Pattern.compile("(?i)(?<![\\w-])(?:smtp )?(?:mail(?: from)?|rcpt(?: to)?"
        + "|data|ehlo|helo|lhlo|auth|starttls) command failed(?: for [^\\s:]{1,254}+)?:(?:[^\\n0-9]{0,120}+\\n(?=[ \\t]*+\\S))?");
    // The steps Yahoo's and AOL's bounces name in capitals after a reply ("[RCPT_TO]").
    private static final List<String> CAPITALISED_STEPS = List.of("CONNECT", "HELO", "EHLO", "STARTTLS", "MAIL_FROM",
        "RCPT_TO", "DATA", "BODY", "END_OF_MESSAGE");
    // The sender's note of the command or step a reply answered, in brackets: Postfix's ("(in reply to RCPT TO
    // command)", "(in reply to end of DATA command)") and other logs' ("(at RCPT TO)", "[after DATA]", "(during the
    // MAIL FROM stage)"): the sender's log, not the receiver's words (its "RCPT" read as a recipients count, written
    // batch 89's per-host limit read as no connection limit with it; a probe appending "(at RCPT TO)" to the tables'
    // replies, 2026-12-07: 84 of 11,832 changed kind, two connection limits read as rates). Yahoo's and AOL's bounces end
    // the reply with the step's name in capitals, on its line or the next ("Remote host said: 421 … [RCPT_TO]", "…
    // [END_OF_MESSAGE]"; appended to the tables' replies, 84 of 11,832 changed kind, three connection limits lost).
    // Postfix's log of a refusal its smtpd, postscreen or a milter gave ("NOQUEUE: reject: RCPT from host[192.0.2.10]:
    // 450 4.7.1 …; from=<…> to=<…> proto=ESMTP helo=<…>", postscreen's fields parted by commas): the envelope after the
    // reply is the log's (read as the reply's words, 4 of 11,849 plain rows so written changed kind, 2026-12-08).
    private static final Pattern POSTFIX_REJECT_ENVELOPE = Pattern.compile("; (?:from=<[^<>\\n]{0,320}>,? )?"
        + "(?:to=<[^<>\\n]{0,320}>,? )?proto=[A-Z]{1,12}(?:,? helo=<[^<>\\n]{0,320}>)?[ \\t]*(?=\\n|$)");
    private static final Pattern COMMAND_NOTE = Pattern.compile("(?i)(?<!\\s)\\s*\\(in reply to [a-z][a-z .\\s-]{0,40}\\)"
        + "|(?<!\\s)\\s*[(\\[](?:at|after|during|on|in response to) (?:the )?(?:end of data|initial greeting|greeting|banner|connect"
        + "|connection|helo|ehlo|lhlo|mail from|rcpt to|rcpt|data|bdat|starttls|auth|quit|rset)(?: command| stage| phase"
        + "| time)?[)\\]]"
        + "|(?<!\\s)\\s*\\[(?-i:" + String.join("|", CAPITALISED_STEPS) + ")\\](?=[ \\t]*(?:\\n|$))");
    // A DSN's per-recipient or per-message field written after other text on the same line: its hyphenated labels (any
    // case: Exchange writes "Final-recipient", "Remote-MTA: DNS;"), and Action and Status only with a DSN's action or
    // status after them, so that a reply's own "Status:" or "action:" stays in its text.
    private static final Pattern DSN_FIELD_INLINE = Pattern.compile("(?<![ \\t])[ \\t]+(?=(?i:Reporting-MTA|Received-From-MTA"
        + "|Arrival-Date|Final-Recipient|Original-Recipient|X-Actual-Recipient|Remote-MTA|Diagnostic-Code|Last-Attempt-Date"
        + "|Will-Retry-Until|X-Postfix-Queue-ID|X-Postfix-Sender):[ \\t]|Action: (?:failed|delayed|delivered|relayed|expanded)"
        + "\\b|Status: [245]\\.[0-9]{1,3}\\.[0-9]{1,3}\\b)");
    // A JSON string's escape of one character (Go escapes '<', '>' and '&'; many encoders escape all non-ASCII).
    private static final Pattern JSON_UNICODE = Pattern.compile("(?<!\\\\)\\\\u([0-9a-fA-F]{4})");
    // Python's representation of bytes writes each byte outside ASCII as "\\xNN" (smtplib's "(451, b'4.7.1
    // \\xd0\\x9f\\xd0\\xbe…')" for a Russian reply): a run of them.
    private static final Pattern ESCAPED_BYTES = Pattern.compile("(?:\\\\x[0-9a-fA-F]{2}){2,512}");
    // PHP's warning names the script after the reply ("mail(): SMTP server response: 421 … in C:\\www\\send.php on line
    // 12"; Symfony's exceptions end "in /app/vendor/…/SmtpTransport.php:340"): a place in a program, not the reply's.
    private static final Pattern PHP_LOCATION = Pattern.compile(
        " in (?:[A-Za-z]:\\\\|/)[^\\s\"']{1,300}?\\.php(?: on line [0-9]{1,6}|:[0-9]{1,6})");
    // Windows PowerShell's error record after a cmdlet's message ("Send-MailMessage : <.NET's message>", then "At
    // line:1 char:1" or "At C:\\Scripts\\report.ps1:12 char:5", the command line quoted after "+ " and underlined, "+
    // CategoryInfo : …" and "+ FullyQualifiedErrorId : …"): where the script failed, not the reply; from its position
    // line on.
    private static final Pattern POWERSHELL_RECORD = Pattern.compile(
        "(?m)^[ \\t]*At (?:line:[0-9]{1,9}+|[^\\n]{1,400}?:[0-9]{1,9}+) char:[0-9]{1,9}+[ \\t]*+\\n[\\s\\S]*");
    // Ruby's report of an uncaught exception: "<file>:<line>:in `check_response': <message> (Net::SMTPServerBusy)" (Ruby
    // 3.4 writes 'Net::SMTP#check_response'), then a "\tfrom <file>:<line>:in `…'" line for each caller; Rails's log of
    // one: "Net::SMTPServerBusy (<message>):" (its "):" on the next line when the message ends with a line end), then
    // the application's frames ("app/jobs/notify_job.rb:8:in `perform'"). Where the program failed and the exception's
    // class, not the reply (the class's "ServerBusy" read as the receiver's state): set aside, the message kept.
    private static final String RUBY_CLASS = "[A-Z][A-Za-z0-9]{0,60}+(?:::[A-Z][A-Za-z0-9]{0,60}+){0,4}+";
    private static final Pattern RUBY_FRAME = Pattern.compile("(?m)^(?:[A-Za-z]:)?[^\\n:]{1,400}?:[0-9]{1,9}+:in [`']"
        + "[^'\\n]{1,200}+': ([^\\n]{0,2048}?) \\(" + RUBY_CLASS + "\\)$");
    private static final Pattern RAILS_ERROR = Pattern.compile("(?m)^" + RUBY_CLASS + " \\(([2-5][0-9][0-9][ -][^\\n]{0,2048}+"
        + "(?:\\n[2-5][0-9][0-9][ -][^\\n]{0,2048}+){0,20}+)\\n?\\):$");
    private static final Pattern RUBY_CALLERS = Pattern.compile(
        "(?m)^[ \\t]{0,8}+(?:from )?(?:[A-Za-z]:)?[^\\s:]{1,400}+:[0-9]{1,9}+:in [`'][^\\n]{0,200}+$");
    // go-mail's SendError (Go; Gitea's and other Go programs' mail library) ends its message with the recipients and the
    // message it concerns (", affected recipient(s): user@example.net, other@example.net, affected message ID: <…>"):
    // the sender's, not the reply's (the recipients read as the reply's mailbox).
    private static final Pattern GO_MAIL_AFFECTED = Pattern.compile(
        ", affected (?:recipient\\(s\\)|message ID): [^\\n]{0,2048}+$");
    // mailx's and s-nail's report of a refused message (Heirloom mailx, s-nail, BSD mail): "smtp-server: " before each
    // line of the reply (the oldest without its code), then where the message was saved and that it was not sent
    // ("\"/root/dead.letter\" 11/311", ". . . message not sent."): the client's words (its "server" read as the
    // receiver's), set aside.
    private static final Pattern MAILX_NOTES = Pattern.compile("(?m)^smtp-server: |^\"[^\"\\n]{0,400}+(?<=dead\\.letter)\" "
        + "[0-9]{1,9}+/[0-9]{1,12}+[ \\t]*+$|^\\. \\. \\. message not sent\\.[ \\t]*+$");
    // An application's sentence that a mail could not be sent, with the reply in brackets (round or square) after it,
    // filling them to the end: Redmine's and OpenProject's "An error occurred while sending mail (<Net::SMTP's
    // message>)", any program's "Failed to send email (421 …)" or "Mail delivery failed [421 …]". The sentence (words
    // only, naming a failure and a mail, its sending or its delivery) is the application's, not the reply's (its
    // "sending mail" read with the reply's "too many" as a sending rate; a probe of six such sentences, 2026-12-07: 55
    // to 422 of 11,835 rows changed kind each, up to 27 connection limits lost; in square brackets 190). Other words
    // before a bracketed code ("Mailbox busy (450 try again)", "Too many connections (500 open)") stay the text's own.
    // The same sentence in German, French, Spanish, Portuguese, Italian, Dutch and Polish, as applications' translators
    // write it ("Beim Senden einer E-Mail ist ein Fehler aufgetreten (…)": 220 changed kind, "Erreur lors de l'envoi de
    // l'email (…)" 248).
    private static final String FAILURE_WORDS = "errors?|fail(?:ed|s|ure)?|could ?n[o']t|unable|cannot|can't|not (?:be )?"
        + "(?:sent|delivered)|fehler|fehlgeschlagen|nicht (?:gesendet|versendet|zugestellt)|erreur|[ée]chec|impossible|erro"
        + "|falló|fallo|falha|no se pudo|não foi possível|errore|fallit[oa]|impossibile|fout|mislukt|błąd|nie udało";
    private static final String MAIL_WORDS = "send(?:ing)?|sent|deliver(?:y|ed|ing)?|mail|e-?mail|message|notification"
        + "|senden|versand|versenden|zustellung|nachricht|envoi|courriel|env[íi]o|enviando|enviar|correo|mensaje|mensagem"
        + "|invio|messaggio|posta|verzenden|bericht|wysyłani\\p{L}*|wiadomo\\p{L}*";
    private static final Pattern BRACKETED_REPLY = Pattern.compile("^(?iu:(?=[^\\n()]{0,200}?(?<!\\p{L})(?:" + FAILURE_WORDS
        + ")(?!\\p{L}))(?=[^\\n()]{0,200}?(?<!\\p{L})(?:" + MAIL_WORDS + ")(?!\\p{L}))[^\\n()\\[\\]0-9]{1,200}+(?:\\(([2-5]"
        + "[0-9][0-9][ -][\\s\\S]{0,16384}?)\\s*+\\)|\\[([2-5][0-9][0-9][ -][\\s\\S]{0,16384}?)\\s*+\\]))\\.?\\s*+$");
    // The same sentence run straight into the reply's code, with no bracket, colon or quote between ("Fatal error sending
    // message 451 policy- SC01", a hosting provider's notice in the tables; "Error sending mail 421 …", "Sending failed
    // with error 451 …", "The server rejected the message with 451 …"): the reply starts at its code (a probe of eight
    // such sentences, 2026-12-07: 16 to 422 of 11,849 rows changed kind each, up to 20 connection limits lost, the
    // sentence's "sending mail" read with the reply's "too many" as a rate). Its failure may be a refusal here ("rejected
    // the message with"), not a deferral ("Message deferred 450 …" keeps its words, as a log's state word only alone is
    // the log's). Only words before the code: no digit, no bracket, no colon, quote, equals sign or address, which the
    // other lead-ins read.
    private static final Pattern SENTENCE_BEFORE_CODE = Pattern.compile(
        "^([^\\n()\\[\\]0-9:<>@=\"'`]{1,200}+)(?<=\\s)(?=[2-5][0-9][0-9][ -])");
    private static final Pattern FAILURE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:" + FAILURE_WORDS
        + "|rejected|refused|bounced)(?!\\p{L})");
    private static final Pattern MAIL_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:" + MAIL_WORDS + ")(?!\\p{L})");
    // qmail's bounce: the copy of the message below this line is not the reply (its text could be anything); its
    // "Giving up on 192.0.2.1." after the reply is qmail's.
    private static final String QMAIL_COPY_BELOW = "--- Below this line is a copy of the message";
    private static final Pattern QMAIL_GIVING_UP = Pattern.compile("(?m)^Giving up on [0-9A-Fa-f.:\\[\\]]{2,64}\\.$");
    // Courier's log writes each delivery's outcome on a record of its own after the reply's ("courieresmtp:
    // id=…,from=<…>,addr=<…>,status: deferred", read in its source): the log's word, not the receiver's (read with the
    // reply, "deferred" after "exceeded" read as a rate: 104 of 11,832 rows changed kind in a probe, 2026-12-07). Only
    // a line holding no reply code of its own.
    private static final Pattern DELIVERY_STATUS_RECORD = Pattern.compile(
        "(?m)^(?![^\\n]{0,600}?(?<![\\w.])[2-5][0-9][0-9][ -])[^\\n]{0,600}?,status: (?:deferred|failure|success)[ \\t]*$");
    // Exim's retry times after a host's last error (exinext: "  first failed: 06-Dec-2026 19:00:00", "  last tried: …",
    // "  next try at: …", "*** past final cutoff time ***"): the sender's schedule, not the receiver's words (113 of
    // 11,736 rows changed kind after them, "next try at" read as a pace).
    private static final Pattern EXIM_RETRY_TIMES = Pattern.compile("(?m)^[ \\t]{0,8}(?:(?:first failed|last tried"
        + "|next try at):[ \\t]{1,8}[0-9]{1,2}-[A-Za-z]{3}-[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}"
        + "|\\*\\*\\* past final cutoff time \\*\\*\\*)[ \\t]*$");
    // Exchange 2003's delay notice: its own status and gloss, then the receiver's reply in quotes ("4.1.0 - Unknown
    // address error 451-'DNS temporary failure (#4.3.0)'").
    private static final Pattern EXCHANGE_2003 = Pattern.compile(
        "(?m)^[245]\\.[0-9]{1,3}\\.[0-9]{1,3} - [A-Za-z ,]{1,80}? ([2-5][0-9][0-9])-'([^\\n]{0,2048})'\\s*$");
    // A JSON string's characters up to its closing quote, the one the object's structure follows (a comma, a brace, a
    // bracket or the end): a quote no escape marks is the reply's own when a structure character does not follow it, as
    // a translator's typographic quotes read as ASCII ones leave it ('"message": "421 4.7.0 连接“CID-42”：…"', written
    // batch 167). Possessive: read without backtracking, a loop the regex engine runs without a stack frame per
    // character (greedy, a hostile 16 KiB record of quoted fields overflowed the stack).
    private static final String JSON_STRING_BODY = "(?:[^\"\\\\]|\\\\.|\"(?!\\s*(?:[,}\\]]|$))){0,2048}+";
    // Rust's smtp-proto reply as mail-send's errors and Stalwart's queue reports write it: "Code: 421, Enhanced code:
    // 4.7.0, Message: …" (Display; "0.0.0" when the reply had no enhanced code) and "Response { code: 421, esc: [4, 7,
    // 0], message: \"…\" }" (Debug). smtp-proto joins a reply's lines by line ends, each without its codes: the lines
    // after the message's first are kept, for the reply's reading to tell its own from a log's next (before, only the
    // first was read: 1,448 of 7,550 plain rows written over two lines changed kind, 398 connection limits lost,
    // 2026-12-08).
    private static final Pattern SMTP_PROTO_DISPLAY = Pattern.compile(
        "\\bCode: ([2-5][0-9][0-9]), Enhanced code: ([0-5]\\.[0-9]{1,3}\\.[0-9]{1,3}), Message: ([^\\n]{0,2048}+)(\\n[\\s\\S]*+)?");
    private static final Pattern SMTP_PROTO_DEBUG = Pattern.compile(
        "\\bcode: ([2-5][0-9][0-9]), esc: \\[([0-5]), ([0-9]{1,3}), ([0-9]{1,3})\\], message: \"(" + JSON_STRING_BODY + ")\"");
    // PHPMailer's sender and recipient failures: "The following From address failed: … : MAIL FROM command failed,<the
    // reply's text, codes cut off>,421,4.7.0" (its SMTP error fields joined by commas; the last one empty without an
    // enhanced code). The text keeps the reply's line ends, the last one too ("…,Too many connections\r\n,421,4.7.0"):
    // before, only a text without one was read so (471 of 11,849 plain rows so written changed kind, 2026-12-08).
    private static final Pattern PHPMAILER_FIELDS = Pattern.compile(
        "(?m)\\b(?:MAIL FROM|RCPT TO|DATA END|DATA|EHLO|HELO|AUTH|STARTTLS) command failed,([\\s\\S]{0,2048}?),([2-5][0-9][0-9]),"
            + "([245]\\.[0-9]{1,3}\\.[0-9]{1,3})?\\s*$");
    // The same in PHPMailer's older order (5.2): "… : MAIL FROM command failed,550,,The address is not valid.\r\n", the
    // code, the enhanced code or nothing, then the reply's text, its lines' codes cut off and their line ends kept, to
    // the error's end. Before, its text was read without its code: 86 of 11,849 plain rows so written changed kind, 5xx
    // replies read as deferrals among them (2026-12-08).
    private static final Pattern PHPMAILER_FIELDS_CODE_FIRST = Pattern.compile(
        "\\b(?:MAIL FROM|RCPT TO|DATA END|DATA|EHLO|HELO|AUTH|STARTTLS) command failed,([2-5][0-9][0-9]),"
            + "([245]\\.[0-9]{1,3}\\.[0-9]{1,3})?,(\\S[\\s\\S]{0,2047})");
    // PEAR Mail's and Horde_Mail's error: "Failed to add recipient: … [SMTP: Invalid response code received from server
    // (code: 421, response: 4.7.0 …)]" (Net_SMTP's code and text, its lines joined by line ends).
    private static final Pattern PEAR_MAIL = Pattern.compile(
        "\\[SMTP: [^\\n(]{0,120}\\(code: ([2-5][0-9][0-9]), response: ([\\s\\S]{0,2048}?)\\)\\]");
    // Roundcube's error: "SMTP Error (451): Failed to add recipient "user@example.net" (4.7.1 …)." (its basic code in
    // parentheses, the rest of the reply in the last ones; its own words name what it tried). Net_SMTP joins a reply's
    // lines, each without its basic code, by line ends: the last parentheses may hold several (before, only a reply of
    // one line was read so: 94 of 10,504 plain rows written over two lines changed kind, 2026-12-08).
    private static final Pattern ROUNDCUBE = Pattern.compile(
        "SMTP Error \\(([2-5][0-9][0-9])\\): Failed to (?:add recipient|set sender|send data)(?: \"[^\"\\n]{0,320}\")? "
            + "\\(([^\\n][\\s\\S]{0,2047})\\)\\.?\\s*$");
    // A JSON record with the reply's code and its text in separate fields of one object, as delivery platforms' events
    // and client libraries' logs write it: Mailgun's '"code": 451, "message": "4.3.0 …"', and others' "smtp_code" and
    // "smtp_message", "responseCode" and "response", "reply_code" and "reason", either one first, up to four other
    // plain fields between them (KumoMTA's record, whose enhanced code is an object, is read below).
    private static final String JSON_CODE_KEY = "\"(?:[A-Za-z]{1,20}[_-]?)?(?:code|Code|CODE)\"\\s*:\\s*\"?([2-5][0-9][0-9])\"?(?![0-9.])";
    private static final String JSON_TEXT_NAMES = "message|Message|MESSAGE|msg|Msg|response|Response|reply|Reply|text|Text"
        + "|reason|Reason|description|Description|details?|Details?|diagnostic|Diagnostic|content|Content|error|Error";
    // (A blank text field is not the reply's text: Mailgun's event writes '"code":450,"description":""' before its
    // "message".)
    private static final String JSON_TEXT_KEY = "\"(?:[A-Za-z]{1,20}[_-]?)?(?:" + JSON_TEXT_NAMES + ")\"\\s*:\\s*"
        + "\"(?!\\s*\")(" + JSON_STRING_BODY + ")\"";
    private static final String JSON_OTHER_FIELDS =
        "(?:\\s*\"[^\"{}]{1,40}\"\\s*:\\s*(?:\"(?:[^\"\\\\]|\\\\.){0,200}\"|[-\\w.]{1,40})\\s*,){0,4}?\\s*";
    // A JSON record's string field holding a whole reply, its code first, maybe after a DSN's diagnostic type (sisimai's
    // '"diagnosticcode":"421 4.7.0 …"', Amazon SES's event's '"diagnosticCode":"smtp; 421 …"', SparkPost's "raw_reason",
    // SendGrid's "response", Postal's "output"): that field is the reply. The record's other fields are the reporter's,
    // whatever they hold: a code beside its own label ('"reason":"toomanyconn"', "replycode"), a delay's type
    // ("MailboxFull"), a subject (read as the reply's words, a probe of such records changed up to 10,019 of 11,852 plain
    // rows' kinds, 2026-12-07).
    // The same in a Python dict's or a Ruby hash's print ("{'diagnosticcode': '421 …', 'reason': 'undefined'}",
    // '{"diagnosticcode"=>"421 …"}'). Only the first such field is read: the fields before it are passed over
    // possessively, so that a hostile text of many unclosed fields is read once, not once a field.
    private static final String REPLY_FIELD_KEY = "(?:[A-Za-z]{1,20}[_-]?)?(?:" + JSON_TEXT_NAMES
        + "|(?:[Dd]iagnostic|DIAGNOSTIC)[_-]?(?:[Cc]ode|CODE)|[Dd]iag|[Oo]utput|[Ss]tatus|[Rr]esult)[\"']\\s*(?:=>|:)\\s*";
    private static final String REPLY_VALUE_START = "(?:smtp; ?)?(?=[45][0-9][0-9][ -])";
    private static final Pattern REPLY_FIELD = Pattern.compile("\\A(?:[^\"']++|[\"'](?!" + REPLY_FIELD_KEY + "[\"']"
        + REPLY_VALUE_START + "))*+[\"']" + REPLY_FIELD_KEY
        + "(?:\"" + REPLY_VALUE_START + "((?:[^\"\\\\]|\\\\.|\"(?!\\s*(?:[,}\\]]|$))){4,2048}+)\""
        + "|'" + REPLY_VALUE_START + "((?:[^'\\\\]|\\\\.|'(?!\\s*(?:[,}\\]]|$))){4,2048}+)')");
    // A JSON record held as a string in another's field (Amazon SNS's notification of an SES event: '"Message":
    // "{\"notificationType\":\"Bounce\",…}"'): the inner record, its escapes undone once, so that its fields read as
    // fields (a bare quote inside is a translator's typographic one, read as ASCII before this). The outer record's
    // fields are the carrier's. The first such record only, as above.
    private static final Pattern NESTED_JSON_RECORD = Pattern.compile(
        "\\A(?:[^\"]++|\"(?!\\s*:\\s*\"\\{\\\\\"))*+\"\\s*:\\s*\"(\\{\\\\\"(?:[^\"\\\\]|\\\\.|\"(?!\\s*(?:[,}\\]]|$))){1,"
            + MAX_PARSED_CHARS + "}+)\"");
    // The opening quote of a JSON string value with no quote after it: a text that ends inside that string.
    private static final Pattern JSON_VALUE_OPENED = Pattern.compile("\"\\s*:\\s*\"[^\"]*+$");
    private static final Pattern JSON_STRING_LAST_LINE_END = Pattern.compile("(?:\\\\r)?\\\\n\"(?=\\s*[,}\\]])");
    private static final Pattern JSON_CODE_FIRST = Pattern.compile(JSON_CODE_KEY + "\\s*," + JSON_OTHER_FIELDS + JSON_TEXT_KEY);
    // A field between the code's and the text's holding the enhanced code apart (maddy's JSON '"smtp_code":421,
    // "smtp_enchcode":"4.7.0","smtp_msg":"…"', others' "enhanced_code", "extended", "esc", "dsn" or "status", quoted or
    // bare keys as in the forms below: "smtp_code=421 smtp_status=4.7.0 smtp_text=\"…\""): the reply's, when its text
    // has none. Only the fields between are read, never the text's own words.
    private static final Pattern ENHANCED_FIELD = Pattern.compile("(?<![\\w])\"?(?:[A-Za-z]{1,20}[_-]?)?"
        + "(?:[Ee]nhanced|[Ee]nch?|[Ee]xtended|[Ee]sc|[Dd]sn|DSN|[Ss]tatus)[A-Za-z_-]{0,20}\"?\\s*[:=]\\s*[\"']?"
        + "([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9.])");
    private static final Pattern ENHANCED_FIRST =
        Pattern.compile("\\s*(?:[2-5][0-9][0-9][ -])?[245]\\.[0-9]{1,3}\\.[0-9]{1,3}(?![0-9.])");
    private static final Pattern JSON_TEXT_FIRST = Pattern.compile(JSON_TEXT_KEY + "\\s*," + JSON_OTHER_FIELDS + JSON_CODE_KEY);
    // A program's error printed with bare keys, the code first and the text quoted: Go's "%#v" of a *textproto.Error
    // ('&textproto.Error{Code:421, Msg:"4.7.0 …"}'), and the "code=421, message='…'" or "{code: 421, message: \"…\"}"
    // other languages' objects print; the JSON forms above quote their keys. So do Python's dict ("{'code': 421,
    // 'message': b'4.7.0 …'}") and Ruby's hash ('{"code"=>421, "message"=>"…"}', '{:code=>421, :error=>"…"}'), whose
    // keys are quoted or symbols and whose values follow "=>". A quote inside the text that no field's end follows is
    // the text's (a translator's typographic quotes are read as ASCII ones before this), nor does the next field's key
    // ("smtp_text=\"…\" relay=…"). Its quoted text is read possessively, as JSON_STRING_BODY is.
    // A log's next field after a blank (logfmt's " relay=", an object's " host:"): its key, before its "=" or ":".
    private static final String NEXT_KEY = "\\s{1,8}[A-Za-z_][\\w.-]{0,40}";
    private static final String QUOTED_TEXT_END = "\\s*(?:[,;})\\]]|$)|" + NEXT_KEY + "[:=]";
    // A key's opening: a quote (Python's, Ruby's, JSON's) or Ruby's symbol colon; its closing quote; the sign before
    // its value (Ruby's "=>").
    private static final String KEY_OPEN = "(?:[\"']|:(?=[A-Za-z]))?";
    private static final String KEY_CLOSE = "[\"']?";
    private static final String KEY_VALUE_SIGN = "\\s*(?:=>|[:=])\\s*";
    // The length of a bytes text as written: Python prints a byte outside ASCII as four characters ("\\xd0\\x9f…"), so a
    // translated reply takes four to eight times its letters (written batch 167's Russian row of 600 letters, 3,382
    // characters in a dict's bytes, lost its text at 2,048). Python escapes the quote a bytes text is delimited by, so
    // its first bare one ends it (but one between two letters, a typographic apostrophe read as ASCII before this:
    // "d’envoyer"): a hostile text of many keys costs no more than a string's shorter reading.
    private static final int ESCAPED_TEXT_CHARS = 4 * MAX_TEXT_CHARS;
    private static final Pattern FIELDS_CODE_FIRST = Pattern.compile(
        "(?<![\\w\"'])" + KEY_OPEN + "(?:[A-Za-z]{1,20}[_-]?)?(?:code|Code)" + KEY_CLOSE + KEY_VALUE_SIGN
            + "[\"']?([2-5][0-9][0-9])[\"']?(?![0-9.])\\s*[,;]?\\s*"
            + "(?:" + KEY_OPEN + "[A-Za-z_]{1,20}" + KEY_CLOSE + KEY_VALUE_SIGN
            + "(?:\"(?:[^\"\\\\]|\\\\.){0,200}\"|'(?:[^'\\\\]|\\\\.){0,200}'|[-\\w.]{1,40})\\s*[,;]?\\s*){0,4}?"
            + "(?<![\\w\"'])" + KEY_OPEN + "(?:[A-Za-z]{1,20}[_-]?)?(?:message|Message|msg|Msg|response|Response|reply|Reply|text"
            + "|Text|reason|Reason|description|Description|details?|Details?|error|Error)" + KEY_CLOSE + KEY_VALUE_SIGN
            + "(?:b\"((?:[^\"\\\\]|\\\\.|(?<=\\p{L})\"(?=\\p{L})){1," + ESCAPED_TEXT_CHARS + "}+)\""
            + "|b'((?:[^'\\\\]|\\\\.|(?<=\\p{L})'(?=\\p{L})){1," + ESCAPED_TEXT_CHARS + "}+)'"
            + "|\"((?:[^\"\\\\]|\\\\.|\"(?!" + QUOTED_TEXT_END + ")){1,2048}+)\"|'((?:[^'\\\\]|\\\\.|'(?!" + QUOTED_TEXT_END
            + ")){1,2048}+)')");
    // Go's "%+v" of the same error: '&{Code:421 Msg:4.7.0 …}', the text unquoted to the closing brace, over the lines of
    // a reply of several (textproto joins them by line ends, each without its basic code).
    private static final Pattern GO_FIELDS = Pattern.compile("&\\{Code:([2-5][0-9][0-9]) Msg:([^\\n}][^}]{0,2047}+)\\}");
    // KumoMTA's log record (its "TransientFailure" and "Bounce" records, JSON): the reply's code, its enhanced code
    // parsed into class, subject and detail (null without one) and the rest of its text in separate fields
    // ('"response":{"code":421,"enhanced_code":{"class":4,"subject":7,"detail":0},"content":"…","command":"."}').
    private static final Pattern KUMO_RESPONSE = Pattern.compile(
        "\"code\":\\s*([2-5][0-9][0-9]),\\s*\"enhanced_code\":\\s*(?:null|\\{\\s*\"class\":\\s*([245]),\\s*\"subject\":\\s*"
            + "([0-9]{1,3}),\\s*\"detail\":\\s*([0-9]{1,3}),?\\s*\\}),\\s*\"content\":\\s*\"(" + JSON_STRING_BODY + ")\"");
    // Exchange's queue and message trace fields ("LastError : [{LRT=…};{LED=421 4.7.0 …};{FQDN=…};{IP=…}]"): the
    // reply is the LED field (its last error), whatever it quotes inside.
    private static final Pattern EXCHANGE_LED = Pattern.compile("\\{LED=([2-5][0-9][0-9][ -][^}]{0,2048})\\}");
    // A log's key=value field holding the reply ("response=421 …", "smtp_reply=451 …", "reason=421 …", "error=421 …",
    // "status=550 …", "result=421 …", OpenSMTPD's older relay line's "stat=421 …", Sendmail's "reject=451 …" of a
    // refusal it gave, where 137 of 11,849 plain rows so written changed kind, 63 connection limits lost, 2026-12-08;
    // not "code=", which a narrative names
    // a code with: "Unexpected status code=421 while connecting"), unquoted, or a form's field (a webhook's body
    // decoded: "code=421&error=421 4.7.0 Too many connections&recipient=…"): the reply ends where the form's next field
    // begins. Not a count ("msg=500 messages sent"). A reply of several lines, its first a continuation ("421-…"), ends
    // with its last line (the first whose code a blank follows), as nodemailer writes its greeting's and EHLO's errors:
    // "Invalid greeting. response=421-4.7.0 …\n421 4.7.0 …: 421-4.7.0 …\n421 4.7.0 …", the reply's lines joined by
    // line ends and the whole reply again after a colon (read once, see withoutRepeatedReply). Before, only its first
    // line was read: 2,799 of 10,504 plain rows written so over two lines changed kind, 594 connection limits lost
    // (2026-12-08).
    // A reply's code where a copy of the reply would start: a 4xx or 5xx code and a blank or a continuation's dash.
    private static final Pattern REPLY_CODE_AT = Pattern.compile("[45][0-9][0-9][ -]");
    private static final String FORM_FIELD_LINE = "(?:(?!&[a-z_][\\w.-]{0,40}=)[^\\n]){0,2048}+";
    private static final Pattern KEY_VALUE_REPLY = Pattern.compile(
        "(?i)\\b(?:smtp[_-]?)?(?:response|reply|last[_-]?error|error|reason|message|msg|diagnostic(?:[_-]?code)?"
            + "|description|details?|status|stat|result|reject)=(?![0-9]{3}(?-i:" + PLURAL_COUNTED + "))"
            + "(([2-5][0-9][0-9])(?: " + FORM_FIELD_LINE + "|-" + FORM_FIELD_LINE + "(?:\\n\\2-" + FORM_FIELD_LINE + "){0,64}+"
            + "(?:\\n\\2 " + FORM_FIELD_LINE + ")?))");
    // A sender's own error type naming the code before the reply's text ("send failed: SMTP error 550: User unknown",
    // "SMTP Error 421 - Too many connections", "Temporary SMTP error 421. Retrying", "SMTP error code 421: 4.7.0 …",
    // "Email failed (SMTP 550): …"): the narrative before it and the sentence's words are not the receiver's.
    private static final Pattern SMTP_ERROR_SENTENCE = Pattern.compile(
        "(?i)(?:\\bsmtp (?:error|reply|response|status)(?: code)?:? ?|\\(smtp )([45][0-9][0-9])(?![.,]?[0-9])\\)?"
            + "(?:\\s*[:.]|\\s+-)?\\s+(\\S[\\s\\S]*)");
    // The wrappers whose fields hold the reply's code and text apart, each rewritten as the plain reply it holds (a
    // literal the wrapper always writes is tested first; a rewrite that finds nothing leaves the text as it was).
    private static final List<Unwrap> UNWRAPS = List.of(
        new Unwrap(" command failed,", PHPMAILER_FIELDS,
            m -> m.group(2) + " " + (m.group(3) == null ? "" : m.group(3) + " ") + m.group(1).strip()),
        new Unwrap(" command failed,", PHPMAILER_FIELDS_CODE_FIRST,
            m -> m.group(1) + " " + (m.group(2) == null ? "" : m.group(2) + " ") + m.group(3).strip()),
        new Unwrap("[SMTP: ", PEAR_MAIL, m -> m.group(1) + " " + m.group(2)),
        new Unwrap("SMTP Error (", ROUNDCUBE, m -> m.group(1) + " " + m.group(2)),
        new Unwrap("ode: ", SMTP_PROTO_DISPLAY, m -> smtpProtoReply(m.group(1), m.group(2), m.group(3))
            + (m.group(4) == null ? "" : m.group(4))),
        new Unwrap("ode: ", SMTP_PROTO_DEBUG, m -> smtpProtoReply(m.group(1), m.group(2) + "." + m.group(3) + "."
            + m.group(4), m.group(5).replace("\\\"", "\"").replace("\\n", " ").replace("\\r", ""))),
        new Unwrap("SMTP server error:", PHPMAILER, m -> m.group(3) == null ? null : m.group(3) + " "
            + (m.group(4) == null ? "" : m.group(4) + " ")
            + (m.group(2) == null ? m.group(1) : m.group(2)).replace('\n', ' ')
            + (m.group(5) == null ? "" : " " + m.group(5))),
        new Unwrap(" command failed ", PHPMAILER_TRANSLATED, m -> m.group(2) + " "
            + (m.group(3) == null ? "" : m.group(3) + " ") + m.group(1).replace('\n', ' ')),
        new Unwrap("-'", EXCHANGE_2003, m -> m.group(1) + " " + m.group(2)),
        new Unwrap("{LED=", EXCHANGE_LED, m -> m.group(1)),
        new Unwrap("=", KEY_VALUE_REPLY, m -> m.group(1)),
        new Unwrap("{\\\"", NESTED_JSON_RECORD, m -> unescapeQuoted(m.group(1))),
        new Unwrap("\"", REPLY_FIELD, SmtpReply::replyField),
        new Unwrap("'", REPLY_FIELD, SmtpReply::replyField),
        new Unwrap("ode\"", JSON_CODE_FIRST, m -> jsonReply(m.group(1), between(m, m.end(1), m.start(2)), m.group(2))),
        new Unwrap("ode\"", JSON_TEXT_FIRST, m -> jsonReply(m.group(2), between(m, m.end(1), m.start(2)), m.group(1))),
        new Unwrap("&{Code:", GO_FIELDS, m -> withCode(m.group(1), m.group(2))),
        new Unwrap("ode", FIELDS_CODE_FIRST, m -> {
            int text = m.group(2) != null ? 2 : m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
            return withCode(m.group(1), withEnhancedField(between(m, m.end(1), m.start(text)), unescapeQuoted(m.group(text))));
        }),
        new Unwrap("\"enhanced_code\"", KUMO_RESPONSE, m -> m.group(1) + " "
            + (m.group(2) == null ? "" : m.group(2) + "." + m.group(3) + "." + m.group(4) + " ")
            + m.group(5).replace("\\\"", "\"").replace("\\r", "").replace("\\n", " ")),
        new Unwrap("SMTP ", SMTP_ERROR_SENTENCE, SmtpReply::sentenceReply),
        new Unwrap("smtp ", SMTP_ERROR_SENTENCE, SmtpReply::sentenceReply),
        new Unwrap("Smtp ", SMTP_ERROR_SENTENCE, SmtpReply::sentenceReply));
    // async-smtp's class words before the reply's text, at the start or after a narrative's colon ("SMTP failed to send:
    // transient: 4.7.0 …").
    private static final Pattern STATED_CLASS = Pattern.compile("(?i)^(?:[^:\\n]{0,80}: )?(transient|permanent): (?=\\S)");
    // A reply logged as one field of a log whose fields are parted by blanks, its own blanks written as "+": IIS's SMTP
    // service's W3C extended log ("… OutboundConnectionResponse SMTPSVC1 MX1 - 25 - - 421+4.7.0+Too+many+connections 0 0
    // 56 0 218 SMTP - - - -"). The field opens with a reply's code, holds a "+" and a letter ("300+400+500" is a sum);
    // the fields after it on its line are the log's (status, bytes, time taken, version), not the reply's.
    private static final Pattern PLUS_JOINED_REPLY = Pattern.compile(
        "(?<!\\S)((?=[^\\s+]*+\\+)(?=[^\\s\\p{L}]*+\\p{L})[2-5][0-9]{2}[-+]\\S*+)[^\\n]*+");
    // The opening of a bracket Gmail's notice writes on a line of its own for each host it tried, before that host's
    // reply: the host's name, maybe with its final dot, its address and a colon ("[mx.example.net. 192.0.2.1: 421 …]",
    // "[mx.example.net 2001:db8::25: …]").
    private static final Pattern ATTEMPT_OPEN = Pattern.compile(
        "(?m)^[ \\t]*+\\[[A-Za-z0-9][A-Za-z0-9.-]{0,252}+ [0-9A-Fa-f.:]{2,45}: ");
    // A record's fields holding the basic code and the enhanced code apart, each maybe quoted (a CSV export's
    // "…,421,4.7.0,…", a JSON array's "\"421\", \"4.7.0\", \"…").
    private static final Pattern DELIMITED_CODES = Pattern.compile(
        "(?<![\\w.])[\"']?([2-5][0-9]{2})[\"']?[ \\t]*[,;|\\t][ \\t]*[\"']?([2-5]\\.[0-9]{1,3}\\.[0-9]{1,3})[\"']?[ \\t]*[,;|\\t][ \\t]*[\"']?");
    // A transcript's marker before a server's line: swaks ("<** 450 …", "<-  250 …"), "S: ", "<<< ".
    private static final Pattern TRANSCRIPT_MARKER = Pattern.compile("(?:<\\*\\*|<~\\*|<--|<-|<~|<<<?|S:)\\s+(?=[2-5][0-9][0-9][ -])");
    // A debug transcript's entry, one a line, after its time stamp or process id: the server's ("SERVER -> CLIENT: 250 …",
    // PHPMailer's; "SMTP -> FROM SERVER:421 …", its 5.x releases'; Exim's "SMTP<< 421 …", and the "SMTP< 421 …" of
    // many small clients' debug logs, their time maybe in brackets ("[12:55:01] SMTP< …"); Perl Net::SMTP's
    // "Net::SMTP=GLOB(0x55d0c8)<<< 421 …"), the client's ("CLIENT -> SERVER: MAIL FROM:<…>", "SMTP>> …", "SMTP> …",
    // "…>>> …"), and the library's own error or notice, which repeats the reply after its command's name ("SMTP ERROR:
    // MAIL FROM command failed: 421 …", then its ErrorInfo "SMTP Error: The following from address failed: …"); PEAR
    // Net_SMTP's ("DEBUG: Recv: 421 …", "DEBUG: Send: MAIL FROM:<…>"; Roundcube's smtp log writes them after its date
    // and session: "[08-Dec-2026 03:00:00 +0000]: <jda6fsgn> Recv: 421 …"), Python smtplib's ("reply: b'421 …\r\n'",
    // "send: 'mail FROM:<…>\r\n'").
    private static final Pattern DEBUG_ENTRY = Pattern.compile(
        "(?![2-5][0-9][0-9][ -])(?:\\[?+[0-9][0-9:.,TZ/-]{0,40}+\\]?+(?:\\s{1,8}+[0-9][0-9:.,TZ/-]{0,40}+){0,4}\\s++"
            + "|\\[[0-9]{1,2}-[A-Za-z]{3}-[0-9]{4} [0-9:]{8} [+-][0-9]{4}\\]: (?:<[0-9A-Za-z]{1,40}> )?)?"
            + "(?:Net::SMTP(?:::[A-Za-z]+)?=GLOB\\(0x[0-9a-fA-F]{1,16}\\))?"
            + "(?:(SERVER -> CLIENT:|SMTP -> FROM SERVER:|SMTP<<?|(?<=\\))<<<|reply: b?['\"](?=[2-5][0-9][0-9][ -])"
            + "|(?:DEBUG: )?Recv:)|(CLIENT -> SERVER:|CLIENT -> SMTP:|SMTP>>?|(?<=\\))>>>|send: b?['\"]|(?:DEBUG: )?Send:)"
            + "|(SMTP ERROR:|SMTP Error:|SMTP -> ERROR:|SMTP NOTICE:))\\s*");
    // nodemailer's console logger: "[2024-05-21 12:55:01] DEBUG [#1] [Kx3pJ] S: 421 …" for each line the server sent,
    // "… C: …" for each the client sent (its level padded to five letters, its connection's and session's ids in
    // brackets).
    private static final Pattern NODEMAILER_ENTRY = Pattern.compile(
        "\\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\] [A-Z]{4,5} {1,2}(?:\\[[^\\]\\s]{1,40}\\] ){0,2}([SC]): ?");
    // Postfix's verbose log of its SMTP client's chat (debug_peer_list): "postfix/smtp[1234]: < mx.example.net[192.0.2.1]:25:
    // 421 …" for each line the server sent, "> …: MAIL FROM:<…>" for each the client sent (the port left out by older
    // releases).
    private static final Pattern POSTFIX_CHAT = Pattern.compile(
        "(?:[^\\n]{0,160}?\\]: )?([<>]) [^\\s\\[\\]]{1,253}\\[[0-9A-Fa-f.:]{2,45}\\](?::[0-9]{1,5})?: ");
    // Exchange's protocol log (SmtpSend): "date-time,connector-id,session-id,sequence-number,local-endpoint,
    // remote-endpoint,event,data,context", one line an event: "<" the server's line, ">" the client's, "*" "+" "-" the
    // log's own (information, connect, disconnect); a data field holding a comma is quoted as CSV quotes it.
    private static final Pattern EXCHANGE_PROTOCOL_LOG = Pattern.compile(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{5,20}Z?,(?:[^,\\n]*,){5}([<>*+-]),(\"(?:[^\"]++|\"\"){0,200}+\"|[^,]*+)(?:,.*)?");
    // Words after a Status field's code: some letter in them, and not a comment in parentheses alone nor a DSN's next
    // field ("Status: 4.4.7 (delivery expired)", "Status: 4.0.0 Remote-MTA: dns; …", "Action: delayed").
    private static final Pattern STATUS_WORDS = Pattern.compile(
        "(?!\\([^()\\n]{0,200}\\)\\s*$|\\p{L}[\\p{L}0-9]*-[\\p{L}0-9-]+:|(?i:action|status):)(?=[^\\n]{0,200}?\\p{L})");
    // A DSN's fields other than its Diagnostic-Code (RFC 3464), one a line: the reporting MTA's, not the receiver's
    // words ("Remote-MTA: dns; mx.example.net" names DNS as the name's type, not the receiver's DNS failing). Status
    // gives its enhanced code.
    private static final Pattern DSN_FIELD = Pattern.compile(
        "(?i)(Status|Action|Remote-MTA|Reporting-MTA|Final-Recipient|Original-Recipient|Last-Attempt-Date|Will-Retry-Until"
            + "|Arrival-Date|Received-From-MTA|X-Postfix-Queue-ID|X-Postfix-Sender|X-Actual-Recipient): ");
    // A transcript's line of the client's: swaks "-> RCPT TO:<…>" ("~>" inside TLS), "C: ", ">>> ", opening a line or
    // after a blank inside it (a transcript flattened onto one line).
    private static final Pattern FLATTENED_CLIENT_MARK = Pattern.compile("(?:^|(?<=\\s))(?:-->|->|~>|>>>|C:)\\s");
    // qmail's log form: qmail-send logs qmail-remote's report with spaces written as underscores and line ends as
    // slashes ("192.0.2.1_does_not_like_recipient./Remote_host_said:_451_4.7.1_Greylisted/Giving_up_on_192.0.2.1./");
    // qmail bounces and log tools quote it so. Recognised by qmail-remote's own fixed sentences.
    private static final List<String> QMAIL_LOG_MARKERS = List.of("Remote_host_said:_", "_does_not_like_recipient.",
        "_does_not_like_sender.", "_but_greeting_failed.", "_but_sender_was_rejected.", "_but_my_name_was_rejected.",
        "_failed_on_DATA_command.", "_failed_after_I_sent_the_message.");
    // In that form, a slash that is qmail's line end (once underscores are spaces): at the end, or before the next line
    // of the reply ("451-…/451 …") or of qmail-remote's report ("/Giving up on 192.0.2.1./", "/Remote host said: ");
    // a slash inside the reply's text (a link's path: "https://example.net/421-help") stays.
    private static final Pattern QMAIL_LINE_END = Pattern.compile(
        "/(?=\\s*$|Remote host said: |Giving up on |Connected to |Sorry|I'm not going to try again)"
            + "|(?<!://\\S{0,200})/(?=[2-5][0-9]{2}[ -])");
    // A class's qualified name ("Net::SMTPServerBusy", "smtplib.SMTPDataError"), as a log names an exception's.
    private static final Pattern QUALIFIED_CLASS = Pattern.compile(
        "(?:[A-Za-z_][A-Za-z0-9_]{0,80}(?:\\.|::)){1,12}[A-Z][A-Za-z0-9_]{0,80}");
    // javax.mail's ";" ending an exception's text before the next one in the chain, on that text's line or on its own.
    private static final Pattern NESTED_EXCEPTION = Pattern.compile(
        "[ \\t]*\\r?\\n?[ \\t]*;\\s*nested exception is:\\s*");
    // An exception's qualified class name before its message: Java's and Python's ("com.sun.mail.smtp.
    // SMTPAddressFailedException: ", "smtplib.SMTPDataError: "), .NET's ("MailKit.Net.Smtp.SmtpCommandException: "),
    // Ruby's and Perl's ("Net::SMTPServerBusy: ", "Email::Sender::Failure: "), PHP's in a namespace or in Zend 1's and
    // PEAR's underscored names ("Laminas\\Mail\\Protocol\\Exception\\RuntimeException: ", "Zend_Mail_Protocol_Exception: ";
    // their message the reply without its basic code): the library's name for the failure. At most 16 names before it,
    // each of 81 characters at most: a repeated group recurses once a repetition, and a receiver's reply of 2,000
    // "a." before "Exception:" overflowed the stack (2026-12-08).
    private static final Pattern JAVA_EXCEPTION_PREFIX = Pattern.compile(
        "^(?:(?:[A-Za-z_][A-Za-z0-9_]{0,80}+(?:\\.|::|\\\\)){1,16}+(?:[A-Z][A-Za-z0-9_$]*)?|(?:[A-Z][A-Za-z0-9]{0,80}+_){1,16}+"
            + "[A-Za-z0-9]*)"
            + "(?:Exception|Error|Failure|Busy|Temporary|Permanent): ?");
    // A stack trace's frame (Java, .NET, Node: "at SMTPConnection._formatError (…)"; Python: 'File "…", line 12';
    // .NET's "--- End of inner exception stack trace ---"; PHP: "#0 /var/www/…/SmtpTransport.php(198): …", "#1 {main}",
    // Laravel's "[stacktrace]" before them), Spring's own lines around the exceptions it collects, and a line holding
    // only an address (the recipient under a `postqueue -p` entry): none of them is the receiver's. A frame's method
    // has at most 32 dotted names (a repeated group recurses once a repetition).
    private static final Pattern TRACE_LINE = Pattern.compile(
        "(?:at [\\w$<>`\\[\\]]++(?:\\.[\\w$<>`\\[\\]]++){1,32}+ ?\\(|File \"[^\"]*\", line [0-9]|\\.\\.\\. [0-9]+ more$|Failed message [0-9]+:$"
            + "|--- End of (?:inner exception )?stack trace ---|<?[^\\s<>@]{1,64}@[^\\s<>@]{1,255}>?$"
            + "|#[0-9]{1,4} (?:\\{main\\}|\\[internal function\\]|\\S{1,1024}\\.php\\([0-9]{1,7}\\): )|\\[stacktrace\\]$)");
    private static final Pattern SPRING_WORDS = Pattern.compile("(?:^Failed messages: |; message exception details \\([0-9]+\\) are:$)");

    private final OptionalInt basicCode;
    private final Optional<String> enhancedCode;
    private final Optional<String> remoteHost;
    private final String text;
    // The class a client library stated in words when it kept no code (async-smtp's "transient: …", "permanent: …").
    private final ReplyClass statedClass;

    private SmtpReply(OptionalInt basicCode, Optional<String> enhancedCode, Optional<String> remoteHost, String text,
        ReplyClass statedClass) {
        this.basicCode = basicCode;
        this.enhancedCode = enhancedCode;
        this.remoteHost = remoteHost;
        this.text = text;
        this.statedClass = statedClass;
    }

    /**
     * The text with each HTML numeric character reference replaced by its character; a reference to no character (a
     * surrogate, beyond U+10FFFF) or to a control character other than a tab or a line end is kept as written.
     */
    static String decodeNumericEntities(String text) {
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
            boolean control = codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint >= 0x7f && codePoint < 0xa0;
            if (control || !Character.isValidCodePoint(codePoint)
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).appendCodePoint(codePoint);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * The text's UTF-8 read back where a log or a client read it as Windows-1252 or Latin-1 ("bitte spÃ¤ter" as
     * "später", "poÅ‚Ä…czeÅ„" as "połączeń", "Ð¡Ð»Ð¸ÑˆÐºÐ¾Ð¼" as "Слишком"): only when a lead byte's character is followed by
     * a continuation byte's, every character of the text is one byte in those encodings, and the bytes are UTF-8;
     * otherwise the text as it was.
     */
    private static String repairedMojibake(String text) {
        boolean pair = false;
        for (int i = 0; i + 1 < text.length() && !pair; i++) {
            char c = text.charAt(i);
            pair = c >= '\u00c2' && c <= '\u00f4' && isContinuationByte(byteOf(text.charAt(i + 1)));
        }
        if (!pair) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return text;
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
    }

    /** The byte a character stands for in Windows-1252 (or Latin-1, for its controls), or -1 if none. */
    private static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        if (c == '\ufffd') {
            return -1;
        }
        int at = WINDOWS_1252_HIGH.indexOf(c);
        return at < 0 ? -1 : 0x80 + at;
    }

    private static boolean isContinuationByte(int b) {
        return b >= 0x80 && b <= 0xbf;
    }

    /**
     * Where the first of .NET's markers, ". The server response was:" or a translation of it, after a line end too,
     * starts; -1 if none.
     */
    private static int firstDotnetMarker(String text) {
        int first = -1;
        for (String marker : DOTNET_MARKERS_ALONE) {
            for (String sentenceEnd : DOTNET_SENTENCE_ENDS) {
                int at = text.indexOf(sentenceEnd + marker);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
        }
        return first;
    }

    /**
     * True when a bracket opens with a step a sender's log names ("(at ", "[after ", "(during "), lower or upper case,
     * or holds a step's name in capitals ("[RCPT_TO]").
     */
    private static boolean hasStepNoteOpening(String text) {
        for (int i = text.indexOf('('), j = text.indexOf('['); i >= 0 || j >= 0; ) {
            int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (text.regionMatches(true, at + 1, "at ", 0, 3) || text.regionMatches(true, at + 1, "after ", 0, 6)
                || text.regionMatches(true, at + 1, "during ", 0, 7) || text.regionMatches(true, at + 1, "on ", 0, 3)
                || text.regionMatches(true, at + 1, "in response to ", 0, 15)) {
                return true;
            }
            if (at == j) {
                for (String step : CAPITALISED_STEPS) {
                    if (text.startsWith(step + "]", at + 1)) {
                        return true;
                    }
                }
            }
            if (at == i) {
                i = text.indexOf('(', i + 1);
            } else {
                j = text.indexOf('[', j + 1);
            }
        }
        return false;
    }

    /** Whether the text is qmail's log form of a delivery report (see {@link #QMAIL_LOG_MARKERS}). */
    private static boolean isQmailLogForm(String text) {
        for (String marker : QMAIL_LOG_MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A reply built from parts already known, e.g. from javax.mail's {@code getLastReturnCode()}. */
    public static SmtpReply of(int basicCode, String replyText) {
        SmtpReply parsed = parse(replyText);
        if (basicCode < 200 || basicCode > 599) {
            return parsed;
        }
        return new SmtpReply(OptionalInt.of(basicCode), parsed.enhancedCode, parsed.remoteHost, parsed.text, ReplyClass.UNKNOWN);
    }

    /** Parses a reply or an exception text; never throws, never returns null. */
    public static SmtpReply parse(String input) {
        try {
            return parseBounded(input);
        } catch (StackOverflowError tooDeep) {
            // A pattern that recursed deeper than the thread's stack on a hostile text (each repeated group is bounded,
            // but the stack is the thread's): the text's words alone, as sanitized, no code claimed from it.
            String text = Texts.sanitize(input.length() > MAX_TEXT_CHARS ? input.substring(0, MAX_TEXT_CHARS) : input,
                MAX_TEXT_CHARS, true).strip();
            return new SmtpReply(OptionalInt.empty(), Optional.empty(), Optional.empty(), text, ReplyClass.UNKNOWN);
        }
    }

    private static SmtpReply parseBounded(String input) {
        if (input == null || input.isEmpty()) {
            return EMPTY;
        }
        String raw = input.length() > MAX_PARSED_CHARS ? input.substring(0, MAX_PARSED_CHARS) : input;
        if (raw.contains("=\n") || raw.contains("=\r\n") || raw.indexOf('=') >= 0 && QP_UTF8.matcher(raw).find()) {
            // A notice pasted in its quoted-printable form (soft line breaks "=" at the end of lines, "=3D" for "=",
            // a letter of UTF-8 as its bytes' escapes, "po=C5=82=C4=85cze=C5=84"): decoded, so that words cut by a soft
            // break or written as escapes read whole.
            raw = decodeQuotedPrintable(raw);
        }
        if (raw.indexOf('&') >= 0 && raw.indexOf(';') >= 0) {
            // An HTML notice (Exchange's NDR: "Remote Server returned &#39;451 4.7.0 …&#39;"): its entities decoded.
            raw = raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#34;", "\"").replace("&nbsp;", " ");
            if (raw.contains("&#")) {
                // Numeric references too, as some notices write every space or quote ("Too&#32;many&#32;connections").
                raw = decodeNumericEntities(raw);
            }
            raw = raw.replace("&amp;", "&");
        }
        raw = repairedMojibake(raw);
        String bounded = sanitize(raw);
        if (bounded.indexOf('_') >= 0 && isQmailLogForm(bounded)) {
            bounded = QMAIL_LINE_END.matcher(bounded.replace('_', ' ')).replaceAll("\n");
        }
        if (bounded.contains("\\n\"")) {
            // A JSON string's last line end, before its closing quote ('{"log":"… said: 421 …\\n","stream":"stdout"}', a
            // container's log record of an MTA's line): no line of the reply's, so the record's next field does not
            // open one.
            bounded = JSON_STRING_LAST_LINE_END.matcher(bounded).replaceAll("\"");
        }
        if (bounded.contains("\\n")) {
            // Line ends written out by an escaped representation: Python's bytes ("(421, b'4.7.0 Too many\\n4.7.0
            // connections')"), JSON strings, PHP's and Java's quoted messages.
            bounded = bounded.replace("\\r\\n", "\n").replace("\\n", "\n");
        }
        if (bounded.indexOf('\n') < 0 && DSN_FIELD_INLINE.matcher(bounded).find()) {
            // A DSN's per-recipient fields flattened onto one line by a log, a web view or a ticket ("Final-Recipient:
            // rfc822; … Action: delayed Status: 4.0.0 Diagnostic-Code: smtp; 421 …"): each field on its line again, as
            // the DSN writes them, so that the fields around the reply are read as fields (read as the reply's words,
            // 114 of 11,832 rows changed kind in a probe, 2026-12-07; a Remote-MTA field after the reply, 156).
            bounded = DSN_FIELD_INLINE.matcher(bounded).replaceAll("\n");
        }
        if (bounded.contains("\\/")) {
            // A slash escaped as JSON allows and PHP's json_encode writes by default ("30\/60s", "msg\/min",
            // "sender\/recipient", "https:\/\/…"): a slash, so that a rate's unit, a pair and a link read as written
            // (a probe escaping the tables' slashes, 2026-12-07: 27 of 11,832 changed kind, seven connection limits lost).
            bounded = bounded.replace("\\/", "/");
        }
        if (bounded.indexOf(' ') < 0 && (bounded.contains("%20") || bounded.indexOf('+') >= 0)) {
            // A reply form-encoded in a webhook's body or a query string ("421+4.7.0+Too+many+connections",
            // "421%204.7.0%20…"): decoded, unless malformed.
            bounded = formDecoded(bounded);
        } else if (bounded.indexOf('+') >= 0) {
            bounded = plusJoinedRepliesDecoded(bounded);
        }
        if (bounded.indexOf('(') > 0 || bounded.indexOf('[') > 0) {
            Matcher bracketed = BRACKETED_REPLY.matcher(bounded);
            if (bracketed.matches()) {
                bounded = bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2);
            }
        }
        if (!bounded.isEmpty() && Character.isLetter(bounded.charAt(0))) {
            Matcher sentence = SENTENCE_BEFORE_CODE.matcher(bounded);
            if (sentence.find() && FAILURE_WORD.matcher(sentence.group(1)).find() && MAIL_WORD.matcher(sentence.group(1)).find()) {
                bounded = bounded.substring(sentence.end());
            }
        }
        Matcher record = DELIMITED_CODES.matcher(bounded);
        if (record.find()) {
            // A record whose fields hold the basic code, the enhanced code and the text apart (a CSV export, a JSON array:
            // "\"421\",\"4.7.0\",\"Too many …\""): the reply starts a line of its own at its codes.
            bounded = bounded.substring(0, record.start()) + "\n" + record.group(1) + " " + record.group(2) + " "
                + bounded.substring(record.end());
        }

        int quote = bounded.lastIndexOf(EXCHANGE_QUOTE);
        if (quote >= 0 && REPLY_START.matcher(bounded).region(quote + EXCHANGE_QUOTE.length(), bounded.length()).lookingAt()) {
            int start = quote + EXCHANGE_QUOTE.length();
            int end = bounded.indexOf(EXCHANGE_QUOTE_END, start);
            if (end < 0) {
                end = start;
                while (end < bounded.length() && !(bounded.charAt(end) == '"' && closesString(bounded, end, '"'))) {
                    end++;
                }
            }
            bounded = bounded.substring(start, end);
        }
        if (bounded.indexOf('[') >= 0) {
            bounded = firstAttemptOnly(bounded);
        }
        if (bounded.contains(": ")) {
            bounded = withoutRepeatedReply(bounded);
        }
        for (Unwrap unwrap : UNWRAPS) {
            bounded = unwrap.apply(bounded);
        }
        int copyBelow = bounded.indexOf(QMAIL_COPY_BELOW);
        if (copyBelow >= 0) {
            bounded = bounded.substring(0, copyBelow);
        }
        if (bounded.contains("Giving up on ")) {
            bounded = QMAIL_GIVING_UP.matcher(bounded).replaceAll("");
        }
        if (bounded.contains(",status: ")) {
            bounded = DELIVERY_STATUS_RECORD.matcher(bounded).replaceAll("");
        }
        if (bounded.contains("first failed:")) {
            bounded = EXIM_RETRY_TIMES.matcher(bounded).replaceAll("");
        }
        for (String words : CLIENT_WORDS) {
            if (bounded.contains(words)) {
                bounded = bounded.replace(words, " ");
            }
        }
        if (bounded.indexOf(':') >= 0 && !REPLY_START.matcher(bounded).lookingAt()) {
            bounded = afterClientLeadIn(bounded);
        }
        if (bounded.contains(" command failed") && !REPLY_START.matcher(bounded).lookingAt()) {
            bounded = COMMAND_FAILED_LABEL.matcher(bounded).replaceAll(" ");
        }
        if (bounded.contains(" proto=")) {
            bounded = POSTFIX_REJECT_ENVELOPE.matcher(bounded).replaceAll("");
        }
        if (bounded.contains("(in reply to ") || hasStepNoteOpening(bounded)) {
            bounded = COMMAND_NOTE.matcher(bounded).replaceAll("");
        }
        if (bounded.contains(" char:") && (bounded.contains("CategoryInfo") || bounded.contains("FullyQualifiedErrorId"))) {
            bounded = POWERSHELL_RECORD.matcher(bounded).replaceFirst("");
        }
        if (bounded.contains("smtp-server: ") || bounded.contains("dead.letter") || bounded.contains("message not sent.")) {
            bounded = MAILX_NOTES.matcher(bounded).replaceAll("");
        }
        if (bounded.contains(", affected ")) {
            bounded = GO_MAIL_AFFECTED.matcher(bounded).replaceFirst("");
        }
        if (bounded.contains(":in ")) {
            bounded = RUBY_CALLERS.matcher(RUBY_FRAME.matcher(bounded).replaceFirst("$1")).replaceAll("");
        }
        if (bounded.contains("):")) {
            bounded = RAILS_ERROR.matcher(bounded).replaceFirst("$1");
        }
        if (bounded.contains(".php")) {
            bounded = PHP_LOCATION.matcher(bounded).replaceAll("");
        }
        if (bounded.contains("\\u")) {
            bounded = composed(foldTypography(unescapeJsonUnicode(bounded)));
        }
        if (bounded.contains("\\x")) {
            bounded = composed(foldTypography(decodeEscapedBytes(bounded)));
        }
        if (bounded.contains("nested exception is:")) {
            // javax.mail's chain of exceptions with the ";" that ends each one's text on that text's line, or flattened
            // onto one line by a log ("…: 421 4.3.2 … reached; nested exception is: com.sun.mail.smtp.
            // SMTPSenderFailedException: 421 4.3.2 … reached"): each exception on its own line, as its toString writes
            // them, so that the reply the inner one repeats is read once (read twice, its words moved its kind).
            bounded = NESTED_EXCEPTION.matcher(bounded).replaceAll("\n;\nnested exception is:\n");
        }

        // The basic code an application logged by its enum name beside the reply (STATUS_CODE_NAMES): read as that
        // code when no reply line gives one, and taken out of the words; so is MailKit's ErrorCode.
        OptionalInt namedCode = OptionalInt.empty();
        if (bounded.contains("StatusCode")) {
            Matcher named = STATUS_CODE_FIELD.matcher(bounded);
            StringBuilder kept = new StringBuilder();
            int from = 0;
            while (named.find()) {
                String name = named.group(2) != null ? named.group(2) : named.group(3);
                Integer code = name == null ? null : STATUS_CODE_NAMES.get(name);
                // A number (MailKit prints one for a code its enum does not name: "StatusCode: 435") is read as the
                // code only where the text is an SMTP client's, not an HTTP API's, and only a 4xx or 5xx.
                boolean numberRead = named.group(1) != null && named.group(1).charAt(0) >= '4'
                    && (bounded.contains("Smtp") || bounded.contains("SMTP"));
                if (!numberRead && code == null) {
                    continue;
                }
                if (namedCode.isEmpty()) {
                    namedCode = numberRead ? OptionalInt.of(Integer.parseInt(named.group(1)))
                        : code > 0 ? OptionalInt.of(code) : OptionalInt.empty();
                }
                // The field goes; but a word after the number that names no code is the text's, and a number not read
                // stays for the lines to read.
                kept.append(bounded, from, numberRead || named.group(1) == null ? named.start() : named.end(1))
                    .append(FIELD_TAKEN);
                from = named.group(2) != null && code == null ? named.end(1) : named.end();
            }
            if (from > 0) {
                bounded = kept.append(bounded, from, bounded.length()).toString();
            }
        }
        if (bounded.contains("retcode (")) {
            bounded = bounded.contains("reply: b'") || bounded.contains("reply: b\"")
                ? SMTPLIB_RETCODE_ENTRY.matcher(bounded).replaceAll("")
                : SMTPLIB_RETCODE.matcher(bounded).replaceAll("($1, ");
        }
        if (bounded.contains("ErrorCode")) {
            bounded = MAILKIT_ERROR_CODE_FIELD.matcher(bounded).replaceAll(String.valueOf(FIELD_TAKEN));
        }
        if (bounded.indexOf(FIELD_TAKEN) >= 0) {
            bounded = EMPTIED_FIELDS.matcher(bounded).replaceAll("").replace(String.valueOf(FIELD_TAKEN), "");
        }

        Optional<String> host = Optional.empty();
        OptionalInt connectCode = OptionalInt.empty();
        String scanned = bounded;
        // Each wrapper's pattern is tried only where its fixed words are: a pattern such as .NET's sentence, tried at
        // every position, cost more than all the classifier's rules together.
        Matcher hostMatcher = SMTP_HOST.matcher(bounded);
        if (bounded.contains("SMTP host:") && hostMatcher.find()) {
            host = Optional.of(hostMatcher.group(1));
            if (hostMatcher.group(2) != null) {
                int code = Integer.parseInt(hostMatcher.group(2));
                if (code >= 200 && code <= 599) {
                    connectCode = OptionalInt.of(code);
                }
            }
            scanned = bounded.substring(0, hostMatcher.start()) + " " + bounded.substring(hostMatcher.end());
        }

        // .NET's own sentence is the wrapper's words, not the receiver's: only what follows it is the reply's text.
        OptionalInt dotnetCode = OptionalInt.empty();
        int dotnetMarker = firstDotnetMarker(scanned);
        Matcher dotnet = DOTNET_SENTENCE.matcher(scanned);
        // The sentence is at most 80 characters before the first marker: the search starts there.
        if (dotnetMarker >= 0 && dotnet.region(Math.max(0, dotnetMarker - 80), scanned.length()).find()) {
            String sentence = dotnet.group(1).strip();
            for (java.util.Map.Entry<String, Integer> known : DOTNET_CODES.entrySet()) {
                if (sentence.endsWith(known.getKey())) {
                    dotnetCode = OptionalInt.of(known.getValue());
                }
            }
            scanned = scanned.substring(dotnet.end());
        } else {
            // An application that kept the marker but cut the sentence before it, with or without the exception's
            // class name ("System.Net.Mail.SmtpException: The server response was: Flood").
            String unwrapped = stripExceptionPrefix(scanned.strip());
            for (String marker : DOTNET_MARKERS_ALONE) {
                if (unwrapped.startsWith(marker)) {
                    scanned = unwrapped.substring(marker.length());
                    break;
                }
            }
        }

        List<String> textLines = new ArrayList<>();
        // .NET's sentence names the code; its response text then lacks it, and a number inside that text is no code.
        OptionalInt basic = dotnetCode;
        boolean continued = false;
        boolean textHadEnhancedCode = false;
        // An enhanced code the reporting MTA wrote before the reply (a DSN's Status, Exchange's "#4.4.7"): the reply's
        // own (after its code, or as its trailer) replaces it.
        boolean reporterEnhanced = false;
        Optional<String> enhanced = Optional.empty();
        // The words a log writes after its "Status: 4.4.1" on the same line (Kerio Connect's "Result: delayed, Status:
        // 4.4.1 Cannot connect to host", GFI's troubleshooting article), where a DSN's Status field holds the code alone
        // or with a comment in parentheses: the reply's text when no reply line gives its own.
        List<String> statusWords = new ArrayList<>();
        // A blank line after the reply ends its paragraph: what follows is the notice's own narrative ("No action is
        // required on your part …" after Exim's folded delay warning), not the receiver's words, unless it opens
        // another reply line.
        boolean paragraphEnded = false;
        // The quote of a tuple's string (Python's "(450, b'…')") the reply opened and no line has closed yet: the lines
        // after it are its continuation, their escaped quotes unescaped, up to the closing quote.
        char openTupleQuote = 0;
        // The quote a wrapper opened the reply with ('with message "421-…') that its line left open: the reply goes on
        // over the next lines to that quote's closing, and the lines after it are the wrapper's (Laravel's log of
        // Symfony Mailer's error: '… with message "421-4.7.0 …' / '421 4.7.0 …". {"exception":…', the reply again in
        // the record's words). Before, the reply's last line ran on into the record: 75 of 10,504 plain rows written so
        // over two lines changed kind, 24 connection limits lost (2026-12-08).
        char openReplyQuote = 0;
        boolean replyQuoteClosed = false;
        // A transcript's entry of the client's or of the library's own, skipped: so are the lines it goes on over
        // (PHPMailer indents them).
        boolean skippingEntry = false;
        // The wrapper's parenthesis opened before the code that the reply's line left open ("… message: '727' (450 4.4.2
        // …" then "). --> Unexpected SMTP server response. Expected: 250, actual: 450, …", Outlook's error keeping the
        // reply's line end): a line that opens with its closing parenthesis ends the reply, and the rest of that line is
        // the wrapper's. Held as the number of the reply's own parentheses open inside it, or -1 when there is none.
        int wrapperParenthesisDepth = -1;
        for (String rawLine : scanned.split("\n")) {
            String stripped = rawLine.strip();
            if (skippingEntry && !rawLine.isEmpty() && Character.isWhitespace(rawLine.charAt(0))
                && !DEBUG_ENTRY.matcher(stripped).lookingAt()) {
                continue;
            }
            skippingEntry = false;
            String entry = transcriptEntry(stripped, basic.isPresent() && basic.getAsInt() >= 400);
            if (entry == null) {
                // The client's line, or the library's words after the reply it repeats: not the receiver's.
                skippingEntry = true;
                if (basic.isPresent() && basic.getAsInt() >= 400) {
                    paragraphEnded = true;
                }
                continue;
            }
            String line = stripExceptionPrefix(entry);
            if (basic.isEmpty() && (line.startsWith(MESSAGE_PROPERTY) || EXCEPTION_PROPERTY_LINE.matcher(line).lookingAt())) {
                if (!line.startsWith(MESSAGE_PROPERTY)) {
                    continue;
                }
                line = line.substring(MESSAGE_PROPERTY.length()).strip();
            }
            if (line.isEmpty() && basic.isPresent() && !textLines.isEmpty()) {
                paragraphEnded = true;
            }
            if (line.isEmpty()) {
                // Python escapes a string's line ends, and no SMTP line is empty: a blank line ends a tuple's string a
                // log cut short, so a reply quoted below it is read as one.
                openTupleQuote = 0;
            }
            if (line.isEmpty() || line.equals("nested exception is:")) {
                continue;
            }
            if (openReplyQuote != 0) {
                // A line of the reply a quote opened (its code opens it): its words up to that quote's closing, where the
                // reply ends. Any other line is read as any line is.
                Matcher continuation = REPLY_LINE.matcher(line);
                if (basic.isPresent() && continuation.lookingAt()
                    && continuation.group(1).equals(Integer.toString(basic.getAsInt()))) {
                    String words = line.substring(continuation.end());
                    int closing = replyClosingQuote(words, openReplyQuote);
                    if (closing >= 0) {
                        words = words.substring(0, closing);
                        openReplyQuote = 0;
                        replyQuoteClosed = true;
                    }
                    addText(textLines, words.strip());
                    continue;
                }
                openReplyQuote = 0;
            }
            if (replyQuoteClosed) {
                continue;
            }
            if (wrapperParenthesisDepth == 0 && line.startsWith(")")) {
                paragraphEnded = true;
            }
            wrapperParenthesisDepth = wrapperParenthesisDepth < 0 ? -1 : parenthesesLeftOpen(wrapperParenthesisDepth, line);
            if (paragraphEnded && !REPLY_START.matcher(line).lookingAt()) {
                continue;
            }
            if (TOOL_LINE.matcher(line).matches()) {
                // (After a positive reply the session goes on: swaks' "=== TLS started …" after STARTTLS's 220.)
                if (basic.isPresent() && basic.getAsInt() >= 400 && !textLines.isEmpty()) {
                    paragraphEnded = true;
                }
                continue;
            }
            if (basic.isPresent() && !textLines.isEmpty() && PROGRAM_LINE.matcher(line).lookingAt()) {
                // A sending client's own line after the reply ("msmtp: could not send mail (account default …)",
                // nodemailer's "code: 'EENVELOPE', response: …"): the client's words end the reply's.
                paragraphEnded = true;
                continue;
            }
            Matcher client = FLATTENED_CLIENT_MARK.matcher(line);
            if (client.find()) {
                // A transcript flattened onto one line ("--> RCPT TO:<…> <-- 452 4.2.2 Over quota", "C: MAIL FROM:<…> S:
                // 250 ok C: RCPT TO:<…> S: 452 …"): the client's commands and the positive replies are not the reply; the
                // first negative reply after a command is, up to the client's next command.
                String negativeReply = firstNegativeServerReply(line, client.start());
                if (negativeReply != null) {
                    line = negativeReply;
                } else if (client.start() == 0) {
                    continue;
                }
            } else if (openTupleQuote == 0 && TRACE_LINE.matcher(line).lookingAt()) {
                // (Inside a tuple's string a line is the string's: "(452, b'Insufficient storage:\nuser@example.net')"
                // goes on with the recipient's address, no `postqueue -p` line.)
                continue;
            }
            if (line.startsWith("Failed messages: ") || line.endsWith(" are:")) {
                line = stripExceptionPrefix(SPRING_WORDS.matcher(line).replaceAll("").strip());
            }
            Matcher field = DSN_FIELD.matcher(line);
            if (field.lookingAt() && !line.contains("Diagnostic-Code") && !statusLabelOfAReply(line, field)) {
                if (field.group(1).equalsIgnoreCase("Status") && (enhanced.isEmpty() || reporterEnhanced)) {
                    Matcher status = ENHANCED_ONLY.matcher(line).region(field.end(), line.length());
                    if (status.find()) {
                        enhanced = Optional.of(status.group(1));
                        reporterEnhanced = true;
                        String words = line.substring(status.end()).strip();
                        if (STATUS_WORDS.matcher(words).lookingAt()) {
                            statusWords.add(words);
                        }
                    }
                }
                continue;
            }
            Matcher marker = TRANSCRIPT_MARKER.matcher(line);
            if (marker.lookingAt()) {
                line = line.substring(marker.end());
            }
            // Once a code is known, only a code opening a line starts a reply line: a number inside the text
            // ("limit of 250 messages") must stay text. Inside a tuple's string no line does: Python's smtplib cuts
            // each line's code off, so a line it goes on with may open with a count ("…MORE THAN\n256 MESSAGES …").
            Matcher reply = REPLY_LINE.matcher(line);
            if (openTupleQuote == 0 && (basic.isEmpty() ? findReplyCode(line, reply)
                : reply.lookingAt() || basic.getAsInt() < 400 && negativeReplyHandedOver(line, reply))) {
                boolean negative = reply.group(1).charAt(0) >= '4';
                continued |= reply.end(1) < line.length() && line.charAt(reply.end(1)) == '-';
                String before = line.substring(0, reply.start()).strip();
                if (before.endsWith(reply.group(1))) {
                    // The code written twice ("… returned was: 451 451 4.7.1 …", Gmail's notices).
                    before = before.substring(0, before.length() - 3).strip();
                }
                boolean bracketed = before.endsWith("(");
                if (bracketed) {
                    // The wrapper's parenthesis around the code: "transient error (421): …", "(450, b'…')".
                    before = before.substring(0, before.length() - 1).strip();
                }
                // lettre's "transient error (421): …" hands the reply over as a colon does: its words are the library's.
                // So does an exception's class before the parenthesis (Rails' log: "Net::SMTPServerBusy (421 …):"),
                // and whatever precedes a tuple the code opens (Django's error page: "SMTPDataError at /contact/ (451,
                // b'…')").
                boolean handedOver = before.isEmpty() || QUOTE_OPENERS.indexOf(before.charAt(before.length() - 1)) >= 0
                    || bracketed && (reply.group(0).startsWith("):", 3) || QUALIFIED_CLASS.matcher(before).matches()
                        || tupleQuote(reply.group(0)) != 0)
                    || logPrefix(before) || leadIn(before)
                    // So does a label that names the code with a colon or a comma after it ("Unexpected reply code 421:
                    // …", "Delivery failed with code 451, …"): REPLY_LINE takes either only after such a label.
                    || line.startsWith(":", reply.end(1)) || line.startsWith(",", reply.end(1));
                if (basic.isEmpty() && !textHadEnhancedCode && dotnetCode.isEmpty() && handedOver) {
                    // The lines before the reply a notice or a library hands over are its narrative ("Google tried to
                    // deliver your message, but it was rejected by the server …", "Remote server (…) issued an
                    // error."), not the receiver's words; unless they held an enhanced code (a reply whose basic code
                    // a library cut off).
                    textLines.clear();
                }
                if (basic.isPresent() && basic.getAsInt() < 400 && negative) {
                    // A transcript: the server's positive replies and the client's commands before the negative reply
                    // are not it ("250 2.1.0 Ok", "RCPT TO:<…>", then "450 4.2.1 …").
                    basic = OptionalInt.empty();
                    enhanced = Optional.empty();
                    textLines.clear();
                } else if (basic.isPresent() && basic.getAsInt() >= 400 && !negative) {
                    // The transcript goes on after the negative reply ("221 2.0.0 Bye"): not part of it.
                    continue;
                }
                if (basic.isEmpty()) {
                    basic = OptionalInt.of(Integer.parseInt(reply.group(1)));
                }
                if (reply.group(2) != null && (enhanced.isEmpty() || isUndefined(enhanced.get())
                    || reporterEnhanced && !isUndefined(reply.group(2)))) {
                    enhanced = Optional.of(reply.group(2));
                    reporterEnhanced = false;
                }
                if (enhanced.isEmpty() && reply.start() > 0) {
                    // A DSN's Status field before its Diagnostic-Code ("Status: 4.7.0 Diagnostic-Code: smtp; 421 …").
                    Matcher earlier = ENHANCED_ONLY.matcher(line).region(0, reply.start());
                    if (earlier.find()) {
                        enhanced = Optional.of(earlier.group(1));
                        reporterEnhanced = true;
                    }
                }
                String after = line.substring(reply.end());
                String rest = tupleString(reply.group(0), after).strip();
                openTupleQuote = tupleQuote(reply.group(0));
                if (openTupleQuote != 0 && closingQuote(after, openTupleQuote) >= 0) {
                    openTupleQuote = 0;
                }
                wrapperParenthesisDepth = bracketed && openTupleQuote == 0 && reply.group(0).indexOf(')') < 0
                    ? parenthesesLeftOpen(0, after) : -1;
                if (!before.isEmpty() && !before.endsWith("'") && !before.endsWith("\"") && quotes(before, '"') % 2 == 1
                    && (before.lastIndexOf('"') > before.lastIndexOf(':') || JSON_VALUE_OPENED.matcher(before).find())) {
                    // A reply inside a JSON string a field opened before its own prefix ('"Details":"smtp;421 …",
                    // "Email":…', Postmark's bounce), or before a log line's words that lead to it (a log shipper's
                    // record of an MTA's line: '"message":"… said: 421 … (in reply to RCPT TO command))","host":…'):
                    // it ends at the string's closing quote.
                    rest = beforeClosingQuote(rest, '"');
                }
                if (before.endsWith("\\\"")) {
                    // A reply an escaped quote opened inside a JSON string ('"message":"… with message \"421 …\".",
                    // "userAgent":…', Nextcloud's log of Symfony Mailer's error): the string ends at its own closing
                    // quote, and inside it the reply's quotes are escaped as the one that opened it; unescaped, it ends
                    // at its closing quote as a reply a quote opened does.
                    int stringEnd = jsonStringEnd(rest);
                    rest = beforeClosingQuote(unescapeQuoted(stringEnd < 0 ? rest : rest.substring(0, stringEnd)), '"');
                } else if (!before.isEmpty() && (before.endsWith("'") || before.endsWith("\""))) {
                    // A reply a quote opened ends at its closing quote when the wrapper's own fields follow it on the
                    // line (Windows Live Mail's "Server Response: '421 …', Port: 587, …, Server Error: 421").
                    char opening = before.charAt(before.length() - 1);
                    int closing = replyClosingQuote(rest, opening);
                    if (closing >= 0) {
                        rest = rest.substring(0, closing).strip();
                    } else if (continued && openTupleQuote == 0 && quotes(rest, opening) == 0) {
                        // A reply of several lines whose first this one is: its quote closes on a later line.
                        openReplyQuote = opening;
                    }
                }
                if (!before.isEmpty() && (!handedOver || ENHANCED_ONLY.matcher(before).find())) {
                    // Words that run on into the number ("the limit of 450 messages") are the reply's; words a colon or
                    // a quote hands over to the reply ("failed to send mail: 421 …", 'with message "421 …') are the
                    // client's narrative, not the receiver's, unless they hold an enhanced code: then they are a reply
                    // whose basic code a library cut off, quoting another ("4.5.0 Error in processing …: 451 4.5.0 …").
                    addText(textLines, before);
                }
                if (!rest.isEmpty() && textLines.contains(rest)) {
                    // The same reply quoted again (Spring's "Failed messages: …; message exception details (1) are:
                    // Failed message 1: …" holds it twice): its words once.
                    continue;
                }
                if (!continued && closesParenthesisOpenedBefore(before, rest)) {
                    // A one-line reply inside a parenthesis of the wrapper's that closes on its line ("(Deferred: 451 …)"
                    // in Sendmail's mailq listing, the recipient and the count on the lines after it): those lines are
                    // the wrapper's.
                    paragraphEnded = true;
                }
                addText(textLines, rest);
                continue;
            }
            if (enhanced.isEmpty()) {
                Matcher enhancedOnly = ENHANCED_ONLY.matcher(line);
                if (enhancedOnly.find()) {
                    enhanced = Optional.of(enhancedOnly.group(1));
                    textHadEnhancedCode = true;
                    String label = afterThrownClass(line.substring(0, enhancedOnly.start()).strip());
                    if (!CODE_LABEL.matcher(label).matches()) {
                        // (A label that only names the code, "SMTP error 4.3.0 …", "Status code 4.7.0: …", is not
                        // the reply's words.)
                        addText(textLines, label);
                    }
                    addText(textLines, line.substring(enhancedOnly.end()).strip());
                    continue;
                }
            }
            if (openTupleQuote != 0) {
                int closing = closingQuote(line, openTupleQuote);
                String inside = unescapeQuote(closing < 0 ? line : line.substring(0, closing), openTupleQuote);
                if (closing >= 0) {
                    openTupleQuote = 0;
                    paragraphEnded = true;
                }
                addText(textLines, inside);
                continue;
            }
            addText(textLines, basic.isEmpty() && enhanced.isEmpty() ? afterThrownClass(line) : line);
        }
        if (basic.isEmpty() && !statusWords.isEmpty()) {
            // The log's own labels around it ("Result: delayed,") are not the reply's words.
            textLines.clear();
            textLines.addAll(statusWords);
        }
        if (basic.isEmpty()) {
            basic = connectCode;
        }
        if (basic.isEmpty()) {
            basic = namedCode;
        }
        if (basic.isEmpty() && (scanned.contains("smtp") || scanned.contains("SMTP") || scanned.contains("Smtp"))) {
            Matcher sentence = SMTP_CODE_SENTENCE.matcher(scanned);
            if (sentence.find()) {
                basic = OptionalInt.of(Integer.parseInt(sentence.group(1)));
            }
        }
        if (basic.isEmpty()) {
            Matcher lettre = LETTRE_CODE.matcher(scanned);
            if (scanned.contains("severity: ") && lettre.find()) {
                basic = OptionalInt.of((lettre.group(1).startsWith("Transient") ? 400 : 500)
                    + 10 * LETTRE_CATEGORIES.indexOf(lettre.group(2)) + LETTRE_DETAILS.indexOf(lettre.group(3)));
            } else {
                basic = dotnetCode;
            }
        }
        if (basic.isPresent() && (enhanced.isEmpty() || reporterEnhanced || isUndefined(enhanced.get()))) {
            // qmail and its descendants write the enhanced code only as a trailer: "451 qq read error (#4.3.0)"; more
            // specific than a DSN's or a log's "4.0.0" that only restates the class.
            Matcher trailer = QMAIL_TRAILER.matcher(String.join(" ", textLines));
            String last = textLines.isEmpty() ? "" : textLines.get(textLines.size() - 1);
            Matcher bracketed = BRACKETED_TRAILER.matcher(last);
            if (trailer.find()) {
                enhanced = Optional.of(trailer.group(1));
            } else if (enhanced.isEmpty() && bracketed.find()) {
                String code = bracketed.group(1) != null ? bracketed.group(1)
                    : bracketed.group(2) != null ? bracketed.group(2) : bracketed.group(3);
                if (code.charAt(0) == Character.forDigit(basic.getAsInt() / 100, 10)) {
                    enhanced = Optional.of(code);
                    // The trailer said once, as its code: the text keeps its words.
                    textLines.set(textLines.size() - 1, last.substring(0, bracketed.start()).strip());
                }
            }
        }
        // A basic code and an enhanced code of different classes (e.g. "421 5.7.1") is a receiver bug;
        // RFC 3463 says the class digits must agree, and the basic code is what every MTA acts on.
        if (basic.isPresent() && enhanced.isPresent()
            && enhanced.get().charAt(0) != Character.forDigit(basic.getAsInt() / 100, 10)) {
            enhanced = Optional.empty();
        }
        String text = withoutRepeatedCodes(joinedLines(textLines), basic, enhanced, continued).replaceAll(" {2,}", " ").strip();
        text = withoutWrapperClosing(text);
        if (text.indexOf("\\'") >= 0) {
            // An apostrophe a representation escaped inside its single-quoted string (JavaScript's util.inspect of
            // nodemailer's error: "response: '421 4.7.0 La limite d\\'utilisateurs …'") is the reply's own; no server
            // writes a backslash before one.
            text = text.replace("\\'", "'");
        }
        ReplyClass stated = ReplyClass.UNKNOWN;
        Matcher statedWords = STATED_CLASS.matcher(text);
        if (basic.isEmpty() && statedWords.find()) {
            // async-smtp's error (Delta Chat, Reacher): "transient: …" for a 4xx, "permanent: …" for a 5xx, the reply's
            // lines joined by "; " and its basic code dropped; the library's words are not the receiver's.
            stated = statedWords.group(1).equalsIgnoreCase("permanent") ? ReplyClass.PERMANENT : ReplyClass.TRANSIENT;
            text = text.substring(statedWords.end()).strip();
            if (enhanced.isPresent() && enhanced.get().charAt(0) != (stated == ReplyClass.PERMANENT ? '5' : '4')) {
                // The class the library read from the basic code decides, as the basic code would ("transient: 5.7.3 …").
                enhanced = Optional.empty();
            }
        }
        if (text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
        }
        return new SmtpReply(basic, enhanced, host, text, stated);
    }

    /**
     * The code opening the line (a reply line); else, inside a client library's wrapper, its first 4xx or 5xx code
     * followed by an enhanced code, else its first 4xx or 5xx code, else its first code: the wrapper names the code it
     * expected before the one it got ('Expected response code "250" but got code "550", with message "550 5.7.1 …"').
     * A number the wrapper's narrative counts with is passed over, so the reply after it is still found: a count
     * ({@link #countedInText}: "sent 500 of 550: 421 …", "after 500 ms: 421 …"), and a number followed by what it
     * counts ("queue full: 550 messages waiting; last reply: 421 …") when another negative code follows on the line,
     * a reply's own lines repeating their code aside (a 5xx read from a count would bounce mail that waits).
     */
    private static boolean findReplyCode(String line, Matcher reply) {
        if (reply.lookingAt()) {
            return true;
        }
        int first = -1;
        int firstNegative = -1;
        String negativeCode = null;
        int quotedLine = -1;
        int countLike = -1;
        String countLikeCode = null;
        // The line's first enhanced code, found once (looked for at each number, a line of many would cost the square
        // of its length).
        Matcher firstEnhanced = ENHANCED_ONLY.matcher(line);
        MatchResult enhancedInLine = firstEnhanced.find() ? firstEnhanced.toMatchResult() : null;
        while (reply.find()) {
            if (countedInText(line, reply) || afterAnEnhancedCode(line, reply, enhancedInLine)
                || afterADashButNoAddress(line, reply)) {
                continue;
            }
            if (first < 0) {
                first = reply.start();
            }
            if (reply.group(1).charAt(0) >= '4') {
                if (reply.group(2) != null) {
                    // The quoted reply itself, with its enhanced code ('with message "421 4.7.0 …"').
                    return true;
                }
                if (firstNegative < 0 && countLike < 0 && reply.start() > 0
                    && COUNTED.matcher(line).region(reply.end(1), line.length()).lookingAt()) {
                    // "550 messages waiting": a count unless no other reply follows.
                    countLike = reply.start();
                    countLikeCode = reply.group(1);
                    continue;
                }
                if (firstNegative < 0 && countLikeCode != null && reply.group(1).equals(countLikeCode)) {
                    // The same code again: the reply's own next line, so the first was the reply.
                    firstNegative = countLike;
                    negativeCode = null;
                    continue;
                }
                if (firstNegative < 0) {
                    firstNegative = reply.start();
                    // Only a bare code field ('got code "421",') is followed by the reply it names; a reply line's
                    // own continuation ("421-… 421 …") is not.
                    negativeCode = startsALine(reply) ? null : reply.group(1);
                } else if (quotedLine < 0 && reply.group(1).equals(negativeCode) && startsALine(reply)) {
                    // The wrapper's code field first, then the reply it quotes with the same code ('got code "421",
                    // with message "421 Too many connections"'): the reply's text follows the second.
                    quotedLine = reply.start();
                }
            }
        }
        int chosen = quotedLine >= 0 ? quotedLine : firstNegative >= 0 ? firstNegative : countLike >= 0 ? countLike : first;
        return chosen >= 0 && reply.find(chosen);
    }

    /**
     * The text after a code that opened a tuple's string (Python's "(450, b'…', 'sender@example.com')", aiosmtplib's
     * "(450, '…', 'user@example.net')"): up to the string's closing quote, its escaped quotes unescaped; the tuple's
     * other fields are not the reply. Any other text is returned as it is.
     */
    private static String tupleString(String matched, String after) {
        char quote = tupleQuote(matched);
        if (quote == 0) {
            return after;
        }
        StringBuilder text = new StringBuilder(after.length());
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '\\' && i + 1 < after.length() && (after.charAt(i + 1) == quote)) {
                text.append(quote);
                i++;
            } else if (c == '\\' && i + 1 < after.length()) {
                text.append(c).append(after.charAt(++i));
            } else if (closesString(after, i, quote)) {
                return text.toString();
            } else {
                text.append(c);
            }
        }
        // The string goes on over the next lines (a multi-line reply's escaped line end): its quotes unescaped so far.
        return text.toString();
    }

    /**
     * The quote a tuple's string opened after the code ("(450, b'…"), or 0 when the code opened no tuple's string (a
     * label's comma before the text: "failed with code 421, 4.7.0 …").
     */
    private static char tupleQuote(String matched) {
        if (matched.length() < 5 || matched.charAt(3) != ',') {
            return 0;
        }
        int i = 4;
        while (i < matched.length() && Character.isWhitespace(matched.charAt(i))) {
            i++;
        }
        if (i < matched.length() && matched.charAt(i) == 'b') {
            i++;
        }
        return i < matched.length() && (matched.charAt(i) == '\'' || matched.charAt(i) == '"') ? matched.charAt(i) : 0;
    }

    /**
     * The index of the quote that closes the JSON string {@code text} is inside: the first that no backslash escapes
     * and that a field's or a record's end follows (",", "}", "]" or the line's end; a typographic quote the text held,
     * read as the ASCII one, is not it), or -1.
     */
    private static int jsonStringEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                int next = i + 1;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next == text.length() || ",}]".indexOf(text.charAt(next)) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the first quote in {@code text} that no backslash escapes, or -1. */
    private static int closingQuote(String text, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (closesString(text, i, quote)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the quote at {@code i} closes a string a representation opened with it: Python writes a quote inside a
     * string escaped ("wasn\\'t"), so a bare one straight before a letter or a digit is a typographic apostrophe read
     * as the ASCII one ("d\u2019envoyer", from a translator's reply in aiosmtplib's tuple), not the string's end; nor
     * is a bare single quote before a space and a word, where a tuple's string never ends (Gaelic "Thathar a\u2019
     * ceangal ris a\u2019 chunntas", written batch 169's row in Python's tuple: the tuple's string ends before ")" or
     * ", '").
     */
    private static boolean closesString(String text, int i, char quote) {
        if (text.charAt(i) != quote) {
            return false;
        }
        if (i + 1 == text.length()) {
            return true;
        }
        if (Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        return !(quote == '\'' && text.charAt(i + 1) == ' ' && i + 2 < text.length()
            && Character.isLetter(text.charAt(i + 2)));
    }

    /** The text with its escaped quotes ("wasn\\'t") unescaped. */
    private static String unescapeQuote(String text, char quote) {
        return text.replace("\\" + quote, String.valueOf(quote));
    }

    /**
     * Whether a line a DSN's "Status: " opens holds a reply's basic code instead of the enhanced code a DSN's status
     * field holds (RFC 3464): a wrapper's or a log's label ("Status: 421 Too many connections"), read as a reply, not
     * skipped as a DSN's field (its words were lost).
     */
    private static boolean statusLabelOfAReply(String line, Matcher field) {
        return field.group(1).equalsIgnoreCase("Status")
            && REPLY_START.matcher(line).region(field.end(), line.length()).lookingAt();
    }

    /** Whether a code found is followed by a reply line's space or hyphen, not by a field's closing quote or comma. */
    private static boolean startsALine(Matcher reply) {
        int after = reply.end(1);
        String input = reply.group(0);
        return after < reply.regionEnd() && input.length() > 3 && (input.charAt(3) == ' ' || input.charAt(3) == '-');
    }

    /**
     * The end of a log line's own prefix before the reply it records, with no colon after it: a dash after the logger's
     * name ("12:55:01.552 [pool-5-thread-1] WARN Mailer - 421 …", Python's and Log4j's layouts) or a level, in capitals
     * ("[2024-05-21T12:55:01Z] ERROR 421 …") or bracketed as Go's, PHP's and nginx's logs write it ("2024/05/21
     * 12:55:01 [error] 421 …"), alone or followed by the logger's bracketed name ("WARN [delivery] 421 …"). Its words
     * are the log's, not the receiver's: read with the reply they changed its kind ("Mailer" read as the receiver's
     * part, "ERROR" near "Timeout" as its trouble, a time stamp and a level before a terse reply made it no longer
     * terse).
     */
    private static final String LOG_LEVELS = "ERROR|ERR|WARN|WARNING|INFO|NOTICE|DEBUG|TRACE|FATAL|CRITICAL|CRIT|SEVERE"
        + "|ALERT|EMERG";
    // The delivery's state a log writes where others write a level ("DEFERRED 450 …", "[defer] 421 …", "(deferred)
    // 421 …"): in capitals, bracketed or alone before the reply, the log's word, not the receiver's (read with a terse
    // reply, "Deferred Service stopping" lost the receiver's state).
    private static final String DELIVERY_STATES = "DEFERRED|DEFER|DELAYED|TEMPFAIL|TEMPFAILED|SOFTBOUNCE|SOFT BOUNCE"
        + "|SOFTFAIL|TRANSIENT";
    private static final Pattern LOG_PREFIX_END = Pattern.compile(
        "(?:\\s[-\u2013\u2014]{1,2}|(?<![\\w.-])(?:" + LOG_LEVELS + "|" + DELIVERY_STATES + "|[\\[(](?i:" + LOG_LEVELS + "|"
            + DELIVERY_STATES + ")[\\])])(?:\\s+\\[[^\\[\\]\\s]{1,80}\\])?)$|^(?i:" + DELIVERY_STATES
            + "|temporary (?:failure|error)|transient (?:failure|error)|soft ?bounced?)\\s*\\(?$");
    // Two letters in a row: a word. A prefix without one is a time stamp ("2024-05-21 12:55:01", "[2024-05-21T12:55Z]").
    private static final Pattern TWO_LETTERS = Pattern.compile("\\p{L}{2}");
    // A time stamp's words: months, days and zones, with a time of day or a year beside them ("[07-Dec-2026 05:00:00
    // UTC]", PHP's error_log; "Mon, 07 Dec 2026 05:00:00 +0000"; "Dec  7 05:00:00"): no word of the receiver's (read
    // with a terse reply, "[07-Dec-2026 05:00:00 UTC] 421 Offline" lost the receiver's state: 13 of 11,832 rows in a
    // probe, 2026-12-07).
    private static final Pattern TIME_OR_YEAR = Pattern.compile("\\b[0-9]{1,2}:[0-9]{2}\\b|\\b(?:19|20)[0-9]{2}\\b");
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
        + "|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?"
        + "|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|utc|gmt|[ap]m|cet|cest|eet|eest|wet|west"
        + "|bst|ist|jst|kst|msk|aest|aedt|[ecmp][sd]t)(?=[0-9]|\\b)|(?<=[0-9])(?:st|nd|rd|th|z)\\b");

    /**
     * Whether the text before a code found inside a line is a log's prefix ({@link #LOG_PREFIX_END}) or holds no word
     * (a time stamp; read with the reply it made a terse reply no longer terse).
     */
    private static boolean logPrefix(String before) {
        return LOG_PREFIX_END.matcher(before).find() || !TWO_LETTERS.matcher(before).find()
            || TIME_OR_YEAR.matcher(before).find() && !TWO_LETTERS.matcher(TIME_WORDS.matcher(before).replaceAll("")).find();
    }

    /**
     * A verb of saying or getting that hands the reply over as a colon does ("host mx.example.net said 451 …", "Remote
     * host replied 451 …", "Got 451 …", "failed with 421 …", "failed with code 421, b'…'" as Mailman 3's smtp log
     * writes a refusal), or the client's own command a one-line transcript writes before the reply ("DATA 451 …", "MAIL
     * FROM:<b@example.org> SIZE=1234 451 …", "STARTTLS 421 …", in capitals as SMTP writes them), or a label naming the
     * code, alone or after the wrapper's punctuation ("Error 421: …", "send failed: SMTP error 421: …", "failed with
     * code 451: …", "SMTP 421 …"; not a reply's own words before it, "Internal error 451 …"): the sender's words, not
     * the receiver's (read with a terse reply, "said Service stopping" was no kind, "STARTTLS Service unavailable" no
     * longer the receiver's trouble, "Error Not Authorized" no judgement).
     */
    private static final Pattern LEAD_IN_END = Pattern.compile(
        "(?:(?<![\\w-])(?i:said|says|replied|replies|responded|responds|answered|answers|returned|returns|reported"
            + "|reports|got|gets|received|receives|gave|gives|(?:failed|rejected|refused|deferred|responded|replied|answered"
            + "|returned|came back|aborted|ended|closed|terminated) with"
            + "(?: (?:(?:smtp|reply|response|status|return) )?(?:error|code|status)(?: code)?)?)"
            + "|(?:^|\\s)(?:(?:EHLO|HELO|LHLO) [^\\s<>]{1,255}|(?:MAIL FROM|RCPT TO):\\s?<[^<>\\s]{0,320}>"
            + "(?: [A-Z][A-Z0-9-]{0,20}(?:=[^\\s=]{0,100})?){0,8}|DATA|BDAT \\d{1,12}(?: LAST)?|STARTTLS|QUIT|RSET|NOOP"
            + "|AUTH [A-Z0-9-]{1,20})"
            + "|(?:^|[:;,.]\\s*|\\s[-\u2013]\\s)(?i:(?:(?:smtp|reply|response|status|return) )?(?:error|code|status)(?: code)?"
            + "|smtp))$");
    /** How far back from the code a lead-in is looked for: longer than the longest (a command with its parameters). */
    private static final int LEAD_IN_CHARS = 1500;

    /** Whether the text before a code found inside a line ends with a lead-in ({@link #LEAD_IN_END}). */
    private static boolean leadIn(String before) {
        return LEAD_IN_END.matcher(before).region(Math.max(0, before.length() - LEAD_IN_CHARS), before.length())
            .useTransparentBounds(true).find();
    }

    /** What a wrapper writes just before the reply it quotes: a colon, a quote, a bracket, an equals sign. */
    private static final String QUOTE_OPENERS = ":;\"'[{=>`";

    /**
     * Whether a code in brackets after a dash ("… - [552 …") follows a word that is no address: James writes "(
     * a@example.net - [421 …] )", a text's own dash does not ("see www.example.com - [552 MB used]"). The word is
     * looked at back to its space or at most 256 characters, whichever comes first.
     */
    private static boolean afterADashButNoAddress(String line, Matcher reply) {
        int dash = reply.start(1) - 3;
        if (dash < 1 || !line.startsWith("- [", dash) || line.charAt(dash - 1) != ' ') {
            return false;
        }
        int limit = Math.max(0, dash - 1 - 256);
        for (int i = dash - 2; i >= limit && line.charAt(i) != ' '; i--) {
            if (line.charAt(i) == '@') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the number found inside a line (not opening it, with no enhanced code after it) counts something ("Limit:
     * 500 per day for your IP", "… and 500 per hour", a reply whose basic code a client cut off): text, not a reply's
     * code (a rate read as a 5xx would bounce mail that waits).
     */
    private static boolean countedInText(String line, Matcher reply) {
        return reply.start() > 0 && reply.group(2) == null
            && (COUNTED_PER_UNIT.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || endsJustBefore(COUNTED_BY_THE_WORD_BEFORE, line, reply.start(1))
                || endsJustBefore(HOLDING_VERB_BEFORE, line, reply.start(1))
                    && COUNTED_NOUN_AFTER.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || endsJustBefore(NARRATING_WORD_BEFORE, line, reply.start(1))
                    && PLURAL_COUNT_AFTER.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || endsJustBefore(COUNT_LABEL_BEFORE, line, reply.start(1))
                    && COUNTED_NOUN_AFTER.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || endsJustBefore(COUNTED_NOUN_LABEL_BEFORE, line, reply.start(1))
                    && NOTHING_AFTER.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || reply.group(1).equals(SYNTAX_ERROR_CODE)
                    && PLURAL_COUNT_AFTER.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || COUNT_STATE_AFTER.matcher(line).region(reply.end(1), line.length()).lookingAt()
                || HTTP_REASON_AFTER.matcher(line).useTransparentBounds(true).region(reply.end(1), line.length())
                    .lookingAt());
    }

    /**
     * How far before the spaces that precede a number the words that make it a count are looked for: the longest of
     * them ("allowance was", "threshold :", "http/1.1") is shorter. Looking further, or from the line's start, made a
     * line of many numbers cost the square of its length (a receiver's 16 KiB of "a 250 " took seconds to parse).
     */
    private static final int WORDS_BEFORE_A_NUMBER = 24;
    /** How many spaces between those words and the number are skipped at most. */
    private static final int SPACES_BEFORE_A_NUMBER = 32;

    /**
     * Whether a pattern ending in spaces and "$" matches the words just before {@code end}: no space there, no match;
     * otherwise it is looked for from {@value #WORDS_BEFORE_A_NUMBER} characters before those spaces (at most
     * {@value #SPACES_BEFORE_A_NUMBER}).
     */
    private static boolean endsJustBefore(Pattern words, String line, int end) {
        int wordsEnd = end;
        while (wordsEnd > 0 && end - wordsEnd < SPACES_BEFORE_A_NUMBER && "\t\n\u000B\f\r ".indexOf(line.charAt(wordsEnd - 1)) >= 0) {
            wordsEnd--;
        }
        return wordsEnd < end && words.matcher(line).useTransparentBounds(true)
            .region(Math.max(0, wordsEnd - WORDS_BEFORE_A_NUMBER), end).find();
    }

    /**
     * An HTTP status's own reason phrase after a number inside a line ("relay returned status 502 Bad Gateway", "got
     * 429 Too Many Requests from the API"): an API relay's or a proxy's status, not an SMTP code (a 502 read so would
     * bounce mail that waits). Each phrase goes with its own status only, so an SMTP reply a client quotes ("Error: 421
     * Service not available") keeps its code. (And S3's "503 Slow Down", an object store's pace behind a relay.)
     */
    private static final Pattern HTTP_REASON_AFTER = Pattern.compile(
        "(?i)(?<=400)\\s+Bad Request\\b|(?<=401)\\s+Unauthorized\\b|(?<=403)\\s+Forbidden\\b|(?<=404)\\s+Not Found\\b"
            + "|(?<=408)\\s+Request Time-?out\\b|(?<=429)\\s+Too Many Requests\\b|(?<=500)\\s+Internal Server Error\\b"
            + "|(?<=502)\\s+Bad Gateway\\b|(?<=503)\\s+(?:Service Unavailable|Slow Down)\\b"
            + "|(?<=504)\\s+Gateway Time-?out\\b");

    /**
     * A verb of holding or sending just before a number ("The queue has 550 deferred messages", "lost connection while
     * sending 500 recipients"), read as a count only when what it counts follows: a client's narrative, where a 5xx
     * read would bounce mail that waits.
     */
    private static final Pattern HOLDING_VERB_BEFORE = Pattern.compile(
        "(?i)(?<![\\w.:/@-])(?:has|have|had|holds|holding|contains|containing|queued|sending)\\s+$");
    /**
     * A verb of sending or processing, or an article, just before a number ("You have sent 500 messages in the last
     * hour", "Server processing 500 messages per second", "exceeded the 500 messages per day allowance"), read as a
     * count only when a plural in lower case follows: a client's own words before a quoted reply keep its code ("Server
     * sent 421 Connection limit reached", "Client received 451 Messages from your host are deferred").
     */
    private static final Pattern NARRATING_WORD_BEFORE = Pattern.compile(
        "(?i)(?<![\\w.:/@-])(?:sent|opened|processing|processed|received|delivered|accepted|the)\\s+$");
    private static final String PLURAL_COUNT = "\\s+(?:[a-z-]+\\s+)?(?:" + COUNTED_PLURALS + ")\\b";
    private static final Pattern PLURAL_COUNT_AFTER = Pattern.compile(PLURAL_COUNT);
    /**
     * A label a count follows after its colon ("Limit: 500 messages", "Sending limit reached: 500 recipients today",
     * "Queue full: 512 messages queued", a code-less text a client hands over), read as a count only when what it
     * counts follows: a 5xx so read would bounce mail that waits. A lead-in's colon ("said: 550 messages from your host
     * are refused", "Error: 550 …") keeps its code.
     */
    private static final Pattern COUNT_LABEL_BEFORE = Pattern.compile(
        "(?i)\\b(?:limits?|quota|reached|exceeded|full|busy|queued?|pending|waiting|threshold|max(?:imum)?|count|total"
            + "|usage|used|today)\\s*:\\s+$");
    private static final Pattern COUNTED_NOUN_AFTER = Pattern.compile("(?i)\\s+(?:[a-z-]+\\s+)?" + COUNTED_NOUN + "\\b");
    /**
     * A label naming what is counted, its colon, then a number and nothing more ("Open sessions: 500", "Too many
     * connections: 500, limit 20"): the number is how many, not a reply's code (a reply's code opens its text). A
     * plural after the number does not make it a count here: the tables hold replies that open so ("Failed recipients:
     * 476 connections from your host are denied").
     */
    private static final Pattern COUNTED_NOUN_LABEL_BEFORE = Pattern.compile(
        "(?i)\\b(?:" + COUNTED_PLURALS + ")\\s*:\\s+$");
    private static final Pattern NOTHING_AFTER = Pattern.compile("\\s*(?:$|[,;.)\\]])");
    /**
     * RFC 5321's 500 is a command's syntax error; its text names the command, it never starts by counting messages,
     * users or connections. And 500 is the round number counts take most ("Error: 500 users over quota", "msg: 500
     * messages sent", "Deferred: 500 messages queued for retry"): followed by a plural in lower case, it is a count
     * (read as a 5xx it bounced mail that waits). Other codes so followed stay replies ("said: 550 messages from your
     * host are refused").
     */
    private static final String SYNTAX_ERROR_CODE = "500";
    /**
     * A number followed by the state of what it counts, in lower case ("Too many connections: 500 open", "(500 active
     * sessions)", "(500 sent today)", "500 given, 100 allowed"): a count, never a reply's first word, which states what
     * the receiver did. The state must end the clause or be followed by what it counts or by a word placing it ("open
     * from your network", "sent today"), so that a reply naming an open relay or a pending message keeps its code.
     */
    private static final Pattern COUNT_STATE_AFTER = Pattern.compile(
        "\\s+(?:open|opened|active|online|idle|given|used|sent|delivered|queued|pending|waiting|in use|in flight|left"
            + "|remaining|so far)(?=\\s*(?:$|[,;.)\\]])|\\s+(?:from|now|today|already|at|in|of|and|by|per|out)\\b"
            + "|" + PLURAL_COUNT + ")");

    /**
     * A word that makes the number after it a count or a port, never a reply's code ("Hourly ceiling of 500 recipients
     * reached", "more than 500", "up to 450", "limit 500"; written batch 140's row quoted by a client that drops its 421;
     * curl's "Failed to connect to smtp.example.com port 587 after 129 ms", where a port read as a 5xx would bounce mail
     * that waits for a connection; an HTTP status, "HTTP 503 Service Unavailable" from an API relay, is no SMTP code;
     * a port a reply advises, "use 587", a count a limit is or a number it is at: "the limit is 300", "exceeded at 500
     * online users", code-less rows of the tables, 2026-12-06); the same words in the languages the tables' replies
     * count in ("Benutzerlimit von 500 Benutzern überschritten", "plus de 500 utilisateurs", "limiet van 500", "più di
     * 500"; not a bare "de" or "di", which a wrapper may put before the code: "Erreur de 421 …"): a probe of the
     * tables' replies with their basic code dropped and the enhanced code written after a word, 2026-12-07, where such
     * a count was read as a 500 and a connection limit as permanent).
     */
    private static final Pattern COUNTED_BY_THE_WORD_BEFORE = Pattern.compile(
        "(?i)\\b(?:of|than|over|above|under|up to|at most|max(?:imum)?|limit|exceeds?|exceeded|reached|only|port:?"
            + "|use|at|(?:limit|maximum|quota|threshold|cap|allowance) (?:is|was|=)|https?(?:/[0-9.]{1,3})?"
            + "|von|über|bis zu|mehr als|maximal|plus de|van|meer dan|più di|oltre|más de|mais de|ponad|powyżej)\\s+$");

    /**
     * A number's unit or period, or a progress count ("3 of 500"), never the first word of a reply ("500 per day", "300
     * seconds", "sent 500 of 550", "Too many messages: 500 in the last hour", "550 within 10 minutes"; not "451 Message
     * …" nor "451 per-IP limit reached").
     */
    private static final Pattern COUNTED_PER_UNIT = Pattern.compile(
        "\\s*(?:per\\s|of\\s+[0-9]|(?:milli ?seconds?|msecs?|millis|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|ms|s)\\b"
            + "|(?i:[kmgt]i?b|bytes)\\b|%|in\\s+(?:the\\s+)?(?:last|past)\\s|within\\s)");

    /**
     * Whether the code found inside a line (not opening it, with no enhanced code of its own) is a count in the text of
     * a reply whose enhanced code came first: a number followed by what it counts ("Transaction failed: 5.7.1 <DATA>:
     * limit of 400 rcpts per 24 hours"). A DSN's fields in the other order ("Status: 4.7.0 Diagnostic-Code: smtp; 421
     * Too many connections") keep their code. {@code enhancedOnly} is the line's first enhanced code, or null.
     */
    private static boolean afterAnEnhancedCode(String line, Matcher reply, MatchResult enhancedOnly) {
        if (reply.start() == 0 || reply.group(2) != null || afterDiagnosticType(line, reply.start())) {
            return false;
        }
        return enhancedOnly != null && enhancedOnly.start() < reply.start()
            && (COUNTED.matcher(line).region(reply.start() + 3, line.length()).lookingAt()
                // A number of another class than the enhanced code before it, followed by a space, cannot be that
                // reply's code ("5.0.0 … upstream answered 429 …"); a reply line's hyphen or quote makes it one
                // ("4.1.0 - Unknown address error 550-'…'").
                || enhancedOnly.group(1).charAt(0) != reply.group(1).charAt(0)
                    && (reply.end(1) >= line.length() || line.charAt(reply.end(1)) == ' '));
    }

    /**
     * The text without the codes a multi-line reply repeats on each line where a log joined its lines into one
     * (Postfix: "said: 421-4.7.28 Gmail has detected … 421-4.7.28 our users … 421 4.7.28 review …") or a library kept
     * each line's enhanced code (Python: "4.7.0 Too many\n4.7.0 connections"), so that words split over lines read as
     * one sentence. A repeated basic code without an enhanced code is taken out only as a continuation ("421-") or
     * when no counted noun follows it ("421 to contact", not "450 messages").
     */
    private static String withoutRepeatedCodes(String text, OptionalInt basic, Optional<String> enhanced, boolean continuedReply) {
        String withoutEnhanced = text;
        if (enhanced.isPresent() && text.contains(enhanced.get())) {
            String code = Pattern.quote(enhanced.get());
            String basicBefore = basic.isPresent() ? "(?:" + basic.getAsInt() + "[ -])?" : "";
            withoutEnhanced = Pattern.compile("(?<![\\w.#])" + basicBefore + code + "(?![\\w.])").matcher(text).replaceAll(" ");
        }
        if (basic.isEmpty() || !withoutEnhanced.contains(Integer.toString(basic.getAsInt()))) {
            return withoutEnhanced;
        }
        String code = Integer.toString(basic.getAsInt());
        // Once a line was a continuation ("421-"), the last line's "421 " is one too.
        boolean continued = continuedReply || Pattern.compile("(?<![\\w.])" + code + "-").matcher(withoutEnhanced).find();
        Matcher repeated = Pattern.compile("(?<![\\w.])" + code + (continued ? "[ -](?![0-9]\\.)" : "(?:-|\\s(?!" + COUNTED_NOUN + "\\b))"))
            .matcher(withoutEnhanced);
        return repeated.replaceAll(" ");
    }

    /**
     * The text without the closing of the wrapper that quoted the reply: its unmatched quote ('returned \'451 …\'',
     * 'with message "421 …"') and the unmatched brackets after it (Python's "(421, b'4.7.0 …')", a term's "…"}").
     * A bracket the text opened itself ("(try later)") stays.
     */
    private static String withoutWrapperClosing(String text) {
        String current = text;
        for (int i = 0; i < 8 && !current.isEmpty(); i++) {
            String body = current.substring(0, current.length() - 1);
            if (current.charAt(current.length() - 1) == '.' && endsWithUnmatchedClosing(body)) {
                // The wrapper's sentence ends after its closing quote (Symfony Mailer's 'with message "421 …".').
                current = body;
                continue;
            }
            if (!endsWithUnmatchedClosing(current)) {
                break;
            }
            current = body.strip();
        }
        return current;
    }

    /** A log's next key=value field after a space (logfmt's "relay=…"). */
    private static final Pattern NEXT_FIELD = Pattern.compile(NEXT_KEY + "=");

    /**
     * The text up to the closing quote of a reply the quote opened, where a comma or a semicolon follows that quote (the
     * wrapper's next field), a brace or a bracket closing the object or array that held the string ('"response":"421
     * Overload"},"level":300', PHP's json_encode of a log context), or a space and a log's next key=value field
     * ('response="420 TCP Write Error" relay=mx.example.net', logfmt: the relay is the log's, not the receiver's part),
     * or a period and more of the wrapper's words (Symfony Mailer's message in Laravel's log: '… with message "421 …".
     * {"exception":…'); else the text as it was. An apostrophe inside a word ("can't") is followed by a letter, so
     * closes nothing; nor does a double quote that closes one the reply opened itself ('… IP adresi "192.0.2.10", Sanal
     * Hub …' quoted by SwiftMailer: written batch 167), the double quotes before it being odd in number (single ones
     * are not counted: a reply's own apostrophes come alone, "421'd", "`host'").
     */
    private static String beforeClosingQuote(String text, char quote) {
        int closing = replyClosingQuote(text, quote);
        return closing < 0 ? text : text.substring(0, closing).strip();
    }

    /** Where the quote that opened a reply closes in {@code text} (see {@link #beforeClosingQuote}); -1 if not there. */
    private static int replyClosingQuote(String text, char quote) {
        int inner = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) != quote || i > 0 && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            char next = text.charAt(i + 1);
            if ((quote != '"' || inner % 2 == 0) && (next == ',' || next == ';' || next == '}' || next == ']'
                || next == '.' && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 2))
                || Character.isWhitespace(next) && NEXT_FIELD.matcher(text).region(i + 1, text.length()).lookingAt())) {
                return i;
            }
            inner++;
        }
        return -1;
    }

    /** Whether the text ends with a closing quote or bracket the text itself did not open. */
    private static boolean endsWithUnmatchedClosing(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        int opener = ")]}".indexOf(last);
        if (opener >= 0) {
            char open = "([{".charAt(opener);
            return text.chars().filter(c -> c == last).count() > text.chars().filter(c -> c == open).count();
        }
        return (last == '\'' || last == '"') && quotes(text, last) % 2 == 1;
    }

    /** The quote characters of a text, apostrophes inside words ("user's", "can't") not counted. */
    private static int quotes(String text, char quote) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == quote && !(i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1)))) {
                count++;
            }
        }
        return count;
    }

    /** The plain reply of a JSON record's code and text fields; a text that already starts with the code is the reply. */
    private static String jsonReply(String code, String fieldsBetween, String escapedText) {
        return withCode(code, withEnhancedField(fieldsBetween,
            escapedText.replace("\\\"", "\"").replace("\\r", "").replace("\\n", " ")));
    }

    /** Whether the text before a reply opened a parenthesis that the reply's rest closes as its last character. */
    private static boolean closesParenthesisOpenedBefore(String before, String rest) {
        return rest.endsWith(")") && endsWithUnmatchedClosing(rest)
            && before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count();
    }

    /**
     * How many parentheses are open after the text, {@code open} of them open before it, or -1 when it closes one more
     * than were open (one opened before them all).
     */
    private static int parenthesesLeftOpen(int open, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                open++;
            } else if (text.charAt(i) == ')' && --open < 0) {
                return -1;
            }
        }
        return open;
    }

    /** The reply a record's field holds whole ({@link #REPLY_FIELD}), its quoting undone. */
    private static String replyField(Matcher field) {
        return unescapeQuoted(field.group(1) != null ? field.group(1) : field.group(2));
    }

    /** The matched text between two of its positions (the fields between a record's code and its text). */
    private static String between(Matcher matcher, int from, int to) {
        return matcher.group().substring(from - matcher.start(), to - matcher.start());
    }

    /** The text after the enhanced code a field between holds ({@link #ENHANCED_FIELD}), unless it has one. */
    private static String withEnhancedField(String fieldsBetween, String text) {
        if (fieldsBetween.indexOf('.') < 0 || ENHANCED_FIRST.matcher(text).lookingAt()) {
            return text;
        }
        Matcher enhanced = ENHANCED_FIELD.matcher(fieldsBetween);
        return enhanced.find() ? enhanced.group(1) + " " + text.strip() : text;
    }

    /**
     * The text after its basic code, unless it starts with that code already; or the reply from that code on when the
     * text quotes it after a label of the sender's (nodemailer's error logged as JSON: its "message" "Mail command
     * failed: 421 …" beside its "responseCode" 421).
     */
    private static String withCode(String code, String text) {
        String stripped = text.strip();
        if (startsWithCode(stripped, code)) {
            return stripped;
        }
        // Only after a short label of words (no digit): a reply's own text quoting another server's reply after its
        // words ("4.5.0 Error in processing, id=…: 451 4.5.0 Local delivery …") stays whole.
        int quoted = stripped.indexOf(": " + code);
        if (quoted > 0 && quoted <= 60 && stripped.substring(0, quoted).chars().noneMatch(Character::isDigit)
            && startsWithCode(stripped.substring(quoted + 2), code)) {
            return stripped.substring(quoted + 2);
        }
        return code + " " + stripped;
    }

    private static boolean startsWithCode(String text, String code) {
        return text.startsWith(code) && (text.length() == code.length() || !Character.isDigit(text.charAt(code.length())));
    }

    /** A quoted string's escapes of a quote, a backslash, a tab and line ends undone, one pass (Go's and others'). */
    private static String unescapeQuoted(String quoted) {
        if (quoted.indexOf('\\') < 0) {
            return quoted;
        }
        StringBuilder text = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c != '\\' || i + 1 == quoted.length()) {
                text.append(c);
                continue;
            }
            char escaped = quoted.charAt(++i);
            switch (escaped) {
                case 'n':
                    text.append(' ');
                    break;
                case 'r':
                    break;
                case 't':
                    text.append('\t');
                    break;
                case '"':
                case '\'':
                case '\\':
                    text.append(escaped);
                    break;
                default:
                    text.append('\\').append(escaped);
            }
        }
        return text.toString();
    }

    /** The reply smtp-proto's forms held, written plainly; "0.0.0" is no enhanced code. */
    private static String smtpProtoReply(String code, String enhanced, String message) {
        return code + " " + (enhanced.startsWith("0.") ? "" : enhanced + " ") + message;
    }

    /** Quoted-printable's soft line breaks removed and its "=XX" escapes decoded as UTF-8; anything else kept. */
    static String decodeQuotedPrintable(String text) {
        return decodeHexEscapes(text.replace("=\r\n", "").replace("=\n", ""), '=', false);
    }

    /**
     * Each field of a blank-parted log that holds a reply with its blanks written as "+" ({@link #PLUS_JOINED_REPLY}),
     * form-decoded, and the log's fields after it on its line left out; anything else kept.
     */
    private static String plusJoinedRepliesDecoded(String text) {
        Matcher matcher = PLUS_JOINED_REPLY.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, matcher.start()).append(formDecoded(matcher.group(1)));
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    /**
     * The text up to the bracket after the first of Gmail's brackets that holds a reply, one a host it tried
     * ({@link #ATTEMPT_OPEN}): the next hosts' replies are other attempts (the same reply again, mostly), not the first
     * reply's text; a bracket before it with no reply ("timed out") and anything else kept.
     */
    private static String firstAttemptOnly(String text) {
        Matcher attempt = ATTEMPT_OPEN.matcher(text);
        Matcher reply = REPLY_START.matcher(text);
        boolean replied = false;
        while (attempt.find()) {
            if (replied) {
                return text.substring(0, attempt.start());
            }
            replied = reply.region(attempt.end(), text.length()).lookingAt();
        }
        return text;
    }

    /** The text form-decoded: "+" a blank, "%XX" a byte of UTF-8; a "%" that opens no escape stays as it is. */
    static String formDecoded(String text) {
        return decodeHexEscapes(text.replace('+', ' '), '%', true);
    }

    /**
     * Each escape character followed by two hexadecimal digits (upper case only unless {@code lowerCaseHex}) decoded as
     * a byte, runs of bytes read as UTF-8; anything else kept.
     */
    private static String decodeHexEscapes(String text, char escape, boolean lowerCaseHex) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (c == escape && high >= 0 && low >= 0
                && (lowerCaseHex || !Character.isLowerCase(text.charAt(i + 1)) && !Character.isLowerCase(text.charAt(i + 2)))) {
                bytes.write(high * 16 + low);
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Whether the code follows a DSN diagnostic type ("smtp;", "smtp; "): that number is a reply code. */
    private static boolean afterDiagnosticType(String line, int codeStart) {
        int end = codeStart > 0 && line.charAt(codeStart - 1) == ' ' ? codeStart - 1 : codeStart;
        return end >= 5 && line.regionMatches(true, end - 5, "smtp;", 0, 5);
    }

    /** An enhanced code that only restates the class ("4.0.0"): any more specific code found later replaces it. */
    private static boolean isUndefined(String enhanced) {
        return enhanced.endsWith(".0.0");
    }

    /**
     * The reply's lines joined by spaces, a line that ends on a word before one that opens with a word opening
     * sentences ("Overload", then "For more information see our FAQ.") closed with a period: a multi-line reply's
     * second sentence is no part of its first ("Too many connections" then "Sorry for the inconvenience" is no trouble
     * of the receiver's).
     */
    static String joinedLines(List<String> lines) {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                if (Character.isLetterOrDigit(out.charAt(out.length() - 1)) && opensSentence(line)) {
                    out.append('.');
                }
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /**
     * True when the line opens with a capitalized word that opens sentences ("For", "Please", "Sorry", "To"), not a
     * name or a noun that goes on the line before ("Avast", German's "Verbindungen").
     */
    private static boolean opensSentence(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i + 1 >= line.length() || !Character.isUpperCase(line.charAt(i))) {
            return false;
        }
        int j = i + 1;
        while (j < line.length() && Character.isLowerCase(line.charAt(j))) {
            j++;
        }
        return (j == line.length() || !Character.isLetterOrDigit(line.charAt(j)))
            && SENTENCE_OPENERS.contains(line.substring(i, j).toLowerCase(Locale.ROOT));
    }

    /** Words that open a multi-line reply's next sentence. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("please", "sorry", "thank", "thanks", "for", "if", "we",
        "our", "to", "learn", "visit", "see", "try", "retry", "contact", "this", "you", "your", "the", "note", "reason",
        "details", "more", "read", "refer", "go", "check", "it", "in", "bitte", "veuillez", "merci", "por", "gracias");

    private static void addText(List<String> lines, String part) {
        // A part without a letter or a digit is no words of the reply: a continuation's lone "-", the closing of the
        // term a reply was printed in ('">>}}' after Erlang's "…\\r\\n", '"})' after Elixir's or Rust's).
        if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
            lines.add(part);
        }
    }

    private static String stripExceptionPrefix(String line) {
        String current = line;
        // "nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 451 …" has two layers at most in
        // practice; the loop is bounded by the line's length anyway since each pass removes a prefix.
        for (int i = 0; i < 4; i++) {
            if (current.startsWith("nested exception is:")) {
                current = current.substring("nested exception is:".length()).strip();
            }
            if (current.startsWith("Caused by:")) {
                current = current.substring("Caused by:".length()).strip();
            }
            Matcher prefix = JAVA_EXCEPTION_PREFIX.matcher(current);
            if (!prefix.find()) {
                return current;
            }
            current = current.substring(prefix.end()).strip();
        }
        return current;
    }

    /**
     * The words after the first SMTP client's exception class that follows a log's own words on the line
     * ({@link #THROWN_CLASS}); an SMTP client's only, whose message is the reply: Pacer's own "internal error:
     * java.lang.OutOfMemoryError: …" keeps its words.
     */
    private static String afterThrownClass(String line) {
        if (!line.contains("Exception:") && !line.contains("Error:")) {
            return line;
        }
        Matcher thrown = THROWN_CLASS.matcher(line);
        while (thrown.find()) {
            String name = thrown.group();
            if (thrown.start() > 0 && (name.contains("Smtp") || name.contains("SMTP"))) {
                return line.substring(thrown.end()).strip();
            }
        }
        return line;
    }

    /** The text after the last client's sentence that introduces the reply, or the text unchanged. */
    private static String afterClientLeadIn(String text) {
        Matcher leadIn = CLIENT_LEAD_IN.matcher(text);
        int end = -1;
        while (leadIn.find()) {
            end = leadIn.end();
        }
        return end < 0 || end >= text.length() ? text : text.substring(end);
    }

    static String sanitize(String input) {
        return composed(foldTypography(Texts.sanitize(input, Integer.MAX_VALUE, true)));
    }

    /**
     * The text in Unicode's composed form (NFC), as the rules are written: a reply whose accents came decomposed (a
     * macOS client's "e" and U+0301 for "é", a translator's Bengali "য়" as one code point or two) reads as the same
     * words. Text already composed, as nearly every reply is, is returned as it is.
     */
    static String composed(String text) {
        // Below U+0300 (the combining marks) every character is its own composed form: most replies stop here.
        int i = 0;
        while (i < text.length() && text.charAt(i) < '\u0300') {
            i++;
        }
        if (i == text.length() || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text with the typographic forms of a space, a quote and a dash read as their ASCII ones, as a reply copied
     * from a web page, a mail client's notice or a word processor holds them (a no-break space U+00A0 after "421", the
     * right single quote U+2019 in "recipient's", the en dash U+2013 in "deferred - 4.16.50", the full-width colon U+FF1A
     * a Chinese or Japanese client writes before the reply it quotes: "服务器响应：552 …", Thunderbird's, written batch 164;
     * full-width letters and digits, as Chinese and Japanese servers write an address's "ＩＰ" or a count, "５分"),
     * and zero-width spaces, soft hyphens (U+00AD, invisible inside a word copied from a web page) and byte order marks
     * dropped; found by varying the tables' replies (a no-break space hid every
     * code and word from the rules); half-width katakana and Hangul read as their full-width letters ("ｻｰﾊﾞｰ" as
     * "サーバー", a voiced mark joined to its letter), as Japanese systems of Shift_JIS days still write them.
     * Guillemets are kept: a quote the parser cuts at is an ASCII one.
     */
    static String foldTypography(String reply) {
        String text = widenedHalfWidth(reply);
        int first = 0;
        while (first < text.length() && fold(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text; // the common case: nothing to fold, no copy
        }
        StringBuilder folded = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c != DROPPED) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    private static final char DROPPED = '\uFFFF';

    private static boolean isHalfWidth(char c) {
        return c >= '\uff61' && c <= '\uffdc';
    }

    /** Each run of half-width katakana, Hangul and their punctuation as its compatibility form (NFKC) writes it. */
    private static String widenedHalfWidth(String text) {
        int first = 0;
        while (first < text.length() && !isHalfWidth(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder widened = new StringBuilder(text.length()).append(text, 0, first);
        int i = first;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && isHalfWidth(text.charAt(i))) {
                i++;
            }
            widened.append(Normalizer.normalize(text.substring(start, i), Normalizer.Form.NFKC));
            start = i;
            while (i < text.length() && !isHalfWidth(text.charAt(i))) {
                i++;
            }
            widened.append(text, start, i);
        }
        return widened.toString();
    }

    private static char fold(char c) {
        if (c < 0x00a0) {
            return c;
        }
        switch (c) {
            case '\u00a0': case '\u1680': case '\u202f': case '\u205f': case '\u3000':
                return ' ';
            case '\u00ad': case '\u200b': case '\u2060': case '\ufeff':
                return DROPPED;
            case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '\u02bc':
                return '\'';
            case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            case '\uff1a':
                return ':';
            default:
                if (c >= '\uff10' && c <= '\uff5a' && Character.isLetterOrDigit(c)) {
                    return (char) (c - 0xfee0);
                }
                return c >= '\u2000' && c <= '\u200a' ? ' ' : c;
        }
    }

    /** The RFC 5321 reply code, when the input had one. */
    public OptionalInt basicCode() {
        return basicCode;
    }

    /** The RFC 3463 enhanced status code (e.g. {@code 4.7.0}), when the input had one. */
    public Optional<String> enhancedCode() {
        return enhancedCode;
    }

    /** The remote host named by javax.mail's connect error, when present. */
    public Optional<String> remoteHost() {
        return remoteHost;
    }

    /** The reply text without codes, lines joined by spaces, sanitized and bounded. */
    public String text() {
        return text;
    }

    /** True when the reply has neither code nor text. */
    public boolean isEmpty() {
        return basicCode.isEmpty() && enhancedCode.isEmpty() && text.isEmpty();
    }

    /**
     * The class of the reply: from the basic code, else from a client library's word for it (async-smtp's "transient",
     * "permanent"), else from the enhanced code's first digit.
     */
    public ReplyClass replyClass() {
        int digit;
        if (basicCode.isPresent()) {
            digit = basicCode.getAsInt() / 100;
        } else if (statedClass != ReplyClass.UNKNOWN) {
            return statedClass;
        } else if (enhancedCode.isPresent()) {
            digit = enhancedCode.get().charAt(0) - '0';
        } else {
            return ReplyClass.UNKNOWN;
        }
        switch (digit) {
            case 2:
            case 3:
                return ReplyClass.POSITIVE;
            case 4:
                return ReplyClass.TRANSIENT;
            case 5:
                return ReplyClass.PERMANENT;
            default:
                return ReplyClass.UNKNOWN;
        }
    }

    /** The reply as one line, codes first: {@code 421 4.7.0 Too many connections}. */
    public String asLine() {
        StringBuilder line = new StringBuilder();
        basicCode.ifPresent(code -> line.append(code).append(' '));
        enhancedCode.ifPresent(code -> line.append(code).append(' '));
        line.append(text);
        return line.toString().strip();
    }

    /** The class of an SMTP reply. */
    public enum ReplyClass {
        POSITIVE, TRANSIENT, PERMANENT, UNKNOWN
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SmtpReply)) {
            return false;
        }
        SmtpReply other = (SmtpReply) o;
        return basicCode.equals(other.basicCode) && enhancedCode.equals(other.enhancedCode)
            && remoteHost.equals(other.remoteHost) && text.equals(other.text) && statedClass == other.statedClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(basicCode, enhancedCode, remoteHost, text, statedClass);
    }

    @Override
    public String toString() {
        return asLine();
    }

    /**
     * A bytes representation's escapes ("\\xe2\\x80\\x99", Python's smtplib for a reply in UTF-8) read as the characters
     * they encode, so that the rules see a reply outside ASCII as sent; a run that is not well-formed UTF-8 is kept as
     * it was written, and a control character decoded is read as a space.
     */
    private static String decodeEscapedBytes(String text) {
        Matcher run = ESCAPED_BYTES.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (run.find()) {
            String escapes = run.group();
            byte[] bytes = new byte[escapes.length() / 4];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(escapes.substring(4 * i + 2, 4 * i + 4), 16);
            }
            String decoded;
            try {
                decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException malformed) {
                decoded = escapes;
            }
            StringBuilder readable = new StringBuilder(decoded.length());
            decoded.codePoints().forEach(c -> readable.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
            run.appendReplacement(out, Matcher.quoteReplacement(readable.toString()));
        }
        run.appendTail(out);
        return out.toString();
    }

    /**
     * A JSON encoder's escapes of the reply's own characters ("\\u003cuser@example.net\\u003e", as Go's encoding/json
     * writes '<', '>' and '&'): read as the characters, so that the rules see the reply as sent.
     */
    private static String unescapeJsonUnicode(String text) {
        Matcher escape = JSON_UNICODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (escape.find()) {
            char c = (char) Integer.parseInt(escape.group(1), 16);
            escape.appendReplacement(out, Matcher.quoteReplacement(Character.isISOControl(c) ? " " : String.valueOf(c)));
        }
        escape.appendTail(out);
        return out.toString();
    }

    /** A wrapper's form: a literal it always holds, where the reply is in it, and the plain reply rebuilt from that. */
    private static final class Unwrap {
        private final String literal;
        private final Pattern form;
        private final Function<Matcher, String> reply;

        Unwrap(String literal, Pattern form, Function<Matcher, String> reply) {
            this.literal = literal;
            this.form = form;
            this.reply = reply;
        }

        /** The plain reply the text holds in this form, or the text as it was. */
        String apply(String text) {
            if (!text.contains(literal)) {
                return text;
            }
            Matcher matcher = form.matcher(text);
            try {
                if (!matcher.find()) {
                    return text;
                }
            } catch (StackOverflowError tooDeep) {
                // A form whose pattern recursed deeper than the thread's stack on a hostile text: not this form.
                return text;
            }
            String rebuilt = reply.apply(matcher);
            return rebuilt == null ? text : rebuilt;
        }
    }

    /**
     * The text without the second copy of a reply a client wrote twice, a colon and a blank between: nodemailer's error
     * adds the reply it got after its own sentence, which for the greeting and EHLO already ends with the reply
     * ("Invalid greeting. response=421 …: 421 …"; older versions: "Server terminates connection:\n421-…\n421 …: 421-…\n421
     * …"). Read twice, its words moved its kind (3 of 11,849 plain rows so written changed kind, 2026-12-08) and a
     * reply of several lines ran on into its copy. The copy must repeat the whole first one, from its code, and end
     * where the text ends or its words do. A few colons and copies are tried, so that a hostile text of many costs little.
     */
    private static String withoutRepeatedReply(String text) {
        int colonsTried = 0;
        for (int colon = text.indexOf(": "); colon > 0 && colonsTried < 16; colon = text.indexOf(": ", colon + 1)) {
            int copy = colon + 2;
            if (!REPLY_CODE_AT.matcher(text).region(copy, text.length()).lookingAt()) {
                continue;
            }
            colonsTried++;
            String code = text.substring(copy, copy + 3);
            int first = text.lastIndexOf(code, colon - 1);
            for (int tried = 0; first >= 0 && tried < 4; first = text.lastIndexOf(code, first - 1), tried++) {
                int length = colon - first;
                int copyEnd = copy + length;
                if (length > 4 && (first == 0 || !Character.isLetterOrDigit(text.charAt(first - 1)))
                    && REPLY_CODE_AT.matcher(text).region(first, text.length()).lookingAt()
                    && copyEnd <= text.length() && text.regionMatches(first, text, copy, length)
                    && endsCopy(text, copyEnd)) {
                    return text.substring(0, colon) + text.substring(copyEnd);
                }
            }
        }
        return text;
    }

    /** Whether a copy ending at {@code end} ends there: the text's end, or no word going on ("421 …: 421 … below"). */
    private static boolean endsCopy(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        return !Character.isLetterOrDigit(next) && !(next == ' ' && end + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    /**
     * The reply a sender's own error sentence holds: its code and the text after it, or that text alone when it is the
     * whole reply again ("SMTP error 550: 550 5.1.1 User unknown", C#'s and Go's types that print the reply they got).
     */
    private static String sentenceReply(Matcher sentence) {
        String code = sentence.group(1);
        String after = sentence.group(2);
        boolean wholeReply = after.startsWith(code) && after.length() > 3
            && (after.charAt(3) == ' ' || after.charAt(3) == '-');
        return wholeReply ? after : code + " " + after;
    }

    /**
     * Whether a line after a positive reply hands a negative one over after its own prefix, as a transcript whose every
     * line a log prefixes writes it (Postfix's verbose "< mx.example.net[192.0.2.1]:25: 250 2.1.0 Ok", then "…: 421 …"):
     * that reply, not the positive one before it, is the transcript's. A number inside the positive reply's own text
     * stays text.
     */
    private static boolean negativeReplyHandedOver(String line, Matcher reply) {
        reply.reset();
        if (!findReplyCode(line, reply) || reply.group(1).charAt(0) < '4' || reply.start() == 0) {
            return false;
        }
        String before = line.substring(0, reply.start()).strip();
        return !before.isEmpty() && (QUOTE_OPENERS.indexOf(before.charAt(before.length() - 1)) >= 0 || logPrefix(before)
            || leadIn(before));
    }

    /**
     * A transcript's line as the reply's lines are read: a server's entry ({@link #DEBUG_ENTRY}, nodemailer's log
     * {@link #NODEMAILER_ENTRY}, Postfix's verbose log {@link #POSTFIX_CHAT}, Exchange's protocol log
     * {@link #EXCHANGE_PROTOCOL_LOG}) without its time stamp and direction, the reply's line it holds; null for the
     * client's entry, the log's own event, and the library's error line once the reply it repeats was read (before it,
     * a debug level that logs no server line, the error line quotes the reply and is read). Any other line as it is.
     */
    private static String transcriptEntry(String line, boolean replyRead) {
        if (line.length() < 5) {
            return line;
        }
        if (line.charAt(2) == ' ' && line.charAt(3) == '"') {
            // Ruby's Net::SMTP debug output (debug_output): '-> "421 4.7.0 …\r\n"' for each line read, '<- "MAIL
            // FROM:<…>\r\n"' for each written, each as Ruby inspects a string; swaks' arrows point the other way, and
            // quote nothing.
            if (line.startsWith("-> ") && REPLY_START.matcher(line).region(4, line.length()).lookingAt()) {
                String read = line.substring(4).replace("\\\"", "\"");
                return read.endsWith("\"") ? read.substring(0, read.length() - 1) : read;
            }
            if (line.startsWith("<- ")) {
                return null;
            }
        }
        if (line.indexOf(',') > 0 && Character.isDigit(line.charAt(0))) {
            Matcher exchange = EXCHANGE_PROTOCOL_LOG.matcher(line);
            if (exchange.matches()) {
                if (exchange.group(1).charAt(0) != '<') {
                    return null;
                }
                String data = exchange.group(2);
                // A field CSV quoted, its quotes doubled inside; a quote the field never closes stays text.
                return data.length() >= 2 && data.startsWith("\"") && data.endsWith("\"")
                    ? data.substring(1, data.length() - 1).replace("\"\"", "\"") : data;
            }
        }
        if (line.charAt(0) == '[') {
            Matcher nodemailer = NODEMAILER_ENTRY.matcher(line);
            if (nodemailer.lookingAt()) {
                return nodemailer.group(1).charAt(0) == 'S' ? line.substring(nodemailer.end()) : null;
            }
        }
        if (line.indexOf("]: ") > 0) {
            Matcher chat = POSTFIX_CHAT.matcher(line);
            if (chat.lookingAt()) {
                return chat.group(1).charAt(0) == '<' ? line.substring(chat.end()) : null;
            }
        }
        Matcher entry = DEBUG_ENTRY.matcher(line);
        if (!entry.lookingAt()) {
            return line;
        }
        if (entry.group(1) != null) {
            String reply = line.substring(entry.end());
            // PHPMailer's HTML output ends each entry with a line break tag.
            return reply.endsWith("<br>") ? reply.substring(0, reply.length() - 4).strip()
                : reply.endsWith("<br />") ? reply.substring(0, reply.length() - 6).strip() : reply;
        }
        if (entry.group(2) != null || replyRead) {
            return null;
        }
        return line.substring(entry.start(3));
    }

    /**
     * The first negative reply (4xx or 5xx) a server's transcript marker opens after the client's marker at {@code from},
     * up to the client's next marker; null when there is none.
     */
    private static String firstNegativeServerReply(String line, int from) {
        Matcher server = TRANSCRIPT_MARKER.matcher(line);
        int at = from;
        while (at < line.length() && server.find(at)) {
            char code = line.charAt(server.end());
            if (code == '4' || code == '5') {
                Matcher next = FLATTENED_CLIENT_MARK.matcher(line);
                int end = next.find(server.end()) ? next.start() : line.length();
                return line.substring(server.start(), end).strip();
            }
            at = server.end();
        }
        return null;
    }
}
