package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DeferralRuleTest {

    @Test
    void loweredPatternsShouldDecideExactlyAsCaseInsensitiveOnesOnEveryCollectedReply() throws IOException {
        List<SmtpReply> replies = new ArrayList<>();
        for (char table = 'a'; table <= 'z'; table++) {
            String name = table == 'a' ? "/deferral-replies.tsv" : "/deferral-replies-" + table + ".tsv";
            try (InputStream in = DeferralRuleTest.class.getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] fields = line.split("\t");
                    if (!line.startsWith("#") && fields.length >= 2) {
                        replies.add(SmtpReply.parse(fields[1]));
                    }
                }
            }
        }
        replies.add(SmtpReply.parse("421 СЛИШКОМ МНОГО СОЕДИНЕНИЙ с вашего IP"));
        replies.add(SmtpReply.parse("421 TOO MANY CONNECTIONS FROM 192.0.2.1"));
        assertThat(replies).hasSizeGreaterThan(500);

        // The words each reply is read as, computed once per reply, not per rule (as the classifier does).
        List<String> asReceived = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        for (SmtpReply reply : replies) {
            asReceived.add(DeferralRule.words(reply.text()));
            lowered.add(DeferralRule.loweredWords(reply.text()));
        }
        int compared = 0;
        for (DeferralRule rule : DeferralClassifier.defaults().rules()) {
            if (rule.field() != DeferralRule.Field.TEXT) {
                continue;
            }
            // The reference reads the same words (misspellings read right, courtesies set aside; a case-sensitive
            // provider's code as written) with the pattern as written, its words also as written in ASCII,
            // case-insensitive: only the pattern's lowering differs.
            boolean caseSensitive = rule.pattern().startsWith("(?-i)");
            Pattern reference = Pattern.compile(caseSensitive ? rule.pattern()
                : DeferralRule.withAsciiSpellings(rule.pattern()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (int r = 0; r < replies.size(); r++) {
                SmtpReply reply = replies.get(r);
                assertThat(rule.matches(reply, lowered.get(r))).as("%s on %s", rule, reply.text())
                    .isEqualTo(reference.matcher(caseSensitive ? asReceived.get(r) : lowered.get(r)).find());
                compared++;
            }
        }
        // The rule's own entry point lowers the reply itself: the same decision as with the words lowered once.
        for (DeferralRule rule : DeferralClassifier.defaults().rules().subList(0, 10)) {
            for (int r = 0; r < replies.size(); r++) {
                assertThat(rule.matches(replies.get(r))).as("%s on %s", rule, replies.get(r).text())
                    .isEqualTo(rule.matches(replies.get(r), lowered.get(r)));
            }
        }
        assertThat(compared).isGreaterThan(50_000);
        // The lowered path is the one taken: all default text rules but the case-sensitive providers' codes.
        List<DeferralRule> textRules = new ArrayList<>();
        DeferralClassifier.defaults().rules().stream().filter(rule -> rule.field() == DeferralRule.Field.TEXT).forEach(textRules::add);
        assertThat(textRules).filteredOn(rule -> DeferralRule.lowerable(rule.pattern()).isEmpty())
            .isNotEmpty()
            .allMatch(rule -> rule.pattern().startsWith("(?-i)"));
    }

    /**
     * Every default text rule matched on the lowered reply has literals the prefilter tests, so that it is tried only
     * on replies holding one (a rule without any is tried on every reply: four were, until written out). Case-sensitive
     * provider codes ("(?-i)") are matched as written, their literal scanned for by the engine itself.
     */
    @Test
    void everyLowerableDefaultRuleShouldHaveLiteralsForThePrefilter() {
        List<String> withoutLiterals = new ArrayList<>();
        for (DeferralRule rule : DeferralClassifier.defaults().rules()) {
            if (rule.field() == DeferralRule.Field.TEXT && DeferralRule.lowerable(rule.pattern()).isPresent()
                && rule.requiredLiterals().isEmpty()) {
                withoutLiterals.add(rule.origin());
            }
        }
        assertThat(withoutLiterals).as("default rules tried on every reply").isEmpty();
    }

    @Test
    void lowerableShouldLowerLettersAndKeepEscapes() {
        assertThat(DeferralRule.lowerable("\\bToo Many\\W(?:SMTP )?\\S+\\x4A[A-Z]")).contains("\\btoo many\\W(?:smtp )?\\S+\\x4a[a-z]");
        assertThat(DeferralRule.lowerable("(?<=- )4\\.16\\.5[0-9]\\b(?!X)")).contains("(?<=- )4\\.16\\.5[0-9]\\b(?!x)");
        assertThat(DeferralRule.lowerable("СЛИШКОМ")).contains("слишком");
        // An escaped parenthesis made optional is no group with flags; an escaped backslash before a group is none.
        assertThat(DeferralRule.lowerable("Limit \\(?[0-9]+\\)? MESSAGES")).contains("limit \\(?[0-9]+\\)? messages");
        assertThat(DeferralRule.lowerable("A\\\\(?i)B")).isEmpty();
    }

    @Test
    void lowerableShouldRefusePatternsWhoseMeaningLoweringCouldChange() {
        assertThat(DeferralRule.lowerable("(?-i)AUP#CXCNCT\\b")).isEmpty();
        assertThat(DeferralRule.lowerable("foo(?i:Bar)")).isEmpty();
        assertThat(DeferralRule.lowerable("\\p{Lu}+")).isEmpty();
        assertThat(DeferralRule.lowerable("\\QA.B\\E")).isEmpty();
        assertThat(DeferralRule.lowerable("\\cA")).isEmpty();
        assertThat(DeferralRule.lowerable("(?<Name>x)\\k<Name>")).isEmpty();
    }

    @Test
    void aCaseSensitiveRuleShouldStayCaseSensitive() {
        DeferralRule rule = new DeferralRule(DeferralKind.CONNECTION_LIMIT, DeferralRule.Field.TEXT, "(?-i)HL:ICC\\b", "test");
        assertThat(rule.matches(SmtpReply.parse("421 HL:ICC 192.0.2.1"))).isTrue();
        assertThat(rule.matches(SmtpReply.parse("421 hl:icc 192.0.2.1"))).isFalse();
    }
    @Test
    void identifiersShouldBeFollowedByTheirWordsAndEverythingElseKeptAsWritten() {
        assertThat(DeferralRule.loweredWords("421 4.7.0 [TooManyConnections] from 192.0.2.1"))
            .isEqualTo("421 4.7.0 [toomanyconnections too many connections] from 192.0.2.1");
        assertThat(DeferralRule.loweredWords("451 RATE_LIMITED")).isEqualTo("451 rate_limited rate limited");
        assertThat(DeferralRule.loweredWords("421 Too-many-connections")).isEqualTo("421 too-many-connections too many connections");
        assertThat(DeferralRule.loweredWords("451 SMTPError")).isEqualTo("451 smtperror smtp error");
        // A Turkish capital dotted I is read as the "i" it is, not as "i" and a combining dot.
        assertThat(DeferralRule.loweredWords("450 ÇOK HIZLI GÖNDERİM")).isEqualTo("450 çok hizli gönderim");
        // Its dotless ı is read as i, in the text and in a lowered rule alike, so that capitals read as lower case do.
        assertThat(DeferralRule.loweredWords("450 Çok hızlı gönderim")).isEqualTo("450 çok hizli gönderim");
        assertThat(DeferralRule.lowerable("çok hızlı|ÇOK HIZLI")).contains("(?:çok hizli|cok hizli)|(?:çok hizli|cok hizli)");
        // Words with one hyphen, plurals of capitals, host names, paths, URLs, addresses and ids stay as written.
        assertThat(DeferralRule.loweredWords("451 sign-in front-end IPs")).isEqualTo("451 sign-in front-end ips");
        // (A link is set apart as a sentence of its own, so that no window reads from the reply's words into it.)
        assertThat(DeferralRule.loweredWords("451 see https://example.com/too_many_connections"))
            .isEqualTo("451 see . https://example.com/too_many_connections");
        assertThat(DeferralRule.loweredWords("421 Too many connections, see www.example.net/spam-faq"))
            .isEqualTo("421 too many connections, see . www.example.net/spam-faq");
        assertThat(DeferralRule.loweredWords("451 too_many.example.net OXSUS0001_110"))
            .isEqualTo("451 too_many.example.net oxsus0001_110");
        assertThat(DeferralRule.loweredWords("450 Mailbox busy")).isEqualTo("450 mailbox busy");
        // A sentence's final dot does not attach an identifier to a name: it is read in words.
        assertThat(DeferralRule.loweredWords("421 TooManyConnectionsFromIP."))
            .isEqualTo("421 toomanyconnectionsfromip too many connections from ip.");
    }

    @Test
    void misspelledWordsShouldBeReadAsTheWordsTheyMisspellButNotInsideNames() {
        assertThat(DeferralRule.loweredWords("421 Too many conections, limit exceded")).isEqualTo("421 too many connections, limit exceeded");
        assertThat(DeferralRule.loweredWords("421 Service Temporarly Unavaliable")).isEqualTo("421 service temporarily unavailable");
        assertThat(DeferralRule.loweredWords("452 You send to many mesages")).isEqualTo("452 you send too many messages");
        assertThat(DeferralRule.loweredWords("421 Too much processes")).isEqualTo("421 too many processes");
        // "Parallel" misspelt, "concurrent" given a plural (a probe of 2026-12-05: both read as no kind before).
        assertThat(DeferralRule.loweredWords("421 Too many paralell connections")).isEqualTo("421 too many parallel connections");
        assertThat(DeferralRule.loweredWords("421 Too many concurrents connections")).isEqualTo("421 too many concurrent connections");
        // "Connexion", French's spelling, inside English words as "connection"; French sentences keep theirs (2026-12-05).
        assertThat(DeferralRule.loweredWords("421 Connexion limit reached")).isEqualTo("421 connection limit reached");
        assertThat(DeferralRule.loweredWords("421 Too many concurrent connexions from your IP"))
            .isEqualTo("421 too many concurrent connections from your ip");
        assertThat(DeferralRule.loweredWords("421 Trop de connexions simultanées")).isEqualTo("421 trop de connexions simultanées");
        // Judgements in other established words: a deny list, UCE, junk mail, feedback-loop reports, a sender or trust score.
        assertThat(DeferralRule.loweredWords("451 Your IP is deny-listed, message rejected as UCE"))
            .isEqualTo("451 your ip is blocklisted, message rejected as spam");
        assertThat(DeferralRule.loweredWords("421 Feedback loop reports and a low sender score"))
            .isEqualTo("421 complaints and a low reputation score");
        assertThat(DeferralRule.loweredWords("421 uceprotect lists you")).isEqualTo("421 uceprotect lists you");
        // Load in other words, as "overloaded"; "flooded with" what it names keeps its words.
        assertThat(DeferralRule.loweredWords("421 Server swamped, relay under heavy pressure"))
            .isEqualTo("421 server overloaded, relay overloaded");
        assertThat(DeferralRule.loweredWords("451 Flooded with spam")).isEqualTo("451 flooded with spam");
        // A count's window said otherwise, as "per" and its unit; a retry's delay keeps its words (2026-12-05).
        assertThat(DeferralRule.loweredWords("451 100 messages per rolling hour")).isEqualTo("451 100 messages per hour");
        assertThat(DeferralRule.loweredWords("451 Max 500 recipients per 24h")).isEqualTo("451 max 500 recipients per 24 hours");
        assertThat(DeferralRule.loweredWords("451 30 requests in one hour")).isEqualTo("451 30 requests per hour");
        assertThat(DeferralRule.loweredWords("451 100 messages over a sliding window of 10 minutes"))
            .isEqualTo("451 100 messages per 10 minutes");
        assertThat(DeferralRule.loweredWords("421 Try again in one hour")).isEqualTo("421 try again in an hour");
        // "Max." with its period before what it bounds, and a count's maximum after it, as "max N" (2026-12-05).
        assertThat(DeferralRule.loweredWords("421 Max. 2 connections per IP")).isEqualTo("421 max 2 connections per ip");
        assertThat(DeferralRule.loweredWords("421 2 connections max per IP")).isEqualTo("421 max 2 connections per ip");
        assertThat(DeferralRule.loweredWords("452 Message size too big. Max. size is 10 MB"))
            .isEqualTo("452 message size too big. max size is 10 mb");
        // "Too much" before no plural keeps its words; a misspelling inside a host name, an address or a longer word
        // is no misspelled word.
        assertThat(DeferralRule.loweredWords("451 Too much load")).isEqualTo("451 too much load");
        assertThat(DeferralRule.loweredWords("421 conections.example.net exceded-1 xconections"))
            .isEqualTo("421 conections.example.net exceded-1 xconections");
        assertThat(DeferralRule.loweredWords("421 from mx.conections at mesage@example.org"))
            .isEqualTo("421 from mx.conections at x@example.org");
        // Words as terse servers abbreviate them; "temp" only before a failure ("temporary") or a state ("temporarily"),
        // not alone (another language's word for time) nor inside a name.
        assertThat(DeferralRule.loweredWords("421 Too many conns, max msgs per conn reached, pls try later"))
            .isEqualTo("421 too many connections, max messages per connection reached, please try later");
        assertThat(DeferralRule.loweredWords("451 temp failure; srv temp unavailable; sys temp ingest error"))
            .isEqualTo("451 temporary failure; server temporarily unavailable; system temporary ingest error");
        assertThat(DeferralRule.loweredWords("421 a medem temp; temp dir full; msg-id conn.example.net"))
            .isEqualTo("421 a medem temp; temp dir full; msg-id conn.example.net");
        // A negation contracted, written out as the rules spell it.
        assertThat(DeferralRule.loweredWords("421 Please don't open more than 2 connections; server isn't available, can't "
            + "accept, won't retry")).isEqualTo("421 please do not open more than 2 connections; server is not available, "
            + "cannot accept, will not retry");
        // A word hyphenated or in two, as the rules spell it.
        assertThat(DeferralRule.loweredWords("451 Scanner timed-out; DNS time out; re-try; mailbox over-quota; grey-listed"))
            .isEqualTo("451 scanner timed out; dns timeout; retry; mailbox over quota; greylisted");
        // A unit of time after a slash as "per", not after a digit nor in a path (letters counted read as messages).
        assertThat(DeferralRule.loweredWords("421 Connection limit/minute; letters / hour; 100/hour; see /docs/day.html"))
            .isEqualTo("421 connection limit per minute; messages per hour; 100/hour; see /docs/day.html");
        assertThat(DeferralRule.loweredWords("421 see https://example.com/limits/hour"))
            .isEqualTo("421 see . https://example.com/limits/hour");
        // A limit's passive as its participle; an active verb, or a mailbox that is full, as written.
        assertThat(DeferralRule.loweredWords("421 Concurrency has been exceeded; rate was exceeded; limit has been reached; "
            + "your host has exceeded its limit; mailbox is full")).isEqualTo("421 concurrency exceeded; rate exceeded; "
            + "limit reached; your host has exceeded its limit; mailbox is full");
        // A number in words before what it counts, in digits; not before anything else, nor in another language.
        assertThat(DeferralRule.loweredWords(
            "421 You already have five connections open, ten concurrent sessions; two of them; ten minste; twenty four hours"))
            .isEqualTo("421 you already have 5 connections open, 10 concurrent sessions; two of them; ten minste; twenty four hours");
        // A counted noun in the singular after its count, in the plural; not a compound's modifier, nor after a reply
        // code, nor a mass noun after "all" or "more".
        assertThat(DeferralRule.loweredWords("421 Too many connection from your IP; we only allow 2 session per IP; "
            + "maximum number of message reached; too many concurrent SMTP-AUTH session, try later; too many connection dropped"))
            .isEqualTo("421 too many connections from your ip; we only allow 2 sessions per ip; "
            + "maximum number of messages reached; too many concurrent smtp-auth sessions, try later; "
            + "too many connections dropped");
        assertThat(DeferralRule.loweredWords("421 Too many connection attempts; the 10 message limit; "
            + "number of message recipients; too many message handling errors; all email from you; more email soon"))
            .isEqualTo("421 too many connection attempts; the 10 message limit; number of message recipients; "
            + "too many message handling errors; all email from your ip; more email soon");
        assertThat(DeferralRule.loweredWords("450 message rejected")).isEqualTo("450 message rejected");
        assertThat(DeferralRule.loweredWords("421 Trop de message envoyés; limite de session simultanées"))
            .isEqualTo("421 trop de messages envoyés; limite de sessions simultanées");
        assertThat(DeferralRule.loweredWords("421 Demasiadas sesión simultáneas; muitas mensagem; troppe connessione; zu "
            + "viele gleichzeitige Verbindung; demasiadas conexiones; la conexión"))
            .isEqualTo("421 demasiadas sesiones simultáneas; muitas mensagens; troppe connessioni; zu viele gleichzeitige "
            + "verbindungen; demasiadas conexiones; la conexión");
        assertThat(DeferralRule.loweredWords("421 Demasiado mensajes; muita conexões; troppo messaggi; zu viel (5) "
            + "fehlgeschlagene Authentifizierungen; zu viel Login-Versuche; demasiado rápido; troppo grande; zu viel Spam"))
            .isEqualTo("421 demasiados mensajes; muitas conexões; troppi messaggi; zu viele (5) fehlgeschlagene "
            + "authentifizierungen; zu viele login-versuche; demasiado rápido; troppo grande; zu viel spam");
        // "Too many" in other words in other languages, in the gender of what it counts; as written where no counted
        // noun follows ("excesivo tamaño") or where the allowed number is what was exceeded ("превышено количество
        // допустимых писем").
        assertThat(DeferralRule.loweredWords("421 Zuviele Verbindungen; zu hohe Anzahl an Nachrichten; eine zu große Anzahl von "
            + "Anfragen; übermäßig viele Sitzungen; un trop grand nombre de connexions; un nombre excessif d'échecs"))
            .isEqualTo("421 zu viele verbindungen; zu viele nachrichten; zu viele anfragen; zu viele sitzungen; "
            + "trop de connexions; trop d'échecs");
        assertThat(DeferralRule.loweredWords("421 Un número excesivo de conexiones; número excesivo de mensajes; exceso de "
            + "veces; excesivas sesiones; excessivos pedidos; excesso de sessões; numero eccessivo di connessioni; eccessivi "
            + "messaggi; excesivo tamaño"))
            .isEqualTo("421 demasiadas conexiones; demasiados mensajes; demasiadas veces; demasiadas sesiones; muitos pedidos; "
            + "muitas sessões; troppe connessioni; troppi messaggi; excesivo tamaño");
        assertThat(DeferralRule.loweredWords("421 Za dużo wiadomości; zbyt dużo prób; teveel berichten; te veel connecties; "
            + "Превышено количество запросов; превышено количество допустимых писем"))
            .isEqualTo("421 zbyt wiele wiadomości; zbyt wiele prób; te veel berichten; te veel verbindingen; "
            + "слишком много запросов; превышено количество допустимых писем");
        // The command a reply answers echoed before its words is set aside; a command named in the words is not.
        assertThat(DeferralRule.loweredWords("RCPT TO:<user@example.net>: Not available")).isEqualTo("not available");
        assertThat(DeferralRule.loweredWords("MAIL FROM:<sender@example.org> busy, try later")).isEqualTo("busy, try later");
        assertThat(DeferralRule.loweredWords("EHLO mail.example.org: Service stopping")).isEqualTo("service stopping");
        assertThat(DeferralRule.loweredWords("HELO denied, mx.example.net")).isEqualTo("helo denied, mx.example.net");
        assertThat(DeferralRule.loweredWords("Rejected after RCPT TO:<user@example.net>"))
            .isEqualTo("rejected after rcpt to:<x@example.net>");
        // The receiver as "we" in a state of its own at a sentence's start, not its apology.
        assertThat(DeferralRule.loweredWords("We are full. Sorry, we're in standby mode; we are sorry"))
            .isEqualTo("the server is full. sorry, the server is in standby mode; we are sorry");
        // Other words of one meaning: messages in French, e-mails in Spanish, "too quickly" in German, "temporarily".
        assertThat(DeferralRule.loweredWords("450 Trop de courriels; trop d'e-mails; correos electrónicos; zu rasch; "
            + "zeitweise verweigert; temporär gesperrt; momentanément indisponible; provisionalmente rechazado; "
            + "temporäres Problem"))
            .isEqualTo("450 trop de messages; trop de messages; correos; zu schnell; vorübergehend verweigert; vorübergehend "
            + "gesperrt; temporairement indisponible; temporalmente rechazado; temporäres problem");
        // A limit's bare verb as its participle, after an auxiliary or before a stop or a preposition, or after "you";
        // not before its object otherwise, nor in a condition or a request, nor "within reach".
        assertThat(DeferralRule.loweredWords("452 Quota exceed; mailbox has exceed its limit; concurrency exceed for your IP; "
            + "Maximum connections of 100 reach.; you exceed the number of allowed emails"))
            .isEqualTo("452 quota exceeded; mailbox has exceeded its limit; concurrency exceeded for your ip; "
            + "maximum connections of 100 reached.; you exceeded the number of allowed emails");
        assertThat(DeferralRule.loweredWords("452 If you exceed the limit; do not exceed 2 connections; out of reach; "
            + "within reach."))
            .isEqualTo("452 if you exceed the limit; do not exceed 2 connections; out of reach; within reach.");
        // "Too many" said otherwise, read as "too many"; "excessive" before what is no count, as written.
        assertThat(DeferralRule.loweredWords("421 Too high a number of connections; excessive SMTP sessions; an excessive "
            + "number of messages; excessive connection speed"))
            .isEqualTo("421 too many connections; too many sessions; too many messages; excessive connection speed");
        assertThat(DeferralRule.loweredWords("451 The number of connections from your IP is too high; connection count too "
            + "high; too high message count"))
            .isEqualTo("451 too many connections from your ip; too many connections; too many messages");
        assertThat(DeferralRule.loweredWords("421 Connections: too many")).isEqualTo("421 too many connections");
        // A limit breached, crossed, overrun or maxed out, as exceeded; another thing breached or crossed as written.
        assertThat(DeferralRule.loweredWords("452 Recipient quota breached; concurrency crossed for your IP; connection limit "
            + "maxed out; mailbox has overrun its storage limit"))
            .isEqualTo("452 recipient quota exceeded; concurrency exceeded for your ip; connection limit exceeded; "
            + "mailbox has exceeded its storage limit");
        assertThat(DeferralRule.loweredWords("451 Your account was breached; we crossed the border"))
            .isEqualTo("451 your account was breached; we crossed the border");
        // Client, TCP, mail and delivery connections or sessions as connections, links and channels at once as connections
        // (another part's client connections as its connections); links in a message as written.
        assertThat(DeferralRule.loweredWords("421 Too many client connections; 2 TCP/IP connections; mail sessions; parallel "
            + "links; SMTP channels; LDAP client connections; links in message; max 4 connection slots; out of connection slots"))
            .isEqualTo("421 too many connections; 2 connections; sessions; parallel connections; connections; ldap "
            + "connections; links in message; max 4 connections; out of connection slots");
        // "More than allowed" before a count as "too many"; before a size as written.
        assertThat(DeferralRule.loweredWords("421 More than allowed concurrent SMTP conversations from your IP; more than the "
            + "allowed number of sockets open; message size more than the allowed size"))
            .isEqualTo("421 too many concurrent conversations from your ip; too many sockets open; message size more than "
            + "the allowed size");
        // A limit being exceeded or reached in the present, as done; reaching out or a limit that reaches nothing as written.
        assertThat(DeferralRule.loweredWords("452 Recipient is exceeding their storage limit; server reaches its maximum; "
            + "the team reaches out; the limit reaches 10"))
            .isEqualTo("452 recipient has exceeded their storage limit; server has reached its limit; the team reaches out; "
            + "the limit reaches 10");
        // "Barred" as banned.
        assertThat(DeferralRule.loweredWords("421 Your IP is temporarily barred; crowbarred")).isEqualTo("421 your ip is "
            + "temporarily banned; crowbarred");
        // A count's limit used up, exhausted or overstepped right after it, as exceeded; the receiver's resources and
        // parts exhausted as written.
        assertThat(DeferralRule.loweredWords("421 Number of allowed attempts used up; daily recipient count exhausted; "
            + "message quota has been overstepped"))
            .isEqualTo("421 number of allowed attempts exceeded; daily recipient count exceeded; message quota exceeded");
        assertThat(DeferralRule.loweredWords("421 Client concurrency gone over; per-host concurrency hit, try later"))
            .isEqualTo("421 client concurrency exceeded; per host concurrency exceeded, try later");
        assertThat(DeferralRule.loweredWords("451 Resources exhausted; connection pool exhausted; rate limiter memory exhausted; "
            + "concurrency hit the database"))
            .isEqualTo("451 resources exhausted; connection pool exhausted; rate limiter memory exhausted; concurrency hit the "
            + "database");
        // A large, high or unusual number of what is counted, and "far too many", as "too many"; the receiver receiving or
        // handling them, and what is no count, as written.
        assertThat(DeferralRule.loweredWords("421 A large number of connections from your IP; an unusually high number of "
            + "failed login attempts; far too many sessions; we are experiencing a high number of connections; the server "
            + "is handling a large number of messages; a large number of mail servers"))
            .isEqualTo("421 too many connections from your ip; too many failed login attempts; too many sessions; the server "
            + "is experiencing a high number of connections; the server is handling a large number of messages; a large "
            + "number of mail servers");
        // A window's unit abbreviated, after a slash, "in a single" or "in any" unit after what is counted, as "per"; a
        // retry's delay and a path in a link as written.
        assertThat(DeferralRule.loweredWords("450 Max 30 requests per h; 100 emails/h; too many connections /s; 30 messages "
            + "in a single minute; exceeded 30 in any minute; try again in a single hour; see example.net/sessions/h"))
            .isEqualTo("450 max 30 requests per hour; 100 emails per hour; too many connections per second; 30 messages per "
            + "minute; exceeded 30 per minute; try again in a single hour; see example.net/sessions/h");
        // Connections, sessions or transfers live, running, established or in flight as concurrent ones; the current
        // connection and running jobs as written.
        assertThat(DeferralRule.loweredWords("421 Too many established connections; live SMTP sessions; running message "
            + "transfers; in-flight deliveries; your current connection; running jobs"))
            .isEqualTo("421 too many concurrent connections; concurrent sessions; concurrent message transfers; "
            + "concurrent deliveries; your current connection; running jobs");
        // A rate named by its direction, its acceptance or its sender, and a message throughput, as a message rate; the
        // receiver's own and its storage's as written.
        assertThat(DeferralRule.loweredWords("450 Excessive inbound rate from sender; traffic rate over threshold; "
            + "maximum message throughput reached; high incoming rate on this server; storage throughput degraded"))
            .isEqualTo("450 excessive message rate from sender; message rate over limit; maximum message rate reached; "
            + "high incoming rate on this server; storage throughput degraded");
        // The sender's address a limit is counted per named otherwise, as "per ip"; a path after it as written.
        assertThat(DeferralRule.loweredWords("421 Max connections per remote IP; per peer; per IPv4 address; per /24; "
            + "per /24/docs"))
            .isEqualTo("421 max connections per ip; per ip; per ip; per ip; per /24/docs");
        // "So many", "lots of", "a lot of" before what is counted as "too many"; the receiver receiving them as written.
        assertThat(DeferralRule.loweredWords("421 So many connections from your IP; lots of sessions; a lot of messages; we "
            + "are receiving lots of connections; so many threads; lots of rcpts"))
            .isEqualTo("421 too many connections from your ip; too many sessions; too many messages; the server is receiving "
            + "lots of connections; too many threads; too many rcpts");
        // Where what is counted comes from said with a participle, or "by" and "of" before the sender's address or "the
        // sending host", as "from"; the reputation "of" the sender's IP as written.
        assertThat(DeferralRule.loweredWords("421 Connections coming from your IP; sessions opened by 192.0.2.1; messages "
            + "sent by your server; sessions by 192.0.2.1; connections of the sending host; the reputation of your IP"))
            .isEqualTo("421 connections from your ip; sessions from 192.0.2.1; messages from your server; sessions from "
            + "192.0.2.1; connections from your server; the reputation of your ip");
        // Advice to retry that names the sender's message or delivery as "try again"; a message not delivered, or sent to
        // someone, as written.
        assertThat(DeferralRule.loweredWords("451 Retry your delivery later; please resend your message later; try sending "
            + "your message again later; please resubmit your mail. We could not deliver your message. Send your message to "
            + "postmaster"))
            .isEqualTo("451 try again later; please try again later; try again later; please try again. we could not deliver "
            + "your message. send your message to postmaster");
        // The sender named after "of", "by", "with" or "on" what it sends, as after "from"; the receiver's own server not.
        assertThat(DeferralRule.loweredWords("421 Too many connections of your IP; sessions by this host; traffic with your "
            + "network; messages on this server"))
            .isEqualTo("421 too many connections from your ip; sessions from this host; traffic from your network; "
            + "messages on this server");
        // A verb that does not agree with its subject, read as agreeing: a singular subject at a clause's start, its
        // head before a preposition; a plural, a pronoun, a number of several, a collective noun, a subject joined by
        // "and" or a subject after a verb not at a clause's start as written.
        assertThat(DeferralRule.loweredWords("450 The user's mailbox are unavailable; recipient have too many sessions "
            + "open; the mailbox for user@example.net are full; because it were locked; your IP (192.0.2.1) have been "
            + "blocked; you is not welcome"))
            .isEqualTo("450 the user's mailbox is unavailable; recipient has too many sessions open; the mailbox for "
            + "x@example.net is full; because it was locked; your ip (192.0.2.1) has been blocked; you are not welcome");
        assertThat(DeferralRule.loweredWords("421 Connections from your IP are limited; the maximum number of clients (5) "
            + "are connected; the mailbox and the archive are full; spam we have received; all user are busy; 2 mailbox are "
            + "full; 120 messages per minute is above our limit"))
            .isEqualTo("421 connections from your ip are limited; the maximum number of clients (5) are connected; the "
            + "mailbox and the archive are full; spam we have received; all users are busy; 2 mailbox are full; 120 messages "
            + "per minute is above our limit");
        // A link a clause starts after is kept as written, "$" and "\\" in it too.
        assertThat(DeferralRule.loweredWords("451 see http://x.example/a$9b mailbox are full; http://x.example/a\\b it are"))
            .isEqualTo("451 see . http://x.example/a$9b mailbox is full; . http://x.example/a\\b it is");
        // A verb in its bare form after a singular subject, as in the third person ("Your host hold", "Message contain",
        // "HELO name do not resolve"); not after a pronoun or its contracted modal, a preposition ("mail on hold"),
        // "please" or another language's "or", nor before a noun it makes a compound with ("accept failure"), nor "do"
        // that is not a negation ("fora do ar").
        assertThat(DeferralRule.loweredWords("421 Your host hold too many sockets open; message contain NUL characters; "
            + "your HELO name do not resolve; IP 192.0.2.10 exceed allowed concurrency; your host keep connecting"))
            .isEqualTo("421 your host holds too many sockets open; message contains nul characters; your helo name does "
            + "not resolve; ip 192.0.2.10 exceeds allowed concurrency; your host keeps connecting");
        assertThat(DeferralRule.loweredWords("451 we hold your mail; mail on hold; maybe i'll accept it; please send "
            + "later; local accept failure; o host pode estar fora do ar; tente mais tarde ou use outra; hosts keep "
            + "connecting"))
            .isEqualTo("451 we hold your mail; mail on hold; maybe i'll accept it; please send later; local accept "
            + "failure; o host pode estar fora do ar; tente mais tarde ou use outra; hosts keep connecting");
        // A verb of requests agrees only after a determiner: without one it asks ("ESMTP Send slower please").
        assertThat(DeferralRule.loweredWords("421 Your MTA use more connections than we allow; mx.example.net ESMTP Send "
            + "slower please; use fewer connections"))
            .isEqualTo("421 your mta uses more connections than we allow; mx.example.net esmtp send slower please; use "
            + "fewer connections");
        // An adverb of the present right after an auxiliary, read without it; "already" stays.
        assertThat(DeferralRule.loweredWords("421 Connections from this IP are currently limited to 3; too many "
            + "connections are now queued; the shard is still offline; the service is at the moment unavailable; you are "
            + "already connected 10 times"))
            .isEqualTo("421 connections from this ip are limited to 3; too many connections are queued; the shard is "
            + "offline; the service is unavailable; you are already connected 10 times");
        // The connection's closing announced as a sentence of its own is set aside; not with a cause of its own after it.
        assertThat(DeferralRule.loweredWords("451 Closing connection: Mail storage failed. Connection closed."))
            .isEqualTo("451 mail storage failed.");
        assertThat(DeferralRule.loweredWords("421 Connection closed by remote host; connection closed due to inactivity"))
            .isEqualTo("421 connection closed by remote host; connection closed due to inactivity");
        // Kept where the reason names a limit but not what it counts: the closed connection is what is counted.
        assertThat(DeferralRule.loweredWords("421 Closing connection: too many from your IP"))
            .isEqualTo("421 closing connection: too many from your ip");
        assertThat(DeferralRule.loweredWords("451 Closing connection: Too many complaints per hour"))
            .isEqualTo("451 too many complaints per hour");
        // A limit written as a key and its value, as in words; not among other keys and values.
        assertThat(DeferralRule.loweredWords("421 Server limit: max=5 conns per IP; limit = 3"))
            .isEqualTo("421 server limit: max 5 connections per ip; limit 3");
        assertThat(DeferralRule.loweredWords("451 Count=51 Limit=50 Window=60s; maximum=2 timeout=30"))
            .isEqualTo("451 count=51 limit=50 window=60s; maximum=2 timeout=30");
        // What a limit is counted per, hyphenated or said otherwise, as "per"; not "by" after anything else, nor a unit of
        // time hyphenated.
        assertThat(DeferralRule.loweredWords("421 Connections per-IP exceeded; connections for each IP: 3; limit: 5 "
            + "connections by IP; one session for every client; blocked by IP reputation; per-minute rate"))
            .isEqualTo("421 connections per ip exceeded; connections per ip: 3; limit: 5 connections per ip; one session "
            + "per client; blocked by ip reputation; per-minute rate");
        // The sender as "you" after "from" what it sends, as "your ip"; not where the receiver waits for or hears from it.
        assertThat(DeferralRule.loweredWords("421 Too many sessions from you; no response from you; waiting for data from "
            + "you; from your IP"))
            .isEqualTo("421 too many sessions from your ip; no response from you; waiting for data from you; from your ip");
        // "More than" a number of what is counted said otherwise; not before anything else.
        assertThat(DeferralRule.loweredWords("421 > 3 sessions from one IP; do not open over 2 connections; in excess of 5 "
            + "messages; spread over 3 days"))
            .isEqualTo("421 more than 3 sessions from one ip; do not open more than 2 connections; more than 5 messages; "
            + "spread over 3 days");
        // A time at once said otherwise; not "at any time" (whenever), nor "in parallel" after anything else.
        assertThat(DeferralRule.loweredWords("421 Only one connection at any given time; 3 transfers at one time; 2 "
            + "connections in parallel; retry at any time; in parallel processing"))
            .isEqualTo("421 only one connection at a time; 3 transfers at a time; 2 connections at once; retry at any time; "
            + "in parallel processing");
        // A limit capped or limited at a number as limited to it; not a cap without a number.
        assertThat(DeferralRule.loweredWords("421 Your IP is capped at 2 concurrent SMTP conversations; the database is "
            + "limited at 10 connections; restricted at most 3; capped to 5 sessions; capped at the provider"))
            .isEqualTo("421 your ip is limited to 2 concurrent conversations; the database is limited to 10 "
            + "connections; restricted at most 3; limited to 5 sessions; capped at the provider");
        // The receiver as the subject of what it did to the sender, in the passive; not what it did to a message.
        assertThat(DeferralRule.loweredWords("421 We have blocked your IP temporarily; we've limited your IP to 2 "
            + "sessions; our system has temporarily restricted your server; we have deferred your message"))
            .isEqualTo("421 your ip has been blocked temporarily; your ip has been limited to 2 sessions; your server has "
            + "been temporarily restricted; we have deferred your message");
        // A word of concurrency after the connections or sessions it qualifies, before them ("open" and "active" only
        // after a number of them: "too many connections open" is English as written).
        assertThat(DeferralRule.loweredWords("421 Max 2 sessions concurrent; you already hold 5 connections open to us; "
            + "too many connections open; exceeds the connections parallel limit"))
            .isEqualTo("421 max 2 concurrent sessions; you already hold 5 open connections to us; too many connections "
            + "open; exceeds the parallel connections limit");
        // A counted noun in the singular after a count and another noun or a participle ("Too many connection attempt",
        // "Number of allowed attempt exceeded", "Too many simultaneous IMAP login for this user"), in the plural.
        assertThat(DeferralRule.loweredWords("421 Too many connection attempt from 192.0.2.1; number of allowed attempt "
            + "exceeded; too many simultaneous IMAP login for this user; too many recipient attempt"))
            .isEqualTo("421 too many connection attempts from 192.0.2.1; number of allowed attempts exceeded; too many "
            + "simultaneous imap logins for this user; too many recipient attempts");
        // The sender in the plural or by two of its names, as by one ("these" as "this"), its verb agreeing.
        assertThat(DeferralRule.loweredWords("421 Your IPs are blocked; your MTAs are using more connections; these IPs "
            + "already have 3 sessions open; your IP and domain are listed; from your ip/network; your ipsec tunnel"))
            .isEqualTo("421 your ip is blocked; your mta is using more connections; this ip already has 3 open sessions; "
            + "your ip is listed; from your ip; your ipsec tunnel");
        // The sender as a label at the start before what it sends too much of, as after it.
        assertThat(DeferralRule.loweredWords("421 4.7.0 Your IP: Too many threads"))
            .isEqualTo("421 4.7.0 too many threads from your ip");
        assertThat(DeferralRule.loweredWords("421 192.0.2.1: Too many sockets open, try later"))
            .isEqualTo("421 too many sockets open from 192.0.2.1, try later");
        // An article left out of an idiom of pace or concurrency, read with it.
        assertThat(DeferralRule.loweredWords("450 receiving mail at rate that prevents delivery; only 3 transfers at time; "
            + "to same mailbox; in short time; in last 10 minutes; at time of writing"))
            .isEqualTo("450 receiving mail at a rate that prevents delivery; only 3 transfers at a time; "
            + "to the same mailbox; in a short time; in the last 10 minutes; at time of writing");
    }

    @Test
    void aSlipOfOneLetterInALongWordTheRulesReadShouldBeReadAsThatWord() {
        // A letter added, missing, wrong, or two swapped.
        assertThat(DeferralRule.loweredWords("421 Too many connnections, Too many conncetions"))
            .isEqualTo("421 too many connections, too many connections");
        assertThat(DeferralRule.loweredWords("451 Your IP has bad repuation and is blaclisted"))
            .isEqualTo("451 your ip has bad reputation and is blacklisted");
        assertThat(DeferralRule.loweredWords("451 Greylsited; throtteled; excesive volume; server over-loaded"))
            .isEqualTo("451 greylisted; throttled; excessive volume; server overloaded");
        // Short words only as servers misspell them; a slip that is a word of its own, an inflection, a daemon's name
        // or another language's word stays as written.
        assertThat(DeferralRule.loweredWords("452 Sending limt exceeded, mailbox qouta full"))
            .isEqualTo("452 sending limit exceeded, mailbox quota full");
        assertThat(DeferralRule.loweredWords("451 massages throttles greylistd sessioni excessivo session"))
            .isEqualTo("451 massages throttles greylistd sessioni excessivo session");
        assertThat(DeferralRule.loweredWords("421 mx.conncetions.example.net repuation-check"))
            .isEqualTo("421 mx.conncetions.example.net repuation-check");
    }

    @Test
    void noWordTheDefaultRulesReadShouldBeTakenForAMisspelling() throws IOException {
        // A word of the rules (another language's "excessivo", "databasen", or "capacité" written in ASCII) read as an
        // English word's slip would leave the rule that reads it unmatched; the misspellings listed as servers write
        // them may stand in the rules too (a rule written before the list was).
        String rules;
        try (InputStream in = DeferralRules.class.getClassLoader().getResourceAsStream(DeferralRules.DEFAULT_RESOURCE)) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        }
        java.util.Set<String> taken = new java.util.TreeSet<>();
        // Whole words only: not a stem a pattern goes on from ("databas(?:e|en)", "concurren\\w*", "capacit" of
        // "capacità", "d(?:atabase"), nor one after an escape ("\\b").
        java.util.regex.Matcher word = Pattern.compile("(?<![\\\\\\p{L})])(?<!\\p{L}\\(\\?:)[a-z]{5,}(?![\\p{L}(\\[{\\\\])")
            .matcher(rules);
        while (word.find()) {
            String read = DeferralRule.correctlySpelled(word.group());
            if (!read.equals(word.group())) {
                taken.add(word.group() + " as " + read);
            }
        }
        // A word with marks as replies written in ASCII spell it ("capacité" as "capacite", not read as "capacity").
        java.util.regex.Matcher marked = Pattern.compile("[a-z\\u00c0-\\u024f]*[\\u00c0-\\u024f][a-z\\u00c0-\\u024f]*").matcher(rules);
        while (marked.find()) {
            String spelled = DeferralRule.withAsciiSpellings(marked.group());
            for (String ascii : spelled.replaceAll("^\\(\\?:|\\)$", "").split("\\|")) {
                String read = DeferralRule.correctlySpelled(ascii);
                if (ascii.matches("[a-z]{5,}") && !read.equals(ascii)) {
                    taken.add(ascii + " as " + read);
                }
            }
        }
        assertThat(taken).containsOnly("adress as address", "conns as connections", "ressources as resources");
    }

    @Test
    void aRulesWordWithMarksShouldAlsoReadAsWrittenInAsciiAndChineseInItsOtherScript() {
        // A run of literal text whole, so that the prefilter's literals stay whole.
        assertThat(DeferralRule.withAsciiSpellings("zbyt wiele połączeń")).isEqualTo("(?:zbyt wiele połączeń|zbyt wiele polaczen)");
        assertThat(DeferralRule.withAsciiSpellings("\\bverbindungen überschritten\\b"))
            .isEqualTo("\\b(?:verbindungen überschritten|verbindungen ueberschritten|verbindungen uberschritten)\\b");
        // ß also as two letters with the other marks dropped ("grosse") or kept, as capitals and Switzerland write it
        // ("GRÖSSE" lowers to "grösse").
        assertThat(DeferralRule.withAsciiSpellings("größe")).isEqualTo("(?:größe|groesse|große|grosse|grösse)");
        // German's two letters with another language's base letters too ("för många" as "foer manga").
        assertThat(DeferralRule.withAsciiSpellings("för många")).isEqualTo("(?:för många|foer maanga|foer manga|for manga)");
        // A quantified last letter stays apart; a class takes the base letter too; Vietnamese's own letters are read
        // only as written.
        assertThat(DeferralRule.withAsciiSpellings("simultané?s")).isEqualTo("simultan(?:é|e)?s");
        assertThat(DeferralRule.withAsciiSpellings("simultanée?s")).isEqualTo("(?:simultané|simultane)e?s");
        assertThat(DeferralRule.withAsciiSpellings("d[éè]pass")).isEqualTo("d[éeèe]pass");
        assertThat(DeferralRule.withAsciiSpellings("\\u00e9t\\w+ réseau")).isEqualTo("\\u00e9t\\w+(?: réseau| reseau)");
        assertThat(DeferralRule.withAsciiSpellings("(?<!é)x")).isEqualTo("(?<!(?:é|e))x");
        assertThat(DeferralRule.withAsciiSpellings("bận")).isEqualTo("bận");
        // Chinese in its other script and vocabulary: simplified, traditional, Taiwan's "連線" for a connection.
        assertThat(DeferralRule.withAsciiSpellings("连接数过多")).isEqualTo("(?:连接数过多|連接數過多|連線數過多|连线数过多)");
        assertThat(DeferralRule.withAsciiSpellings("連線數過多")).isEqualTo("(?:連線數過多|连线数过多|连接数过多)");
        assertThat(DeferralRule.withAsciiSpellings("同时并发")).isEqualTo("(?:同时并发|同時並發|同時併發)");
        // The lowered rule reads both; the reply's text keeps its letters.
        assertThat(DeferralRule.lowerable("Połączeń")).contains("(?:połączeń|polaczen)");
        assertThat(DeferralRule.loweredWords("421 Zbyt wiele połączeń")).isEqualTo("421 zbyt wiele połączeń");
    }

    @Test
    void courtesiesAndALabelThatOnlySaysTheReplyDefersShouldBeSetAside() {
        assertThat(DeferralRule.loweredWords("Too many connections. Thank you.")).isEqualTo("too many connections.");
        assertThat(DeferralRule.loweredWords("Connection limit exceeded, sorry for the inconvenience"))
            .isEqualTo("connection limit exceeded,");
        assertThat(DeferralRule.loweredWords("Overload. If the problem persists, contact your administrator."))
            .isEqualTo("overload. .");
        assertThat(DeferralRule.loweredWords("Message deferred: Too many complaints per hour"))
            .isEqualTo("too many complaints per hour");
        assertThat(DeferralRule.loweredWords("Temporary failure - Please come back later")).isEqualTo("please come back later");
        // A label that only says the sender's message was not accepted, and a closing sentence that only says what becomes
        // of it; a cause in such a sentence kept.
        assertThat(DeferralRule.loweredWords("Your message was not accepted: Temporarily unavailable"))
            .isEqualTo("temporarily unavailable");
        assertThat(DeferralRule.loweredWords("We could not accept your message now - too many connections from your IP"))
            .isEqualTo("too many connections from your ip");
        assertThat(DeferralRule.loweredWords("Your message was delayed due to security reasons"))
            .isEqualTo("your message was delayed due to security reasons");
        assertThat(DeferralRule.loweredWords("Server busy. Your message will be retried.")).isEqualTo("server busy.");
        assertThat(DeferralRule.loweredWords("Server busy. Your message was deferred because your IP is listed."))
            .isEqualTo("server busy. your message was deferred because your ip is listed.");
        // A greeting of the client and a closing tag that only names it; a greeting naming nobody as written.
        assertThat(DeferralRule.loweredWords("Hello [192.0.2.1], Service stopping")).isEqualTo("service stopping");
        assertThat(DeferralRule.loweredWords("Mail storage failed (connecting IP 192.0.2.1)")).isEqualTo("mail storage failed");
        assertThat(DeferralRule.loweredWords("Service not available - client [192.0.2.1]")).isEqualTo("service not available");
        assertThat(DeferralRule.loweredWords("Hello, too many connections")).isEqualTo("hello, too many connections");
        // Only a label opening the text, with its colon or dash: "Temporary failure in name resolution" names a cause.
        assertThat(DeferralRule.loweredWords("Temporary failure in name resolution"))
            .isEqualTo("temporary failure in name resolution");
        assertThat(DeferralRule.loweredWords("Blocked. Message deferred: see FAQ")).isEqualTo("blocked. message deferred: see faq");
        assertThat(DeferralRule.loweredWords("Error 421: Server busy")).isEqualTo("server busy");
        assertThat(DeferralRule.loweredWords("Dear sender, proxy failed, closing connection")).isEqualTo("proxy failed");
        // The sending side's note of its retries closing the text; the receiver's advice to retry kept.
        assertThat(DeferralRule.loweredWords("Service stopping (retry 2/5)")).isEqualTo("service stopping");
        assertThat(DeferralRule.loweredWords("Service stopping; will retry in 30 minutes")).isEqualTo("service stopping");
        assertThat(DeferralRule.loweredWords("Service stopping - next attempt at 19:30")).isEqualTo("service stopping");
        assertThat(DeferralRule.loweredWords("Greylisted, please retry in 5 minutes"))
            .isEqualTo("greylisted, please retry in 5 minutes");
        assertThat(DeferralRule.loweredWords("Too many failed attempts")).isEqualTo("too many failed attempts");
    }

    @Test
    void spellingsOfOneMeaningShouldBeReadAsTheRulesSpellThem() {
        assertThat(DeferralRule.loweredWords("450 Mail box busy; mail boxes full")).isEqualTo("450 mailbox busy; mailboxes full");
        assertThat(DeferralRule.loweredWords("451 Rate ceiling exceeded")).isEqualTo("451 rate limit exceeded");
        assertThat(DeferralRule.loweredWords("451 Too many e-mails, temporally deferred")).isEqualTo("451 too many emails, temporarily deferred");
        assertThat(DeferralRule.loweredWords("452 Too many recipients every hour, 100 every 10 minutes"))
            .isEqualTo("452 too many recipients per hour, 100 per 10 minutes");
        assertThat(DeferralRule.loweredWords("421 Too many SMTP connections; SMTP sessions; SMTP conversations"))
            .isEqualTo("421 too many connections; sessions; conversations");
        // A retry's period is no count's; other words beside "every" and "SMTP" stay.
        assertThat(DeferralRule.loweredWords("421 too many connections, retry every minute"))
            .isEqualTo("421 too many connections, retry every minute");
        assertThat(DeferralRule.loweredWords("421 SMTP server busy, every mailbox")).isEqualTo("421 smtp server busy, every mailbox");
    }

    @Test
    void adverbsAbbreviationsContractionsAndLabelsShouldBeReadAsTheRulesSpellThem() {
        // An adverb of the present before a state as "temporarily", in a negation or after an auxiliary left out.
        assertThat(DeferralRule.loweredWords("Mailbox at the moment unavailable")).isEqualTo("mailbox temporarily unavailable");
        assertThat(DeferralRule.loweredWords("Relaying currently denied")).isEqualTo("relaying temporarily denied");
        assertThat(DeferralRule.loweredWords("We are not currently accepting mail")).isEqualTo("the server is not accepting mail");
        assertThat(DeferralRule.loweredWords("Service is at the moment unavailable")).isEqualTo("service is unavailable");
        assertThat(DeferralRule.loweredWords("The mailbox is full for now")).isEqualTo("the mailbox is full for now");
        // "Number" and "max" abbreviated, a slash before what a count is kept per; not a slash between other words.
        assertThat(DeferralRule.loweredWords("Maximum no. of connections from your IP reached"))
            .isEqualTo("maximum number of connections from your ip reached");
        assertThat(DeferralRule.loweredWords("Reduce the # of parallel connections")).isEqualTo("reduce the number of parallel connections");
        assertThat(DeferralRule.loweredWords("the max number of data transfers (2)")).isEqualTo("the maximum number of data transfers (2)");
        assertThat(DeferralRule.loweredWords("Only one connection / IP is allowed")).isEqualTo("only one connection per ip is allowed");
        assertThat(DeferralRule.loweredWords("Connections/IP: 3 of 3 in use")).isEqualTo("connections per ip: 3 of 3 in use");
        assertThat(DeferralRule.loweredWords("unknown sender/recipient/IP combination"))
            .isEqualTo("unknown sender/recipient/ip combination");
        assertThat(DeferralRule.loweredWords("Error (#4.7.1)")).isEqualTo("error (#4.7.1)");
        // Contractions and misspellings: "can not", "'s" as "is" or "has" before a state (not before a noun owned), "to"
        // as "too" before a degree (not as a preposition), "mail-box", "data base".
        assertThat(DeferralRule.loweredWords("We can not reach the server")).isEqualTo("we cannot reach the server");
        assertThat(DeferralRule.loweredWords("Server's in standby mode")).isEqualTo("server is in standby mode");
        assertThat(DeferralRule.loweredWords("Queue's been stopped")).isEqualTo("queue has been stopped");
        assertThat(DeferralRule.loweredWords("Host's too many open connections")).isEqualTo("host has too many open connections");
        assertThat(DeferralRule.loweredWords("The server's certificate expired")).isEqualTo("the server's certificate expired");
        assertThat(DeferralRule.loweredWords("You are sending to quickly")).isEqualTo("you are sending too quickly");
        assertThat(DeferralRule.loweredWords("Your domain is to new to receive mail"))
            .isEqualTo("your domain is too new to receive mail");
        assertThat(DeferralRule.loweredWords("Deferred due to high load")).isEqualTo("deferred due to high load");
        assertThat(DeferralRule.loweredWords("Messages to new recipients")).isEqualTo("messages to new recipients");
        assertThat(DeferralRule.loweredWords("mail-box full, data base error")).isEqualTo("mailbox full, database error");
        // The receiver as "this host" in a state of its own, not after "from"; "we" unable to verify stays.
        assertThat(DeferralRule.loweredWords("Connection deferred - this host is temporarily unavailable"))
            .isEqualTo("connection deferred - the server is temporarily unavailable");
        assertThat(DeferralRule.loweredWords("Too many connections from this host")).isEqualTo("too many connections from this host");
        assertThat(DeferralRule.loweredWords("We are unable to verify your sender")).isEqualTo("we are unable to verify your sender");
        // "Via", "through", "out of", "on behalf of" before the sender as "from".
        assertThat(DeferralRule.loweredWords("Connections via your IP are capped at 3"))
            .isEqualTo("connections from your ip are limited to 3");
        // A client's label set aside; its address before the receiver's own counted parts only a label.
        assertThat(DeferralRule.loweredWords("Client 192.0.2.1: Overload")).isEqualTo("overload");
        assertThat(DeferralRule.loweredWords("[192.0.2.1]: Too many processes running, try later"))
            .isEqualTo("[192.0.2.1]: too many processes running, try later");
        assertThat(DeferralRule.loweredWords("Your IP: too many threads")).isEqualTo("too many threads from your ip");
        // An apology or an exclamation opening the text, thanks closing it, set aside.
        assertThat(DeferralRule.loweredWords("We're sorry, overload")).isEqualTo("overload");
        assertThat(DeferralRule.loweredWords("Oops! offline. Thanks for your understanding.")).isEqualTo("offline.");
        assertThat(DeferralRule.loweredWords("We are sorry, but your IP is listed")).isEqualTo("your ip is listed");
        // Not "thanks to", which gives a cause.
        assertThat(DeferralRule.loweredWords("Server busy thanks to heavy load. Thanks!"))
            .isEqualTo("server busy thanks to heavy load.");
        // A limit called a restriction, threshold or quota, after what it counts or before "of" what it counts or "for"
        // the sender, as "limit"; a mailbox's quota and a threshold of connections not.
        assertThat(DeferralRule.loweredWords("Rate quota exceeded")).isEqualTo("rate limit exceeded");
        assertThat(DeferralRule.loweredWords("Per-IP connection restriction reached"))
            .isEqualTo("per ip connection limit reached");
        assertThat(DeferralRule.loweredWords("Reached the quota of open SMTP sessions"))
            .isEqualTo("reached the limit of open sessions");
        assertThat(DeferralRule.loweredWords("Volume threshold for your IP reached"))
            .isEqualTo("volume limit for your ip reached");
        assertThat(DeferralRule.loweredWords("Mailbox quota exceeded")).isEqualTo("mailbox quota exceeded");
        assertThat(DeferralRule.loweredWords("Connection threshold exceeded"))
            .isEqualTo("connection threshold exceeded");
        assertThat(DeferralRule.loweredWords("New connection quota exceeded"))
            .isEqualTo("new connection quota exceeded");
        // The receiver's MTA, gateway or node as its server; not a part's node, the sender's MTA or a host name.
        assertThat(DeferralRule.loweredWords("MTA reboot in progress")).isEqualTo("server reboot in progress");
        assertThat(DeferralRule.loweredWords("Cannot reach the mail gateway"))
            .isEqualTo("cannot reach the mail server");
        assertThat(DeferralRule.loweredWords("Cassandra node down")).isEqualTo("cassandra node down");
        assertThat(DeferralRule.loweredWords("Your MTA is listed")).isEqualTo("your mta is listed");
        assertThat(DeferralRule.loweredWords("Try gateway.example.net")).isEqualTo("try gateway.example.net");
        // "Email" before a part of the receiver's as "mail"; not before what is counted or sent.
        assertThat(DeferralRule.loweredWords("Error connecting to email server"))
            .isEqualTo("error connecting to mail server");
        assertThat(DeferralRule.loweredWords("Too many emails from your IP")).isEqualTo("too many emails from your ip");
        // A closing request to keep the message queued set aside.
        assertThat(DeferralRule.loweredWords("Too many connections. Please keep your message in your queue."))
            .isEqualTo("too many connections.");
        // A limit's plural as its singular, not in a link's path; the sessions' plural before a count or rate of them
        // and before their failure, not after what counts them nor before a limit (a user's "connection limit" is a
        // mailbox's).
        assertThat(DeferralRule.loweredWords("Concurrency limits exceeded")).isEqualTo("concurrency limit exceeded");
        assertThat(DeferralRule.loweredWords("See https://example.net/limits/day"))
            .isEqualTo("see . https://example.net/limits/day");
        assertThat(DeferralRule.loweredWords("Connections rate too high")).isEqualTo("connection rate too high");
        assertThat(DeferralRule.loweredWords("Backend connections lost")).isEqualTo("backend connection lost");
        assertThat(DeferralRule.loweredWords("Too many connections refused")).isEqualTo("too many connections refused");
        assertThat(DeferralRule.loweredWords("3 sessions closed")).isEqualTo("3 sessions closed");
        assertThat(DeferralRule.loweredWords("Connections limit for user x reached"))
            .isEqualTo("connections limit for user x reached");
        // "Exceeds" with no object as "exceeded", "is reached" as "reached"; not before its object.
        assertThat(DeferralRule.loweredWords("Mailbox quota exceeds")).isEqualTo("mailbox quota exceeded");
        assertThat(DeferralRule.loweredWords("Message size exceeds the limit"))
            .isEqualTo("message size exceeds the limit");
        assertThat(DeferralRule.loweredWords("Server capacity is reached")).isEqualTo("server capacity reached");
        // A judgement "being" made as made; the receiver's work in progress as written (its mail system as its server).
        assertThat(DeferralRule.loweredWords("Your IP is being temporarily blocked"))
            .isEqualTo("your ip is temporarily blocked");
        assertThat(DeferralRule.loweredWords("Mail system is being upgraded"))
            .isEqualTo("mail server is being upgraded");
        // A state in the past tense as in the present; not a participle negated ("was not saved", "not yet
        // authorized").
        assertThat(DeferralRule.loweredWords("The storage was full")).isEqualTo("the storage is full");
        assertThat(DeferralRule.loweredWords("Your MTA was using more connections"))
            .isEqualTo("your mta is using more connections");
        assertThat(DeferralRule.loweredWords("Email was not saved")).isEqualTo("email was not saved");
        assertThat(DeferralRule.loweredWords("Your connection was currently reset"))
            .isEqualTo("your connection was reset");
        assertThat(DeferralRule.loweredWords("You were temporarily blocked")).isEqualTo("you are temporarily blocked");
        assertThat(DeferralRule.loweredWords("Your IP was not yet authorized"))
            .isEqualTo("your ip was not yet authorized");
        // "Authorized" where it counts or permits as "allowed"; a mail server in one word as two, not after another
        // language's possessive; letters counted as messages, not a name's.
        assertThat(DeferralRule.loweredWords("No more connections authorized; the authorized number"))
            .isEqualTo("no more connections allowed; the allowed number");
        assertThat(DeferralRule.loweredWords("Sender not authorized; authorized senders only"))
            .isEqualTo("sender not authorized; authorized senders only");
        assertThat(DeferralRule.loweredWords("Temporary mailserver error; Ihr Mailserver"))
            .isEqualTo("temporary mail server error; ihr mailserver");
        assertThat(DeferralRule.loweredWords("Too many letters; too many letters in local part"))
            .isEqualTo("too many messages; too many letters in local part");
        // "Disallowed" as "not allowed"; "too much" before what is counted as "too many", not before traffic; "max"
        // closing a clause as "maximum".
        assertThat(DeferralRule.loweredWords("Connection disallowed")).isEqualTo("connection not allowed");
        assertThat(DeferralRule.loweredWords("This account has too much SMTP connections open"))
            .isEqualTo("this account has too many smtp connections open");
        assertThat(DeferralRule.loweredWords("Excessive processes")).isEqualTo("too many processes");
        assertThat(DeferralRule.loweredWords("Too much traffic")).isEqualTo("too much traffic");
        assertThat(DeferralRule.loweredWords("Your IP is at its connection max."))
            .isEqualTo("your ip is at its connection limit");
    }

    @Test
    void theReceiversHostAndOtherWordsOfOneMeaningShouldBeReadAsTheRulesSpellThem() {
        // The receiver's mail host, system, service or MX, or one in a server's state, and a mail exchanger, as its
        // server; not our session's host, the sender's, Postfix's name service nor a host name.
        assertThat(DeferralRule.loweredWords("Error connecting to mail host"))
            .isEqualTo("error connecting to mail server");
        assertThat(DeferralRule.loweredWords("The host is not available at the moment"))
            .isEqualTo("the server is not available at the moment");
        assertThat(DeferralRule.loweredWords("Remote MX unavailable")).isEqualTo("remote server unavailable");
        assertThat(DeferralRule.loweredWords("Communication with mail exchanger failed"))
            .isEqualTo("communication with mail server failed");
        assertThat(DeferralRule.loweredWords("Host unreachable")).isEqualTo("host unreachable");
        assertThat(DeferralRule.loweredWords("No answer from host")).isEqualTo("no answer from host");
        assertThat(DeferralRule.loweredWords("Your host is busy")).isEqualTo("your host is busy");
        assertThat(DeferralRule.loweredWords("Name service error for name=example.com"))
            .isEqualTo("name service error for name=example.com");
        assertThat(DeferralRule.loweredWords("mx.example.net is busy")).isEqualTo("mx.example.net is busy");
        // "Briefly" before a state as "temporarily", "short-term" as "temporary", "too often" as "too fast"; not
        // sessions "too often at once".
        assertThat(DeferralRule.loweredWords("Mailbox briefly unavailable"))
            .isEqualTo("mailbox temporarily unavailable");
        assertThat(DeferralRule.loweredWords("SPF short-term failure")).isEqualTo("spf temporary failure");
        assertThat(DeferralRule.loweredWords("Messages arriving too often")).isEqualTo("messages arriving too fast");
        assertThat(DeferralRule.loweredWords("Your host is connected too often at once"))
            .isEqualTo("your host is connected too often at once");
        // A mailbox or a pool "at capacity" as full, not "at capacity" alone.
        assertThat(DeferralRule.loweredWords("The mailbox for user@example.net is at capacity"))
            .isEqualTo("the mailbox for x@example.net is full");
        assertThat(DeferralRule.loweredWords("Connection pool for your IP is at capacity"))
            .isEqualTo("connection pool for your ip is full");
        assertThat(DeferralRule.loweredWords("At capacity, try later")).isEqualTo("at capacity, try later");
        // "Out of service" as "unavailable"; an issue or a fault as an error, not the sender's issue, "having
        // issues", "not your fault" nor a "problem"; a service alone keeps its name.
        assertThat(DeferralRule.loweredWords("Mailbox out of service")).isEqualTo("mailbox unavailable");
        assertThat(DeferralRule.loweredWords("Temporary issue validating recipient"))
            .isEqualTo("temporary error validating recipient");
        assertThat(DeferralRule.loweredWords("There is an issue with your IP reputation"))
            .isEqualTo("there is an issue with your ip reputation");
        assertThat(DeferralRule.loweredWords("Not your fault")).isEqualTo("not your fault");
        assertThat(DeferralRule.loweredWords("Mail delivery having issues")).isEqualTo("mail delivery having issues");
        assertThat(DeferralRule.loweredWords("Authentication service error")).isEqualTo("authentication service error");
        assertThat(DeferralRule.loweredWords("Mailing list expansion problem"))
            .isEqualTo("mailing list expansion problem");
        // A past "-ing" that is a noun or a preposition stays in the past.
        assertThat(DeferralRule.loweredWords("Mail was nothing")).isEqualTo("mail was nothing");
        assertThat(DeferralRule.loweredWords("Mail was during an upgrade")).isEqualTo("mail was during an upgrade");
    }


    @Test
    void aThresholdAMaximumAProblemAndADeclineShouldBeReadAsTheRulesSpellThem() {
        // A threshold after a word as a limit; one opening the reply or a clause, or after a label, a banner or a host
        // name keeps its name (the rules read "Threshold reached" as a rate).
        assertThat(DeferralRule.loweredWords("Circuit threshold per client reached"))
            .isEqualTo("circuit limit per client reached");
        assertThat(DeferralRule.loweredWords("6 open connections from your IP, threshold is 5"))
            .isEqualTo("6 open connections from your ip, limit is 5");
        assertThat(DeferralRule.loweredWords("Threshold reached for sender domain"))
            .isEqualTo("threshold reached for sender domain");
        assertThat(DeferralRule.loweredWords("Open sessions from your IP: threshold reached"))
            .isEqualTo("open sessions from your ip: threshold reached");
        assertThat(DeferralRule.loweredWords("mx3.example.net ESMTP Threshold reached"))
            .isEqualTo("mx3.example.net esmtp threshold reached");
        // A maximum as a limit where it is a noun, not a maximum number, size or capacity, nor one opening the reply.
        assertThat(DeferralRule.loweredWords("Queue maximum for your IP reached"))
            .isEqualTo("queue limit for your ip reached");
        assertThat(DeferralRule.loweredWords("Host has reached its maximum of parallel deliveries"))
            .isEqualTo("host has reached its limit of parallel deliveries");
        assertThat(DeferralRule.loweredWords("Bot account reached daily IM maximum"))
            .isEqualTo("bot account reached daily im limit");
        assertThat(DeferralRule.loweredWords("You have reached the maximum number of connections"))
            .isEqualTo("you have reached the maximum number of connections");
        assertThat(DeferralRule.loweredWords("The server has reached its maximum user capacity"))
            .isEqualTo("the server has reached its maximum user capacity");
        assertThat(DeferralRule.loweredWords("Maximum per-IP connections (5) reached"))
            .doesNotContain("limit");
        assertThat(DeferralRule.loweredWords("mx3.example.net ESMTP Maximum per-IP connections (5) reached"))
            .doesNotContain("limit");
        // A problem as an error where it is the receiver's; not the sender's, RFC 3463's expansion problem, nor a
        // problem alone.
        assertThat(DeferralRule.loweredWords("Temporary SPF validation problem"))
            .isEqualTo("temporary spf validation error");
        assertThat(DeferralRule.loweredWords("Mailbox write problem")).isEqualTo("mailbox write error");
        assertThat(DeferralRule.loweredWords("problem communicating with qmail-deliverabled"))
            .isEqualTo("error communicating with qmail-deliverabled");
        assertThat(DeferralRule.loweredWords("Temporary problem with your IP"))
            .isEqualTo("temporary problem with your ip");
        assertThat(DeferralRule.loweredWords("There is a problem with your IP address reputation"))
            .isEqualTo("there is a problem with your ip address reputation");
        assertThat(DeferralRule.loweredWords("Mailing list expansion problem"))
            .isEqualTo("mailing list expansion problem");
        // Declined as rejected; inaccessible as unavailable, and unreachable so said of a store or a check, not of a
        // host or a network.
        assertThat(DeferralRule.loweredWords("Client host declined")).isEqualTo("client host rejected");
        assertThat(DeferralRule.loweredWords("Mailbox inaccessible (locked)"))
            .isEqualTo("mailbox unavailable (locked)");
        assertThat(DeferralRule.loweredWords("Recipient verification is temporarily not reachable"))
            .isEqualTo("recipient verification is temporarily unavailable");
        assertThat(DeferralRule.loweredWords("Network unreachable")).isEqualTo("network unreachable");
        assertThat(DeferralRule.loweredWords("Host not reachable")).isEqualTo("host not reachable");
        // The delivering host and an outbound pace as the sending ones; the server's traffic as its load, not the
        // sender's traffic.
        assertThat(DeferralRule.loweredWords("At most 3 sessions per delivering IP"))
            .isEqualTo("at most 3 sessions per sending ip");
        assertThat(DeferralRule.loweredWords("Please lower your outbound pace"))
            .isEqualTo("please lower your sending pace");
        assertThat(DeferralRule.loweredWords("Server traffic too high")).isEqualTo("server load too high");
        assertThat(DeferralRule.loweredWords("Refused due to high traffic")).isEqualTo("refused due to high load");
        assertThat(DeferralRule.loweredWords("High traffic from your IP")).isEqualTo("high traffic from your ip");
        // Network traffic as traffic, a load too heavy as too high; the receiver's SMTP server as its server, not in a
        // client's words around the reply.
        assertThat(DeferralRule.loweredWords("Too much network traffic")).isEqualTo("too much traffic");
        assertThat(DeferralRule.loweredWords("Server load too heavy")).isEqualTo("server load too high");
        assertThat(DeferralRule.loweredWords("Closing: SMTP server stopping")).isEqualTo("closing: server stopping");
        assertThat(DeferralRule.loweredWords("Cannot connect to the SMTP server"))
            .isEqualTo("cannot connect to the smtp server");
        assertThat(DeferralRule.loweredWords("The SMTP server response was: 4.7.1 Busy"))
            .isEqualTo("the smtp server response was: 4.7.1 busy");
    }

    @Test
    void aMailServerNewMailAMachinesNameAndOtherWordsShouldBeReadAsTheRulesSpellThem() {
        // The receiver's mail server as its server; not one a client could not reach, nor a client's words around the
        // reply.
        assertThat(DeferralRule.loweredWords("Max mail server load reached")).isEqualTo("max server load reached");
        assertThat(DeferralRule.loweredWords("An error occurred on the mail server"))
            .isEqualTo("an error occurred on the server");
        assertThat(DeferralRule.loweredWords("Cannot connect to the mail server")).contains("mail server");
        assertThat(DeferralRule.loweredWords("The mail server response was: 4.7.1 Too many messages"))
            .contains("mail server response");
        // New mail as mail; new connections keep their word (a pace).
        assertThat(DeferralRule.loweredWords("Too many new messages, try again later"))
            .isEqualTo("too many messages, try again later");
        assertThat(DeferralRule.loweredWords("Too many new connections from your IP")).contains("new connections");
        // A machine's name after its noun is read as the noun; not one after a preposition, nor a name that does not
        // resolve.
        assertThat(DeferralRule.loweredWords("Max server mx1.example.net load reached"))
            .isEqualTo("max server load reached");
        assertThat(DeferralRule.loweredWords("Closing: server (mx1.example.net) stopping"))
            .isEqualTo("closing: server stopping");
        assertThat(DeferralRule.loweredWords("Parallel connection count from your server [192.0.2.10] is too high"))
            .isEqualTo("parallel connection count from your server is too high");
        assertThat(DeferralRule.loweredWords("Too many connections from host mx1.example.org"))
            .contains("mx1.example.org");
        assertThat(DeferralRule.loweredWords("Host example.com cannot be resolved, will retry"))
            .contains("example.com");
        // "Temporal" before a failure as temporary, not after a noun (Spanish); heavily loaded as overloaded; mail
        // items as messages; the address the sender sends from as its IP; "connects" keep their word (events: a pace,
        // as the rules read "Too many connects per minute", unless they are at once).
        assertThat(DeferralRule.loweredWords("Temporal failure resolving recipient"))
            .isEqualTo("temporary failure resolving recipient");
        assertThat(DeferralRule.loweredWords("Error temporal en el servidor")).isEqualTo("error temporal en el servidor");
        assertThat(DeferralRule.loweredWords("Too many connects from your IP")).isEqualTo("too many connects from your ip");
        assertThat(DeferralRule.loweredWords("Max concurrent connects per IP reached"))
            .isEqualTo("max concurrent connections per ip reached");
        assertThat(DeferralRule.loweredWords("Server heavily loaded")).isEqualTo("server overloaded");
        assertThat(DeferralRule.loweredWords("Too many mail items queued")).isEqualTo("too many messages queued");
        assertThat(DeferralRule.loweredWords("Too many connections from the IP you are sending from"))
            .isEqualTo("too many connections from your ip");
        // A data store as a database; a resolver's or name server's failure as DNS's, not a name server's bare timeout;
        // a file system's space as the disk's; taking too long as timing out; a backlog that names the place as a queue.
        assertThat(DeferralRule.loweredWords("Too many connections to the data store"))
            .isEqualTo("too many connections to the database");
        assertThat(DeferralRule.loweredWords("Resolver query failed")).isEqualTo("dns query failed");
        assertThat(DeferralRule.loweredWords("Name server lookup failure")).isEqualTo("dns lookup failure");
        assertThat(DeferralRule.loweredWords("Name server timeout")).isEqualTo("name server timeout");
        assertThat(DeferralRule.loweredWords("Out of filesystem space")).isEqualTo("out of disk space");
        assertThat(DeferralRule.loweredWords("Virus scanner took too long")).isEqualTo("virus scanner timed out");
        assertThat(DeferralRule.loweredWords("Too many messages in the local backlog"))
            .isEqualTo("too many messages in the local queue");
        assertThat(DeferralRule.loweredWords("Catching up on a backlog of mail")).contains("backlog");
    }
    @Test
    void anAddresssLocalPartShouldBeNoWordOfTheReply() {
        // A client's sentence around a reply: "busy" is the recipient's name here, not the receiver's state.
        assertThat(DeferralRule.loweredWords("127.0.0.1 refused every recipient, busy@example.com with Try later"))
            .isEqualTo("127.0.0.1 refused every recipient, x@example.com with try later");
        assertThat(DeferralRule.loweredWords("450 <Too_Many.Spam+tag@mail.example.net>: try later"))
            .isEqualTo("450 <x@mail.example.net>: try later");
        // An at sign that is no address's keeps the words around it.
        assertThat(DeferralRule.loweredWords("451 busy @ peak hours, quota@ reached")).isEqualTo("451 busy @ peak hours, quota@ reached");
        DeferralRule busy = new DeferralRule(DeferralKind.SERVER_BUSY, DeferralRule.Field.TEXT, "\\bbusy\\b", "test");
        assertThat(busy.matches(SmtpReply.parse("451 4.7.1 <busy@example.com>: try later"))).isFalse();
        assertThat(busy.matches(SmtpReply.parse("451 4.7.1 <user@example.com>: server busy"))).isTrue();
    }

    /**
     * No repeated group of a default rule has two alternatives that read the same character at the same place: each way
     * would be tried before a match fails, 2^n of them for n such characters. Seven windows read a dot before a digit
     * two ways ("(?:(?:[^.;]|\\.(?=[0-9a-z]))|\\.(?=[0-9])){0,60}?"): 2 KiB of "sessions" and dotted numbers held one
     * rule for 14 minutes (2026-12-06). Each pair of alternatives is tried on every character the rules name or Latin
     * writes, each followed by what their lookarounds read.
     */
    @Test
    void noRepeatedGroupOfARuleShouldReadOneCharacterTwoWays() {
        Set<List<String>> groups = new LinkedHashSet<>();
        Set<Character> characters = new TreeSet<>();
        for (char c = 1; c < 0x250; c++) {
            characters.add(c);
        }
        for (DeferralRule rule : DeferralClassifier.defaults().rules()) {
            if (rule.field() == DeferralRule.Field.TEXT) {
                groups.addAll(RepeatedGroups.of(rule.pattern()));
                rule.pattern().chars().forEach(c -> characters.add((char) c));
            }
        }
        List<String> ambiguous = new ArrayList<>();
        for (List<String> alternatives : groups) {
            RepeatedGroups.ambiguity(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, characters)
                .ifPresent(ambiguous::add);
        }
        assertThat(groups).as("repeated groups of two alternatives or more").hasSizeGreaterThan(40);
        assertThat(ambiguous).isEmpty();
        assertThat(RepeatedGroups.of("x(?:(?:[^.;]|\\.(?=[0-9a-z]))|\\.(?=[0-9])){0,60}?y"))
            .containsExactly(List.of("[^.;]", "\\.(?=[0-9a-z])", "\\.(?=[0-9])"));
        assertThat(RepeatedGroups.ambiguity("x(?:(?:[^.;]|\\.(?=[0-9a-z]))|\\.(?=[0-9])){0,60}?y", Pattern.CASE_INSENSITIVE))
            .hasValue("'\\.(?=[0-9a-z])' and '\\.(?=[0-9])' both read '.' in '.0'");
        assertThat(RepeatedGroups.ambiguity("x(?:[^.;]|\\.(?=[0-9a-z])|(?:;|\\.(?![0-9a-z]))(?=\\s*retry)){0,60}?y",
            Pattern.CASE_INSENSITIVE)).as("alternatives kept apart by what follows").isEmpty();
    }
}
