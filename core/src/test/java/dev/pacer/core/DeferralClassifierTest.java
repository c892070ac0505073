package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeferralClassifierTest {
    static final String TABLE = "deferral-replies.tsv";
    /**
     * Later tables, in the order they were collected: each labelled and measured as collected, with the rules written
     * from the tables before it (the figure in its header: what the rules do on replies they were not written from),
     * then the rules were written from it too.
     */
    static final List<String> LATER = List.of("deferral-replies-b.tsv", "deferral-replies-c.tsv",
        "deferral-replies-d.tsv", "deferral-replies-e.tsv", "deferral-replies-f.tsv", "deferral-replies-g.tsv",
        "deferral-replies-h.tsv", "deferral-replies-i.tsv", "deferral-replies-j.tsv",
        "deferral-replies-k.tsv", "deferral-replies-l.tsv", "deferral-replies-m.tsv",
        "deferral-replies-n.tsv", "deferral-replies-o.tsv", "deferral-replies-p.tsv", "deferral-replies-q.tsv",
        "deferral-replies-r.tsv", "deferral-replies-s.tsv", "deferral-replies-t.tsv",
        "deferral-replies-u.tsv", "deferral-replies-v.tsv", "deferral-replies-w.tsv",
        "deferral-replies-x.tsv", "deferral-replies-y.tsv",
        "deferral-replies-z.tsv", "deferral-replies-aa.tsv",
        "deferral-replies-ab.tsv", "deferral-replies-ac.tsv",
        "deferral-replies-ad.tsv", "deferral-replies-ae.tsv",
        "deferral-replies-af.tsv", "deferral-replies-ag.tsv",
        "deferral-replies-ah.tsv", "deferral-replies-ai.tsv", "deferral-replies-aj.tsv",
        "deferral-replies-ak.tsv", "deferral-replies-al.tsv", "deferral-replies-am.tsv",
        "deferral-replies-an.tsv", "deferral-replies-ao.tsv", "deferral-replies-ap.tsv",
        "deferral-replies-aq.tsv", "deferral-replies-ar.tsv", "deferral-replies-as.tsv",
        "deferral-replies-at.tsv", "deferral-replies-au.tsv", "deferral-replies-av.tsv",
        "deferral-replies-aw.tsv", "deferral-replies-ax.tsv", "deferral-replies-ay.tsv",
        "deferral-replies-az.tsv", "deferral-replies-ba.tsv", "deferral-replies-bb.tsv",
        "deferral-replies-bc.tsv", "deferral-replies-bd.tsv", "deferral-replies-be.tsv",
        "deferral-replies-bf.tsv", "deferral-replies-bg.tsv", "deferral-replies-bh.tsv",
        "deferral-replies-bi.tsv", "deferral-replies-bj.tsv",
        "deferral-replies-bk.tsv", "deferral-replies-bl.tsv", "deferral-replies-bm.tsv", "deferral-replies-bn.tsv",
        "deferral-replies-bo.tsv", "deferral-replies-bp.tsv",
        "deferral-replies-bq.tsv", "deferral-replies-br.tsv",
        "deferral-replies-bs.tsv", "deferral-replies-bt.tsv",
        "deferral-replies-bu.tsv", "deferral-replies-bv.tsv",
        "deferral-replies-bw.tsv", "deferral-replies-bx.tsv",
        "deferral-replies-by.tsv", "deferral-replies-bz.tsv",
        "deferral-replies-ca.tsv", "deferral-replies-cb.tsv", "deferral-replies-cc.tsv",
        "deferral-replies-cd.tsv", "deferral-replies-ce.tsv", "deferral-replies-cf.tsv",
        "deferral-replies-cg.tsv", "deferral-replies-ch.tsv", "deferral-replies-ci.tsv", "deferral-replies-cj.tsv",
        "deferral-replies-ck.tsv", "deferral-replies-cl.tsv", "deferral-replies-cm.tsv",
        "deferral-replies-cn.tsv", "deferral-replies-co.tsv", "deferral-replies-cp.tsv",
        "deferral-replies-cq.tsv", "deferral-replies-cr.tsv", "deferral-replies-cs.tsv", "deferral-replies-ct.tsv",
        "deferral-replies-cu.tsv", "deferral-replies-cv.tsv", "deferral-replies-cw.tsv",
        "deferral-replies-cx.tsv", "deferral-replies-cy.tsv",
        "deferral-replies-cz.tsv", "deferral-replies-da.tsv", "deferral-replies-db.tsv",
        "deferral-replies-dc.tsv", "deferral-replies-dd.tsv", "deferral-replies-de.tsv", "deferral-replies-df.tsv",
        "deferral-replies-dg.tsv", "deferral-replies-dh.tsv",
        "deferral-replies-di.tsv", "deferral-replies-dj.tsv", "deferral-replies-dk.tsv",
        "deferral-replies-dl.tsv", "deferral-replies-dm.tsv", "deferral-replies-dn.tsv",
        "deferral-replies-do.tsv", "deferral-replies-dp.tsv", "deferral-replies-dq.tsv",
        "deferral-replies-dr.tsv", "deferral-replies-ds.tsv", "deferral-replies-dt.tsv",
        "deferral-replies-du.tsv", "deferral-replies-dv.tsv", "deferral-replies-dw.tsv",
        "deferral-replies-dx.tsv", "deferral-replies-dy.tsv", "deferral-replies-dz.tsv",
        "deferral-replies-ea.tsv", "deferral-replies-eb.tsv", "deferral-replies-ec.tsv",
        "deferral-replies-ed.tsv");

    static Stream<Arguments> verbatimReplies() throws IOException {
        return readTable().stream().map(row -> Arguments.of(row[0], row[1], row[2]));
    }

    private static List<String[]> readTable() throws IOException {
        return readTable(TABLE);
    }

    static List<String[]> readTable(String table) throws IOException {
        try (InputStream stream = DeferralClassifierTest.class.getClassLoader().getResourceAsStream(table)) {
            String content = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : content.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                assertThat(columns).as("row '%s' must have kind, reply and source", line).hasSize(3);
                assertThat(columns[2]).as("row '%s' must cite its source", line).isNotBlank();
                rows.add(columns);
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "[{index}] {0} <- {1}")
    @MethodSource("verbatimReplies")
    void classifyShouldRecogniseVerbatimReply(String expectedKind, String reply, String source) {
        Classification classification = DeferralClassifier.defaults().classify(reply);

        assertThat(classification.kind())
            .as("%s (source: %s, rule: %s)", reply, source, classification.rule())
            .isEqualTo(DeferralKind.valueOf(expectedKind));
    }

    @Test
    void tableShouldHoldAtLeast150RepliesAndCoverEveryKind() throws IOException {
        List<String[]> rows = readTable();
        Map<DeferralKind, Integer> perKind = new EnumMap<>(DeferralKind.class);
        rows.forEach(row -> perKind.merge(DeferralKind.valueOf(row[0]), 1, Integer::sum));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(perKind.keySet()).containsExactlyInAnyOrder(DeferralKind.values());
        assertThat(perKind.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10));
    }

    /**
     * Accuracy and per-kind precision and recall of each table, printed for the record. The figures that say
     * something are the measurements as collected, in the tables' headers (0.70, 0.87, 0.86, 0.79, 0.72, 0.79, 0.89;
     * 216 of 273 pooled, 0.79). The assertions hold the floors reached on the tables the rules were written from, and
     * a false connection limit is never acceptable (it shrinks a healthy destination's window).
     */
    @Test
    void everyTableShouldBeClassifiedWithinItsMeasuredFloor() throws IOException {
        Metrics first = Metrics.of(readTable(TABLE));
        System.out.println("first table:            " + first);
        List<Metrics> all = new ArrayList<>(List.of(first));
        int total = first.rows;
        for (String table : LATER) {
            Metrics metrics = Metrics.of(readTable(table));
            System.out.printf("%-23s %s%n", table + ":", metrics);
            assertThat(metrics.accuracy()).as("%s accuracy", table).isGreaterThanOrEqualTo(0.95);
            all.add(metrics);
            total += metrics.rows;
        }

        assertThat(total).as("sourced replies in all tables").isGreaterThanOrEqualTo(400);
        assertThat(first.accuracy()).isEqualTo(1.0);
        for (Metrics metrics : all) {
            assertThat(metrics.precision(DeferralKind.CONNECTION_LIMIT)).as("CONNECTION_LIMIT precision").isEqualTo(1.0);
            assertThat(metrics.recall(DeferralKind.CONNECTION_LIMIT)).as("CONNECTION_LIMIT recall").isEqualTo(1.0);
        }
    }

    /**
     * The floor above lets a table lose a reply it read right (a rule written for a batch once turned Exchange's own
     * "Error communicating with target host" into the receiver's trouble, within its table's floor): every later
     * table's reply the rules read otherwise must be one of these, each read so when this test was written (their
     * rules would have to read a general word against its neighbours' kinds, or the words allow both readings).
     */
    private static final Set<String> KNOWN_MISSES = Set.of(
        "451 4.7.1 IP Reputation Greylisted.",
        "451 4.7.1 <user@example.org>: Recipient address rejected: Intentional policy rejection, please try again later.",
        "451 4.7.0 DMARC check failed, try again later",
        "450 4.4.2 Temporarily rate limited; suspicious behavior",
        "smtp;452 <user@zoho.com> Mailbox delivery restricted by policy error",
        "451 4.7.0 OAuth error, try again later",
        "451 Please try another server",
        "mx0.example.net[192.0.2.5] refused to talk to me: 451-HELO/EHLO must contain a FQDN or IP literal 451 Please see "
            + "RFC 2821 section 4.1.1.1",
        // postfwd's documented sender rate action (the hundred-and-sixth table): "too much" naming neither mail nor a
        // period, which a rule would have to read against the receiver's own "too much" (load, traffic).
        "450 4.7.1 <user@example.net>: Recipient address rejected: too much for external domains",
        // smtpf's PTR lookup error (the hundred-and-thirteenth table): an error and a failure are read alike, and the
        // tables hold "PTR lookup failure" as a judgement of the sender; magma's error "with the recipient", which its
        // words allow as the receiver's trouble (an error encountered) or as naming no cause.
        "421 4.4.3 PTR record lookup error for [192.0.2.1]",
        "451 DATA FAILED - ENCOUNTERED A TEMPORARY ERROR WITH THE RECIPIENT",
        // A deployed Haraka plugin's message read in error from its own stream (the hundred-and-twenty-second table):
        // the words are what a server reading the client's data sends too.
        "450 message read error, retry later");

    @Test
    void laterTablesShouldMissNoReplyButTheirKnownMisses() throws IOException {
        DeferralClassifier classifier = DeferralClassifier.defaults();
        List<String> missed = new ArrayList<>();
        Set<String> stillMissed = new java.util.HashSet<>();
        for (String table : LATER) {
            for (String[] row : readTable(table)) {
                DeferralKind kind = classifier.classify(row[1]).kind();
                if (kind != DeferralKind.valueOf(row[0])) {
                    if (KNOWN_MISSES.contains(row[1])) {
                        stillMissed.add(row[1]);
                    } else {
                        missed.add(String.format("%s: %s read as %s, labelled %s", table, row[1], kind, row[0]));
                    }
                }
            }
        }
        assertThat(missed).as("later tables' replies read otherwise, not known misses").isEmpty();
        // A known miss read right now leaves the list, so that it keeps counting only what the rules still miss.
        assertThat(stillMissed).as("known misses still missed").containsExactlyInAnyOrderElementsOf(KNOWN_MISSES);
    }

    /**
     * The figure that says something: each later table's header records how many of its replies the rules of the
     * tables before it got right, measured as collected, before any rule was written from it ("N of M right"). Every
     * later table must carry one, over all its rows; their sum is what the rules do on replies they were not written
     * from (printed; 492 of 635 when this test was written, short of the 0.95 aimed at).
     */
    @Test
    void everyLaterTableShouldRecordItsMeasureAsCollected() throws IOException {
        java.util.regex.Pattern measured = java.util.regex.Pattern.compile("(\\d+) of (\\d+)\\s+right");
        int right = 0;
        int collected = 0;
        for (String table : LATER) {
            String header = header(table);
            java.util.regex.Matcher matcher = measured.matcher(header);
            assertThat(matcher.find()).as("%s records its measure as collected (\"N of M right\")", table).isTrue();
            int tableRight = Integer.parseInt(matcher.group(1));
            int tableRows = Integer.parseInt(matcher.group(2));
            assertThat(tableRows).as("%s measured over all its rows", table).isEqualTo(readTable(table).size());
            assertThat(tableRight).as("%s right as collected", table).isBetween(0, tableRows);
            right += tableRight;
            collected += tableRows;
        }
        System.out.printf(java.util.Locale.ROOT, "as collected, before any rule was written from them: %d of %d right (%.3f)%n",
            right, collected, right / (double) collected);
        assertThat(collected).isGreaterThanOrEqualTo(400);
    }

    /** A table's (or a written batch's) header comment, its lines joined without their "#". */
    static String header(String table) throws IOException {
        try (InputStream stream = DeferralClassifierTest.class.getClassLoader().getResourceAsStream(table)) {
            StringBuilder header = new StringBuilder();
            for (String line : new String(stream.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) {
                    header.append(line.substring(1).strip()).append(' ');
                }
            }
            return header.toString();
        }
    }

    /** Accuracy and per-kind precision/recall of the default rules on a table. */
    static final class Metrics {
        final int rows;
        final int correct;
        final Map<DeferralKind, int[]> perKind = new EnumMap<>(DeferralKind.class);

        private Metrics(int rows, int correct) {
            this.rows = rows;
            this.correct = correct;
        }

        static Metrics of(List<String[]> table) {
            int correct = 0;
            Map<DeferralKind, int[]> counts = new EnumMap<>(DeferralKind.class);
            for (DeferralKind kind : DeferralKind.values()) {
                counts.put(kind, new int[3]); // true positives, predicted, expected
            }
            for (String[] row : table) {
                DeferralKind expected = DeferralKind.valueOf(row[0]);
                DeferralKind got = DeferralClassifier.defaults().classify(row[1]).kind();
                counts.get(expected)[2]++;
                counts.get(got)[1]++;
                if (got == expected) {
                    correct++;
                    counts.get(got)[0]++;
                }
            }
            Metrics metrics = new Metrics(table.size(), correct);
            metrics.perKind.putAll(counts);
            return metrics;
        }

        double accuracy() {
            return rows == 0 ? 0 : correct / (double) rows;
        }

        double precision(DeferralKind kind) {
            int[] c = perKind.get(kind);
            return c[1] == 0 ? 1.0 : c[0] / (double) c[1];
        }

        double recall(DeferralKind kind) {
            int[] c = perKind.get(kind);
            return c[2] == 0 ? 1.0 : c[0] / (double) c[2];
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%d rows, accuracy %.3f;", rows, accuracy()));
            for (DeferralKind kind : DeferralKind.values()) {
                out.append(String.format(java.util.Locale.ROOT, " %s P=%.2f R=%.2f (n=%d)", kind, precision(kind), recall(kind),
                    perKind.get(kind)[2]));
            }
            return out.toString();
        }
    }

    @Test
    void providersCodesShouldNotBeReadInsideAddresses() {
        // Yahoo's 4.16.5x diagnostic code, read before the connection limits, must not fire on an address.
        assert421("421 4.7.0 mx.example.net Error: too many connections from 194.16.50.2", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from 4.16.55.7", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Message from 192.0.2.10 temporarily deferred - 4.16.50", DeferralKind.REPUTATION);
        assert421("421 HL:ICC 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void connectionLimitsInOtherLanguagesShouldBeConnectionLimits() {
        // Constructed, not collected (no such reply is in the tables): the words of the English rules, as localized
        // servers write them; any letter case, since a reply may open with the phrase.
        assert421("421 4.7.0 Zu viele gleichzeitige Verbindungen von 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Demasiadas conexiones desde su IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Muitas conexões simultâneas do seu IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Troppe connessioni dal tuo indirizzo IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Te veel verbindingen vanaf uw IP-adres", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zbyt wiele jednoczesnych połączeń z adresu 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 СЛИШКОМ МНОГО СОЕДИНЕНИЙ с вашего IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 连接数过多，请稍后再试", DeferralKind.CONNECTION_LIMIT);
        assert421("421 För många anslutningar från din IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 For mange forbindelser fra din IP-adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Liikaa yhteyksiä osoitteesta 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Prea multe conexiuni de la adresa dvs.", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Túl sok kapcsolat erről az IP-címről", DeferralKind.CONNECTION_LIMIT);
        assert421("421 PŘÍLIŠ MNOHO PŘIPOJENÍ", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Çok fazla bağlantı, lütfen daha sonra tekrar deneyin", DeferralKind.CONNECTION_LIMIT);
        assert421("421 同時接続数の上限に達しました", DeferralKind.CONNECTION_LIMIT);
        assert421("421 연결이 너무 많습니다", DeferralKind.CONNECTION_LIMIT);
        // Too many messages is a rate in any of these languages, too many errors neither.
        assert421("421 Zu viele Nachrichten, bitte später erneut versuchen", DeferralKind.RATE_LIMIT);
        assert421("451 Demasiados mensajes desde su IP", DeferralKind.RATE_LIMIT);
        assert421("421 Слишком много писем с вашего IP", DeferralKind.RATE_LIMIT);
        assert421("451 发信频率过快，请稍后再试", DeferralKind.RATE_LIMIT);
        assert421("451 发信数量超限", DeferralKind.RATE_LIMIT);
        assert421("421 连接频率过高，请稍后再试", DeferralKind.RATE_LIMIT);
        assert421("421 Zu viele Fehler, Verbindung wird getrennt", DeferralKind.OTHER_TRANSIENT);
        // A busy server in these languages is the receiver's trouble.
        assert421("421 Server überlastet, bitte später erneut versuchen", DeferralKind.SERVER_BUSY);
        assert421("421 Le serveur est surchargé, réessayez plus tard", DeferralKind.SERVER_BUSY);
        assert421("421 服务器繁忙，请稍后再试", DeferralKind.SERVER_BUSY);
        assert421("421 Servern är överbelastad, försök igen senare", DeferralKind.SERVER_BUSY);
        assert421("421 Sunucu meşgul, lütfen daha sonra tekrar deneyin", DeferralKind.SERVER_BUSY);
        assert421("421 サーバーが混雑しています", DeferralKind.SERVER_BUSY);
        assert421("421 서버가 바쁩니다", DeferralKind.SERVER_BUSY);
        assert421("451 För många meddelanden från din IP", DeferralKind.RATE_LIMIT);
        assert421("451 Příliš mnoho zpráv z vaší adresy", DeferralKind.RATE_LIMIT);
        assert421("451 送信数が多すぎます", DeferralKind.RATE_LIMIT);
        assert421("451 메일이 너무 많습니다", DeferralKind.RATE_LIMIT);
        // A full mailbox in these languages is the mailbox's (La Poste's wording as Sisimai records it).
        assert421("452 4.2.2 Boite du destinataire pleine", DeferralKind.MAILBOX);
        assert421("452 Postfach voll", DeferralKind.MAILBOX);
        assert421("452 收件人邮箱已满", DeferralKind.MAILBOX);
    }

    @Test
    void connectionLimitsInOtherEnglishWordsShouldBeConnectionLimits() {
        // Constructed: counts of sessions at once said without "too many connections".
        assert421("421 4.3.2 Connection count exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Exceeded the allowed number of concurrent connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Number of connections from 192.0.2.1 exceeds limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 IP 192.0.2.1 exceeded max concurrent connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Only 2 simultaneous connections allowed per IP", DeferralKind.CONNECTION_LIMIT);
        // The unit with the sender's address after it ("per IP [192.0.2.1]") is still the unit the limit counts by.
        assert421("421 Limit: 5 connections per IP [192.0.2.1]", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Limit: 100 messages per IP [192.0.2.1] per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Connections from your host are limited to 5 at a time", DeferralKind.CONNECTION_LIMIT);
        // A count per unit of time stays a rate; new connections are a rate of connections.
        assert421("421 Number of connections per hour exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many new connections, retry later", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Too many recipients at a time", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void volumeAndBackEndsInOtherWordsShouldBeRecognised() {
        assert421("451 4.7.0 Delivery rate for 192.0.2.1 exceeded; try again later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 You have exceeded your messaging limits", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Message count exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Temporarily deferred due to high message volume", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Traffic from your IP is temporarily limited", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Deferred: too much traffic from your network", DeferralKind.RATE_LIMIT);
        // Load not tied to the sender is the receiver's.
        assert421("421 Server experiencing high volume, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 Upstream connection failed", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Timeout connecting to backend", DeferralKind.SERVER_BUSY);
        assert421("421 Server not ready", DeferralKind.SERVER_BUSY);
        assert421("421 Too many processes, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 Cannot accept mail at this time", DeferralKind.SERVER_BUSY);
    }

    @Test
    void sendingFrequencyShouldBeARate() {
        assert421("451 Connection frequency limited", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Sending too frequently, please try later", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aBackEndTheReceiverCannotReachShouldBeItsOwnTrouble() {
        assert421("451 4.4.0 Upstream server unreachable", DeferralKind.SERVER_BUSY);
        assert421("421 Backend not responding, try again later", DeferralKind.SERVER_BUSY);
    }

    @Test
    void frontEndsThatCannotReachTheirMailServerShouldBeTheReceiversTrouble() {
        // Constructed: proxies and front ends in front of the mail server, in their usual words.
        assert421("451 4.4.0 Unable to connect to mail server", DeferralKind.SERVER_BUSY);
        assert421("451 Proxy error: could not connect to the mail server", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.2 Connection to the backend lost", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.2 Lost connection with the backend", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.1 Connection dropped due to excessive load", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aReceiverThatCannotProcessOrLookUpShouldBeItsOwnTrouble() {
        // Constructed, no enhanced code to fall back on: the words alone.
        assert421("451 Temporarily unable to process your message", DeferralKind.SERVER_BUSY);
        assert421("450 Sorry, the server cannot process your mail right now", DeferralKind.SERVER_BUSY);
        assert421("421 Try again later, we are currently experiencing problems", DeferralKind.SERVER_BUSY);
        assert421("421 System resources exhausted", DeferralKind.SERVER_BUSY);
        assert421("421 Service temporarily disabled", DeferralKind.SERVER_BUSY);
        assert421("451 DNS query failed", DeferralKind.SERVER_BUSY);
        assert421("451 Failed to lookup user", DeferralKind.SERVER_BUSY);
        assert421("451 qq read error (#4.3.0)", DeferralKind.SERVER_BUSY);
        // Looking up the client is judging the sender; a sender domain that does not exist is not the receiver's.
        assert421("451 Unable to lookup your hostname", DeferralKind.REPUTATION);
        assert421("450 4.1.8 Sender address rejected: Domain not found", DeferralKind.OTHER_TRANSIENT);
        // A session held past the receiver's limit is ours.
        assert421("421 Exceeded allowable connection time, disconnecting", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aSenderJudgedForItsIdentityShouldBeReputationEvenWhenRateLimited() {
        // Gmail's 4.7.2x family says "rate limited" and names the sender's missing PTR or failed checks as the cause.
        assert421("421 4.7.29 Your email has been rate limited because the sending IP address doesn't have a PTR record",
            DeferralKind.REPUTATION);
        assert421("421 4.7.0 This message does not have authentication information or fails to pass authentication checks",
            DeferralKind.REPUTATION);
        assert421("451 4.7.1 Temporarily deferred due to unexpected volume", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Deferred due to excessive connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Excessive connections per minute from your IP", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theReceiversOwnFiltersAndLookupsFailingShouldBeItsTroubleWhateverTheyChecked() {
        // The seventeenth table's misses, in other words than its rows.
        assert421("451 4.3.0 Temporary SPF DNS lookup failure", DeferralKind.SERVER_BUSY);
        assert421("451 Spam filter scan failed, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 The mail server was temporarily unavailable", DeferralKind.SERVER_BUSY);
        // Whereas a sender the receiver judges stays reputation.
        assert421("450 4.7.1 Too many messages from an untrusted IP", DeferralKind.REPUTATION);
        assert421("450 Connection denied: botnet member", DeferralKind.REPUTATION);
        assert421("451 DNSBL temporary failure", DeferralKind.REPUTATION);
        // A relay's limit on requests from the sender is a rate; a limit of recipients per message is the transaction's.
        assert421("451 You have reached the limit for processing requests from your host", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Exceeded the limit of recipients per message", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void restartsCapacityAndItsStoreOutOfReachShouldBeTheReceiversTrouble() {
        assert421("421 Server is currently not accepting connections", DeferralKind.SERVER_BUSY);
        assert421("421 Mail server is restarting", DeferralKind.SERVER_BUSY);
        assert421("421 Service is temporarily suspended", DeferralKind.SERVER_BUSY);
        assert421("421 Server at capacity, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Error accessing the mail store", DeferralKind.SERVER_BUSY);
        assert421("451 Could not open spool file", DeferralKind.SERVER_BUSY);
        // Not accepting mail from the sender names no trouble of the receiver's: it turns the sender away (Microsoft's
        // "not currently accepting mail from your IP" is a block).
        assert421("421 Server not accepting mail from your IP", DeferralKind.REPUTATION);
    }

    @Test
    void limitsForThisHourOrTodayAndAHighRateShouldBeRates() {
        assert421("451 Limit exceeded for this hour, try again later", DeferralKind.RATE_LIMIT);
        assert421("421 You have exceeded the message limit for today", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Temporarily deferred due to high rate", DeferralKind.RATE_LIMIT);
        // An unusual rate of unsolicited mail judges the sender.
        assert421("421 4.7.0 Unusual rate of unsolicited mail from your IP", DeferralKind.REPUTATION);
    }

    @Test
    void ratesAndTheReceiversTroubleInPlainerWordsShouldBeRecognised() {
        // Constructed, no enhanced code: the words alone decide.
        assert421("421 You are sending messages faster than allowed", DeferralKind.RATE_LIMIT);
        assert421("451 Temporarily refused: sender exceeded message allowance", DeferralKind.RATE_LIMIT);
        assert421("421 Too many deliveries from your server, try later", DeferralKind.RATE_LIMIT);
        assert421("421 Rate of incoming mail from your server too high", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Message frequency too high", DeferralKind.RATE_LIMIT);
        assert421("421 Mail from your IP is being deferred due to volume", DeferralKind.RATE_LIMIT);
        assert421("451 Request limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Quota of outgoing messages exceeded", DeferralKind.RATE_LIMIT);
        // Neighbours: a mailbox's quota, the receiver's own load.
        assert421("452 4.2.2 Quota of the mailbox exceeded", DeferralKind.MAILBOX);
        assert421("421 Server busy due to high volume, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Please reduce your sending speed", DeferralKind.RATE_LIMIT);
        assert421("451 Server too heavily loaded", DeferralKind.SERVER_BUSY);
        assert421("421 System is temporarily unavailable due to maintenance", DeferralKind.SERVER_BUSY);
        assert421("421 The server encountered an error, please retry", DeferralKind.SERVER_BUSY);
        assert421("451 Processing error, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 Cluster node unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 Could not deliver to local mailbox store, try later", DeferralKind.SERVER_BUSY);
        // The receiver's anti-spam system failing is its trouble; a sender judged by it is not.
        assert421("451 Anti-spam system temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 Message looks like spam, try later", DeferralKind.REPUTATION);
    }

    @Test
    void sessionsTheSenderAlreadyHoldsShouldBeConnectionLimits() {
        // Constructed: counts of sessions at once in still other words.
        assert421("421 Connection rejected: already 10 connections from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 You already have a connection open", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your IP is already connected too many times", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Only one connection per IP allowed", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection count from your IP exceeds the limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Too many concurrent deliveries from your IP", DeferralKind.CONNECTION_LIMIT);
        // Per unit of time they are rates; new connections are a rate; "already" alone is not a count of sessions.
        assert421("421 Only one connection per minute allowed", DeferralKind.RATE_LIMIT);
        assert421("421 Session limit per hour exceeded", DeferralKind.RATE_LIMIT);
        assert421("450 New connections limit reached", DeferralKind.RATE_LIMIT);
        assert421("421 You are already listed in our blocklist", DeferralKind.REPUTATION);
    }

    @Test
    void aMailboxOverItsAllocationInOtherWordsShouldBeTheMailboxs() {
        assert421("452 Requested mail action aborted: exceeded storage allocation", DeferralKind.MAILBOX);
        assert421("450 User mailbox exceeds allowed size", DeferralKind.MAILBOX);
        assert421("452 Insufficient mailbox storage for user", DeferralKind.MAILBOX);
        assert421("450 The user's inbox is full", DeferralKind.MAILBOX);
        assert421("450 Recipient address temporarily unavailable", DeferralKind.MAILBOX);
        assert421("451 Mailbox is being migrated, try later", DeferralKind.MAILBOX);
        // The receiver's own storage stays its trouble.
        assert421("452 Insufficient system storage", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aSenderJudgedInOtherWordsShouldBeReputation() {
        // Constructed: the sender's standing without the words reputation, spam or block list.
        assert421("421 4.7.0 Your IP address has a poor sending history", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Temporarily deferred: SenderScore too low", DeferralKind.REPUTATION);
        assert421("451 IP temporarily banned due to abuse", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Your IP has been temporarily suspended due to user reports", DeferralKind.REPUTATION);
        assert421("451 Temporarily rejected: your IP is on our watch list", DeferralKind.REPUTATION);
        assert421("450 Message deferred: content flagged as bulk", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Message quarantined for review, retry later", DeferralKind.REPUTATION);
        assert421("451 Your message looks like phishing", DeferralKind.REPUTATION);
        assert421("450 4.7.0 Sender not trusted yet, try later", DeferralKind.REPUTATION);
        assert421("421 Access from your network is restricted", DeferralKind.REPUTATION);
        // A contact address is not a judgement; a named cause read earlier wins.
        assert421("451 Temporary local problem, write to abuse@example.net", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections from your IP, see our abuse policy", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversOwnChecksTimingOutAndOurOverlongLinesShouldBeReadAsSuch() {
        // The eighteenth table's misses, in other words than its rows.
        assert421("451 4.7.1 DKIM verification temporary failure", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Policy service timeout", DeferralKind.SERVER_BUSY);
        assert421("451 Upstream delivery error, try later", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.0 Line too long, closing connection", DeferralKind.OTHER_TRANSIENT);
        // A failed check of the sender stays the sender's.
        assert421("451 4.7.1 SPF check failed", DeferralKind.REPUTATION);
        // The twentieth table's misses, in other words: the receiver failing to save or to run what it was given.
        assert421("451 Message not saved, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 Problem trying to process your request, please try later", DeferralKind.SERVER_BUSY);
        // The twenty-first table's misses, in other words.
        assert421("451 Message filter temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 malloc() failure, try later", DeferralKind.SERVER_BUSY);
        assert421("450 Recipient address is temporarily unavailable", DeferralKind.MAILBOX);
        assert421("450 Sender address temporarily unavailable", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Your address is not allowlisted here", DeferralKind.REPUTATION);
        // The twenty-second table's misses, in other words; a TLS failure stays our session's.
        assert421("451 4.3.0 Unexpected error while handling your message", DeferralKind.SERVER_BUSY);
        assert421("451 PGP signing failed, retry later", DeferralKind.SERVER_BUSY);
        assert421("454 4.7.0 TLS encryption failed", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Mailbox error, try again later", DeferralKind.MAILBOX);
        // The twenty-third table's misses, in other words.
        assert421("451 Communication with the queue server failed", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.1 Connection to backend refused, try later", DeferralKind.SERVER_BUSY);
        // The twenty-fourth table's misses, in other words.
        assert421("451 Failure contacting the spam filter", DeferralKind.SERVER_BUSY);
        assert421("451 Timeout calling content filter, try later", DeferralKind.SERVER_BUSY);
        // The twenty-fifth table's misses, in other words (constructed): a filter's processing error whatever the
        // file names after it, a mailbox that may be full; the sender's own spam stays the sender's.
        assert421("451 Local error in processing: could not write /var/spool/spam/queue", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Temporarily unable to quarantine message", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Message looks like spam, try again later", DeferralKind.REPUTATION);
        assert421("450 4.2.1 Mailbox may be full or disabled", DeferralKind.MAILBOX);
        assert421("450 4.1.1 Mailbox might be unknown here", DeferralKind.OTHER_TRANSIENT);
        // AOL's code for dynamic IP space, in whatever reply; the same letters in running text are no code.
        assert421("421 4.7.1 : (DYN:T2) see the postmaster site", DeferralKind.REPUTATION);
        assert421("421 4.7.1 dyn:t1 please try later", DeferralKind.OTHER_TRANSIENT);
        // The twenty-sixth table's misses, in other words (constructed): a count the receiver calls rate-controlled,
        // a sender out of credits, connections refused for the sender's address; a bare refusal names no sender.
        assert421("421 4.7.0 Too many connections, rate-controlled, try again later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many concurrent connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Sending credits exhausted for this account", DeferralKind.RATE_LIMIT);
        assert421("451 Insufficient credits, try later", DeferralKind.RATE_LIMIT);
        assert421("421 Connections from your IP are refused, try later", DeferralKind.REPUTATION);
        assert421("421 mx.example.net connection refused from 192.0.2.9", DeferralKind.REPUTATION);
        assert421("421 Connection refused, try again later", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Server busy, connection refused from 192.0.2.9", DeferralKind.SERVER_BUSY);
        // Commands sent before authenticating are our session's; unauthenticated mail is judged.
        assert421("421 Error: too many unauthenticated commands", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.26 This mail has been rate limited because it is unauthenticated", DeferralKind.REPUTATION);
    }

    @Test
    void countsOverAShortSpanAndOutboundQuotasShouldBeRates() {
        assert421("450 4.7.1 Too many connections in a short time", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Rate of connections exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.0 Outbound quota exceeded", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Message deferred: sender volume too high", DeferralKind.RATE_LIMIT);
        // The recipients of one message are the transaction's limit, not a pace.
        assert421("452 4.5.3 Too many recipients in this message", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.5.3 Too many recipients per message", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.7.1 Too many recipients per hour", DeferralKind.RATE_LIMIT);
    }

    /** Wording variants written as probes (constructed, not collected), each beside its neighbour that must not move. */
    @Test
    void probedWordingVariantsShouldReadAsTheirKind() {
        assert421("421 Your IP already has the maximum allowed number of connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Maximum allowed number of connections per hour reached", DeferralKind.RATE_LIMIT);
        assert421("452 Insufficient storage for user, try later", DeferralKind.MAILBOX);
        assert421("452 4.3.1 Insufficient system storage", DeferralKind.SERVER_BUSY);
        assert421("421 Server busy, too many messages in queue", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many messages from your IP, try later", DeferralKind.RATE_LIMIT);
        assert421("451 4.4.0 DNS resolving error", DeferralKind.SERVER_BUSY);
        assert421("452 Too many recipients received this hour", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Too many recipients per message", DeferralKind.OTHER_TRANSIENT);
        // The thirtieth table's miss, in other words (constructed): a word between the back end and its error.
        assert421("451 4.3.0 LDAP temporary failure, try again", DeferralKind.SERVER_BUSY);
        assert421("450 Directory access error while checking recipient", DeferralKind.SERVER_BUSY);
        // The thirty-first table's miss, in other words (constructed): a count over a number of minutes is a rate, the
        // connections of one at a time are not.
        assert421("421 4.7.0 Too many connections per 10 minutes from your IP", DeferralKind.RATE_LIMIT);
        assert421("450 Sending limit: 100 messages per 2 hours", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connections from your IP (limit 5)", DeferralKind.CONNECTION_LIMIT);
        // The thirty-second table's miss, in other words (constructed): the sender's account, not the recipient's.
        assert421("451 4.7.1 Sender account is temporarily disabled", DeferralKind.REPUTATION);
        assert421("450 4.2.1 Recipient account is temporarily suspended", DeferralKind.MAILBOX);
        // The thirty-third table's misses, in other words (constructed): a recipient's quota however worded (a sender's
        // quota stays a rate), the receiver's DNS or directory out of reach (a destination's name server failing stays
        // ours), a relay unable to reach the destination's daemon, a TCP error of our session (a spool write error
        // stays the receiver's).
        assert421("452 4.2.2 User quota limit has been exceeded", DeferralKind.MAILBOX);
        assert421("452 Recipient has exceeded the allowed disk quota", DeferralKind.MAILBOX);
        assert421("452 Inbox space is not enough for this message", DeferralKind.MAILBOX);
        assert421("451 4.7.0 Daily sending quota exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 DNS service not available, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Timeout querying the LDAP server", DeferralKind.SERVER_BUSY);
        assert421("451 example.net: Name server timeout", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Unable to contact the destination mail server", DeferralKind.SERVER_BUSY);
        assert421("421 Could not reach the final delivery host", DeferralKind.SERVER_BUSY);
        assert421("420 Socket write error", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Spool write error", DeferralKind.SERVER_BUSY);
        // The thirty-fourth table's miss, in other words (constructed): the receiver's own filters stopped; a mailbox
        // that is busy stays the mailbox's.
        assert421("451 4.2.0 Execution of user scripts aborted, try again", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Delivery aborted due to a temporary error", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.0 Mailbox busy, delivery aborted", DeferralKind.MAILBOX);
        // The thirty-fifth table's miss, in other words (constructed): the receiver's address verification in trouble;
        // the sender's own authentication failing stays the sender's.
        assert421("450 4.1.7 <user@example.com>: Sender address rejected: address verification problem", DeferralKind.SERVER_BUSY);
        assert421("451 Recipient verification error, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 DKIM verification failed", DeferralKind.REPUTATION);
        // The thirty-sixth table's misses, in other words (constructed): a daemon stopping on a signal, an authenticator
        // or router that cannot answer now; a sender that cannot authenticate (its credentials) names no such trouble,
        // nor does an address the receiver could not verify (the tables' label).
        assert421("421 4.3.2 SIGHUP received, restarting", DeferralKind.SERVER_BUSY);
        assert421("454 4.7.0 Unable to authenticate at this time", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Could not route <user@example.com> right now", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Unable to verify address at this time.", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 Client was not authenticated", DeferralKind.REPUTATION);
        // The thirty-seventh table's misses, in other words (constructed): hosts listed in the MX are no block list's
        // listing, a count quota of the sender's messages is a rate (a mailbox's quota stays the mailbox's).
        assert421("451 4.4.1 None of the hosts listed in the MX answered", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.1 Your IP is listed in Spamhaus", DeferralKind.REPUTATION);
        assert421("452 Mail count quota reached for this account", DeferralKind.RATE_LIMIT);
        assert421("452 4.2.2 Mailbox quota exceeded", DeferralKind.MAILBOX);
        // The thirty-eighth table's misses, in other words (constructed): a sender reconnecting too soon, the receiver's
        // own lookup in trouble, a temporary error storing the message; a failed SPF check stays the sender's.
        assert421("451 4.7.1 You reconnected too soon, please wait", DeferralKind.RATE_LIMIT);
        assert421("451 4.4.3 Error during DNS lookup, try again", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 SPF check failed", DeferralKind.REPUTATION);
        assert421("451 Temporary failure storing message, try later", DeferralKind.SERVER_BUSY);
        // The thirty-ninth table's misses, in other words (constructed): a proxy or relay the receiver cannot reach; a
        // proxy's security failure stays no trouble of its load.
        assert421("421 4.4.0 Could not reach the relay host, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Connection to the proxy was reset", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Upstream proxy failure", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Proxy session failed: security token invalid", DeferralKind.OTHER_TRANSIENT);
        // The fortieth table's miss, in other words (constructed): the receiver's own DMARC or SPF check ending in a
        // temporary error; an SPF check that failed stays the sender's.
        assert421("451 4.7.1 DMARC evaluation failed with a temporary error", DeferralKind.SERVER_BUSY);
        assert421("451 Temporary error during SPF evaluation", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.23 SPF authentication failed", DeferralKind.REPUTATION);
        // The forty-fourth table's miss, in other words (constructed).
        assert421("451 4.7.1 Temporary failure encountered during DKIM verification", DeferralKind.SERVER_BUSY);
        // The forty-first table's misses, in other words (constructed): the receiver's own DKIM check's temporary
        // error, a message's size whatever the code, its workers busy; a mailbox's size stays the mailbox's.
        assert421("451 4.7.20 Temporary DKIM verification error", DeferralKind.SERVER_BUSY);
        assert421("452 4.3.1 Message size exceeds the limit for this server", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Mailbox size exceeded", DeferralKind.MAILBOX);
        assert421("421 4.3.2 No available worker threads, try again", DeferralKind.SERVER_BUSY);
        assert421("421 Worker process not ready", DeferralKind.SERVER_BUSY);
        // Client libraries probed (constructed in their formats): PHPMailer's own failure to connect is our connection,
        // a receiver unable to reach its mail server stays its trouble; a code named in a library's sentence is read.
        assert421("SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_client(): unable to connect", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Unable to connect to the destination mail server", DeferralKind.SERVER_BUSY);
        assert421("Failed to send: SMTP error code 421: 4.7.0 Too many concurrent connections", DeferralKind.CONNECTION_LIMIT);
        assert421("Status: 4.7.0 Diagnostic-Code: smtp; 421 Too many connections", DeferralKind.CONNECTION_LIMIT);
        // greylistd's Exim message (the forty-second table's misses, in other words): greylisting without the word; a
        // sender not authorized at all names no greylisting.
        assert421("451 4.7.1 192.0.2.9 is not yet authorised to deliver mail here. Please try later.", DeferralKind.GREYLIST);
        assert421("454 4.7.1 You are not authorized to send mail, authentication is required", DeferralKind.OTHER_TRANSIENT);
        // The issue's families probed again (constructed, 29 of 30 right): a volume limit is a rate; a mailbox's size
        // limit stays the mailbox's.
        assert421("421 4.7.0 Volume limit exceeded for your IP", DeferralKind.RATE_LIMIT);
        // Sophos Email's "Mail flood detected" (5xx there; probed as 4xx): a flood of the sender's mail is a rate.
        assert421("451 4.7.28 Mail flood detected", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Flooding detected from your IP", DeferralKind.RATE_LIMIT);
        assert421("452 4.2.2 Mailbox size limit exceeded", DeferralKind.MAILBOX);
        // Wording a bounce classifier (Sisimai) indexes from real servers, written as probes (constructed): the sending
        // IP or host turned away, reverse DNS in other words, a mailbox holding too many messages. Each beside a
        // neighbour that must not move.
        assert421("450 4.7.1 Bad sender IP address", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Extreme bad IP profile", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Sender IP address rejected", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Host network not allowed", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Not currently accepting mail from your IP", DeferralKind.REPUTATION);
        assert421("421 4.3.2 Not accepting connections at the moment", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 You are not allowed to connect", DeferralKind.REPUTATION);
        assert421("450 4.7.1 We do not accept mail from hosts with dynamic IP or generic dns PTR-records", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Sender IP reverse lookup rejected", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Unresolvable relay host name", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Too many unwanted messages have been sent from the following IP address above", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Too many messages from your IP address", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connections from your IP address", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Go away", DeferralKind.REPUTATION);
        assert421("452 4.2.2 User has too many messages on the server", DeferralKind.MAILBOX);
        assert421("452 Mailbox would exceed maximum allowed storage", DeferralKind.MAILBOX);
        assert421("452 4.3.1 Too many messages in queue", DeferralKind.SERVER_BUSY);
        // Providers' documented wording (Mimecast's error table, as Sisimai quotes it), probed: a receiver unable to
        // process an email is its trouble; a connection it will not process names no cause (the tables' label).
        assert421("451 Unable to process an email at this time", DeferralKind.SERVER_BUSY);
        assert421("421 Unable to process connection at this time", DeferralKind.OTHER_TRANSIENT);
        // NetEase's documented codes (its bounce-code tables), whatever the words: many letters in a short time, an IP
        // or sender not on its allowed list; the same letters in lower case are no code.
        assert421("451 HL:IFQ 192.0.2.1 try again later", DeferralKind.RATE_LIMIT);
        assert421("450 RP:TRC example.net", DeferralKind.RATE_LIMIT);
        assert421("450 WM:BLI 192.0.2.1", DeferralKind.REPUTATION);
        assert421("450 MI:SPB sender@example.net", DeferralKind.REPUTATION);
        assert421("450 wm:bli please retry", DeferralKind.OTHER_TRANSIENT);
        // Vade Secure / OX's reason codes (its error-code pages), whatever the words ("Connection deferred" names none).
        assert421("421 4.2.1 Connection deferred - OXSUS0001_110", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.2.1 Connection deferred - OXSEU001_139", DeferralKind.RATE_LIMIT);
        assert421("421 4.2.1 Connection deferred - OXSUS0001_130", DeferralKind.REPUTATION);
        assert421("421 4.2.1 Connection deferred - OXSUS0001_103", DeferralKind.SERVER_BUSY);
        assert421("421 Connection deferred - ticket 0001_110", DeferralKind.OTHER_TRANSIENT);
        // Spectrum / Charter's AUP codes (its error-code page), whatever the words; Cox's AUP# letters stay Cox's.
        assert421("421 Your email was deferred. AUP#I-1310", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your email was deferred. AUP#I-1380", DeferralKind.RATE_LIMIT);
        assert421("421 Your email was deferred. AUP#O-1540", DeferralKind.RATE_LIMIT);
        assert421("421 Try again later. AUP#I-1090", DeferralKind.SERVER_BUSY);
        assert421("421 Try again later. AUP#I-1210", DeferralKind.REPUTATION);
        assert421("421 cmsmtp blocked. AUP#CXCNCT", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Try again later, ref 1310", DeferralKind.OTHER_TRANSIENT);
        // Sophos Email's codes (its error-code page), whatever the words; the same digits without the prefix are none.
        assert421("451 4.7.1 Message deferred XGEMAIL_0014", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Message deferred XGEMAIL_0004", DeferralKind.REPUTATION);
        assert421("451 Message deferred, ticket 0014", DeferralKind.OTHER_TRANSIENT);
        // qmail's log form (constructed): the code and the words read through the underscores.
        assert421("Connected_to_192.0.2.1_but_greeting_failed./Remote_host_said:_421_Too_many_concurrent_connections_from_your_IP/",
            DeferralKind.CONNECTION_LIMIT);
        assert421("192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.7.1_Too_many_connections/Giving_up_on_192.0.2.1./",
            DeferralKind.PERMANENT);
        // Its slashes are line ends: a program's identifier before one, a terse reply before "/Giving up on …", are read
        // as they are alone (both read as no kind while the slash stayed); a state's name keeps its meaning with its
        // underscore read as a space (read as a connection limit).
        assert421("Connected_to_192.0.2.1_but_greeting_failed./Remote_host_said:_421_4.7.0_TooManyConcurrentConnections/",
            DeferralKind.CONNECTION_LIMIT);
        assert421("192.0.2.1_does_not_like_recipient./Remote_host_said:_451_Not_Authorized/Giving_up_on_192.0.2.1./",
            DeferralKind.REPUTATION);
        assert421("Connected_to_192.0.2.1_but_greeting_failed./Remote_host_said:_421_4.3.2_Too_many_connections_in_SYN_RECV"
            + "_state,_server_overloaded/", DeferralKind.SERVER_BUSY);
    }

    /**
     * A false connection limit shrinks a healthy destination's window: connection words that count over a span, count
     * failures, or name the receiver's own back end must not read as one (probes, constructed; a back end's "Too many
     * connections" is MySQL's error 1040 passed on). Each beside a connection limit that must stay one.
     */
    @Test
    void connectionWordsThatAreNoCountOfOurSessionsShouldNotBeConnectionLimits() {
        assert421("450 4.7.1 Too many connections have been made from your IP recently", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connection limit exceeded for today", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connections received from your network in the past hour", DeferralKind.RATE_LIMIT);
        assert421("421 Too many failed connections, try later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many reconnections", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Connection frequency too high", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Too many connections to the database, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many open connections to backend servers", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Could not connect to database: too many connections", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many connections open from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connection limit reached for 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many SMTP connections from your IP, try again later today", DeferralKind.CONNECTION_LIMIT);
    }

    /**
     * The general rule for the receiver's own part failing (constructed wording no specific rule has): a component of
     * its within a few words of a failure; never when the words name our session, TLS, authentication, the sender or a
     * destination's name server.
     */
    @Test
    void theReceiversOwnPartFailingInAnyWordsShouldBeItsTrouble() {
        assert421("451 Archive service unavailable, message deferred", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Journaling agent crashed, retry later", DeferralKind.SERVER_BUSY);
        assert421("421 Our storage cluster is down for a moment", DeferralKind.SERVER_BUSY);
        assert421("451 Failure in the indexing daemon", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.2 Connection to peer timed out", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 TLS service unavailable", DeferralKind.OTHER_TRANSIENT);
        assert421("451 example.net: Name server timeout", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 Authentication service error for sender", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.4.2 mx.example.net Service closing transmission channel after timeout exceeded", DeferralKind.OTHER_TRANSIENT);
        assert421("Technical details of temporary failure: The recipient server did not accept our requests to connect.",
            DeferralKind.OTHER_TRANSIENT);
        // More failure words (constructed): unreachable, full, offline; an unexpected condition; maintenance mode.
        assert421("451 Backend temporarily unreachable", DeferralKind.SERVER_BUSY);
        assert421("451 Spool directory full", DeferralKind.SERVER_BUSY);
        assert421("451 Please try again, an unexpected condition occurred", DeferralKind.SERVER_BUSY);
        assert421("421 Service is in maintenance mode", DeferralKind.SERVER_BUSY);
        // The sender's own server is not the receiver's; a full mailbox stays the mailbox's.
        assert421("451 4.7.1 Your server is unreachable for callback verification", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Mailbox full", DeferralKind.MAILBOX);
    }

    /** The forty-sixth table's misses, in other words too, beside neighbours that must not move. */
    @Test
    void aDailyCountScanningRelaysAndRedundancyShouldBeReadAsSuch() {
        assert421("450 4.7.1 too many new recipients today; retry tomorrow", DeferralKind.RATE_LIMIT);
        assert421("451 You have sent too many messages today", DeferralKind.RATE_LIMIT);
        assert421("452 Too many recipients, try again later today", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.0 Temporary scanning failure; please retry later", DeferralKind.SERVER_BUSY);
        assert421("451 virus scanning timed out", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 relay to sink failed", DeferralKind.SERVER_BUSY);
        assert421("451 upstream relay error, try later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Message failed to be made redundant.", DeferralKind.SERVER_BUSY);
        assert421("451 mail could not be queued", DeferralKind.SERVER_BUSY);
        // Neighbours: relaying refused is no failure of a part (access denied, as before); our own connection to a
        // relay stays ours.
        assert421("454 4.7.1 Relay access denied", DeferralKind.REPUTATION);
        assert421("451 4.4.1 connect to relay.example.net[192.0.2.1]:25: Connection timed out", DeferralKind.OTHER_TRANSIENT);
    }

    /**
     * Connection limits as hand-written servers word them: misspelt, non-native, abbreviated (constructed cases; the
     * classifier's recall on connection limits is what the window depends on).
     */
    @Test
    void connectionLimitsMisspeltOrAbbreviatedShouldStillBeConnectionLimits() {
        assert421("421 To many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too much connections from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 too many connexions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many concurrent connects", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connection from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 max. connections reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Max.connections per IP reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Exceeded maximum connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 You have reached the maximum allowed connections", DeferralKind.CONNECTION_LIMIT);
        // Neighbours that must not move: attempts and counts per time are rates, the receiver's back end its own.
        assert421("421 Exceeded the maximum connections per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connects", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connection attempts from 192.0.2.10", DeferralKind.RATE_LIMIT);
        assert421("451 server has too much connections to the database", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections to the relay host", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections to this server", DeferralKind.CONNECTION_LIMIT);
    }

    /** The forty-ninth table's miss: the sending address denied, written with itself in brackets. */
    @Test
    void theSendingAddressDeniedShouldBeReputationWithOrWithoutItselfInBrackets() {
        assert421("421 sorry, your IP (192.0.2.1) is temporarily denied (#4.7.1)", DeferralKind.REPUTATION);
        assert421("421 your IP [192.0.2.1] has been blocked", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Client host (192.0.2.1) is blocked", DeferralKind.REPUTATION);
        // Neighbour: a permission the words tie to no sender stays unknown.
        assert421("421 Permission denied", DeferralKind.OTHER_TRANSIENT);
    }

    /** Greylisting daemons by name, a full inbox and a mailbox's size limit, the sender flagged (constructed cases). */
    @Test
    void greylistDaemonsFullInboxesAndAFlaggedSenderShouldBeReadAsSuch() {
        assert421("450 4.7.1 Delayed by postgrey", DeferralKind.GREYLIST);
        assert421("450 Recipient's inbox is temporarily full", DeferralKind.MAILBOX);
        assert421("452 Mailbox size limit exceeded", DeferralKind.MAILBOX);
        assert421("451 4.7.1 Unusual activity detected from your IP, try later", DeferralKind.REPUTATION);
        assert421("451 Your mail server has been flagged, try again in an hour", DeferralKind.REPUTATION);
        // Neighbours: the receiver's own parts flagged or behaving abnormally are not the sender's.
        assertNot421("450 Server is flagged for maintenance", DeferralKind.REPUTATION);
        assertNot421("451 Abnormal behavior of the queue daemon", DeferralKind.REPUTATION);
    }

    /** The receiver unable to take mail now, out of workers or behind on a backlog (constructed cases). */
    @Test
    void aReceiverOutOfWorkersOrBehindOnABacklogShouldBeBusy() {
        assert421("451 Temporarily unable to accept mail", DeferralKind.SERVER_BUSY);
        assert421("421 No worker available, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Try again in a few minutes, we are processing a backlog", DeferralKind.SERVER_BUSY);
        // Neighbours: "from your IP" or "for this mailbox" names someone else than the receiver's state.
        assertNot421("451 4.7.1 Temporarily unable to accept mail from your IP", DeferralKind.SERVER_BUSY);
        assertNot421("451 Temporarily unable to accept mail for this mailbox", DeferralKind.SERVER_BUSY);
    }

    /** The forty-seventh table's miss: the receiver's authenticator out of reach is its trouble, not our credentials. */
    @Test
    void aConnectionLostToTheReceiversBackEndShouldBeItsTroubleHoweverWorded() {
        assert421("Invalid login: 454 4.7.0 Temporary authentication failure: Connection lost to authentication server",
            DeferralKind.SERVER_BUSY);
        assert421("451 connection to the database was lost", DeferralKind.SERVER_BUSY);
        assert421("451 Connection timed out to directory server", DeferralKind.SERVER_BUSY);
        assert421("451 lost connection to auth service", DeferralKind.SERVER_BUSY);
        // Neighbours: our credentials or our own connection stay ours.
        assert421("454 4.7.0 Temporary authentication failure", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.4.2 Connection lost to mx.example.net", DeferralKind.OTHER_TRANSIENT);
    }

    /**
     * Words inside a host name or a queue id are not the reply's words: the general rule must not read "relay1.proxy"
     * or "(queue id …)" after an error as the receiver's part failing (found by quoting every table row with real host
     * names and ids appended: 16 rows moved before).
     */
    @Test
    void hostNamesAndQueueIdsShouldNotBeReadAsTheReceiversParts() {
        assert421("451 4.4.1 reply: read error from relay1.proxy.example.net.", DeferralKind.OTHER_TRANSIENT);
        assert421("451 server.example.net Error: message not accepted", DeferralKind.OTHER_TRANSIENT);
        assert421("420 TCP Read Error (queue id 4XyZ1Lk2m3zN5p)", DeferralKind.OTHER_TRANSIENT);
        assert421("452 Error: too many recipients (queue-id 4XyZ1Lk2m3zN5p)", DeferralKind.OTHER_TRANSIENT);
        // Neighbours that must not move: the same words as words, the queue itself failing.
        assert421("451 read error from the proxy", DeferralKind.SERVER_BUSY);
        assert421("451 queue error, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Server error. Try again later", DeferralKind.SERVER_BUSY);
    }

    /** The sending address may be an IPv6 one, written as Postfix and Exim write it ("[IPv6:2001:db8::1]"). */
    @Test
    void aConnectionRefusedFromAnIpv6AddressShouldBeLikeOneFromAnIpv4Address() {
        assert421("421 mx.example.net connection refused from [192.0.2.10]", DeferralKind.REPUTATION);
        assert421("421 mx.example.net connection refused from [IPv6:2001:db8::10]", DeferralKind.REPUTATION);
        assert421("421 mx.example.net connection refused from 2001:db8::10", DeferralKind.REPUTATION);
        assert421("421 connections from [IPv6:2001:db8::10] are refused", DeferralKind.REPUTATION);
    }

    /**
     * A hostile receiver's longest reply text (2 KiB after parsing) built from the rules' own words, repeated so that
     * every rule's alternations and windows are tried at every position: classifying it stays far from pathological
     * (a few milliseconds on this project's VM; the bound only catches catastrophic backtracking).
     */
    @Test
    void classifyShouldStayBoundedOnRepeatedRuleWords() {
        List<String> hostile = List.of("error down ", "server ", "database - - - ", "too many ", "a ", "connections ",
            "service not ", "mailbox ", "quota ", "rate ");
        DeferralClassifier classifier = DeferralClassifier.defaults();
        for (String unit : hostile) {
            String reply = "451 " + unit.repeat(4096 / unit.length());
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
                for (int i = 0; i < 20; i++) {
                    classifier.classify(reply);
                }
            }, unit);
        }
    }

    @Test
    void sessionsHeldNowInOtherWordsShouldBeConnectionLimits() {
        assert421("421 4.3.2 No more connections allowed from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many simultaneous logins", DeferralKind.CONNECTION_LIMIT);
        // Failed logins are a rate, whatever their number at once.
        assert421("421 4.7.0 Too many failed logins", DeferralKind.RATE_LIMIT);
        // A count of the sender's sessions, sockets or threads held now (constructed cases).
        assert421("421 connections from your host are limited to 5", DeferralKind.CONNECTION_LIMIT);
        assert421("421 try again later: your host has 10 connections open", DeferralKind.CONNECTION_LIMIT);
        assert421("421 IP has reached its maximum number of open sockets", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many threads from your IP", DeferralKind.CONNECTION_LIMIT);
        // Neighbours that must not move: a count per unit of time, the receiver's own threads and connections.
        assert421("421 connections from your host are limited to 5 per minute", DeferralKind.RATE_LIMIT);
        assert421("421 4.3.2 Too many threads, try later", DeferralKind.SERVER_BUSY);
        assertNot421("451 server has 10 connections open to the database", DeferralKind.CONNECTION_LIMIT);
        // "No more than N" sessions and a maximum per something other than time (constructed cases).
        assert421("421 No more than 3 connections allowed per IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 no more than 2 connections at once", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Max connections per recipient domain reached", DeferralKind.CONNECTION_LIMIT);
        // Neighbours: the same counts per unit of time or per span are rates; a wait after the count is no span.
        assert421("421 No more than 10 connections per minute allowed", DeferralKind.RATE_LIMIT);
        assert421("421 Max connections per hour for your IP reached", DeferralKind.RATE_LIMIT);
        assert421("421 no more than 2 sessions in 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("451 more than 100 messages within 60 seconds", DeferralKind.RATE_LIMIT);
        assert421("421 Max sessions reached please retry in 5 minutes", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections try again in 5 minutes", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void frequencyBehindAnAntiSpamNameRelaysRefusedAndTheReceiversAuthenticatorShouldBeReadAsSuch() {
        // The fifty-second table's misses in other words (constructed cases): a sending frequency is a rate even where
        // the receiver's anti-spam subsystem names itself; spam judged, not counted, stays reputation.
        assert421("451 Rejected by anti-spam engine: you are sending too frequently", DeferralKind.RATE_LIMIT);
        assert421("450 Spam protection: connection frequency exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Message rejected as spam", DeferralKind.REPUTATION);
        assert421("421 4.7.28 Unusual rate of unsolicited mail originating from your IP", DeferralKind.REPUTATION);
        // A relay refused in other words than Postfix's; the receiver's relay failing stays its trouble.
        assert421("451 4.7.1 Relaying denied", DeferralKind.REPUTATION);
        assert421("450 relay not permitted from your IP", DeferralKind.REPUTATION);
        assert421("451 Unauthorized relay attempt", DeferralKind.REPUTATION);
        assert421("421 4.3.0 relay unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 relay host not responding", DeferralKind.SERVER_BUSY);
        // Too many of one of our commands is our session, whatever its 4.3.x; recipients and logins stay rates.
        assert421("421 4.3.4 Too many NOOP commands", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many HELO", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Too many failed logins", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Too many recipients", DeferralKind.OTHER_TRANSIENT);
        // The receiver's authenticator out of reach or its own upstream login failing; our credentials stay ours.
        assert421("454 4.7.0 Authentication service temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 Relay login failed", DeferralKind.SERVER_BUSY);
        assert421("451 Backend authentication failure, try again later", DeferralKind.SERVER_BUSY);
        assert421("454 4.7.0 Temporary authentication failure", DeferralKind.OTHER_TRANSIENT);
        assertNot421("454 4.7.0 Authentication failed, try again later", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aQuarantineStoreFailingARelaysOwnBacklogAndItsSilentNextHopShouldBeTheReceiversTrouble() {
        // The fifty-third table's misses in other words (constructed cases), each beside a neighbour that must not move.
        assert421("451 4.3.0 Quarantine store is temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("452 Quarantine area full", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Message quarantined as spam", DeferralKind.REPUTATION);
        assert421("450 Your message has been quarantined", DeferralKind.REPUTATION);
        assert421("451 Too many emails waiting on the relay, try later", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.2 Too many messages in flight", DeferralKind.SERVER_BUSY);
        assert421("451 Too many messages from your IP", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Too many pending messages", DeferralKind.RATE_LIMIT);
        assert421("451 4.4.0 Relay server not responding", DeferralKind.SERVER_BUSY);
        assert421("451 Upstream host is not answering", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 No answer from host", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.4.2 Connection timed out", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void countsWrittenAsAnExcessiveOrMaximumNumberShouldReadAsTooMany() {
        // "Too many" in other words (constructed cases): an excessive number, the maximum number exceeded or reached, a
        // maximum for a limit; each kind kept, and the neighbours that keep theirs.
        assert421("421 4.7.0 Exceeded the maximum number of concurrent connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Exceeded the maximum number of connected clients", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection maximum exceeded for 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Exceeded the maximum number of connections per minute", DeferralKind.RATE_LIMIT);
        assert421("451 an excessive number of connections to the database", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 an excessive number of failed login attempts", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Exceeded the maximum number of messages, try later", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Rate maximum exceeded", DeferralKind.RATE_LIMIT);
        assert421("450 Daily sending maximum reached", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Too many messages hourly", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Exceeded the maximum number of recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.5.3 Exceeded the maximum number of RSET commands", DeferralKind.OTHER_TRANSIENT);
        // A quota reached is the mailbox's unless it is the sender's daily one; an inbox is a mailbox.
        assert421("452 Quota reached", DeferralKind.MAILBOX);
        assert421("450 Daily quota reached", DeferralKind.RATE_LIMIT);
        assert421("450 inbox unavailable", DeferralKind.MAILBOX);
        assert421("421 Service unavailable", DeferralKind.SERVER_BUSY);
        // A frequency is a rate unless the reply names a judgement of the sender (Microsoft's code decides there too).
        assert421("450 frequency-limited, try again later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 unusual frequency of unsolicited mail from your IP", DeferralKind.REPUTATION);
        assert421("451 4.7.650 The mail server [192.0.2.1] has been temporarily frequency limited due to IP reputation",
            DeferralKind.REPUTATION);
        assert421("451 4.4.0 Lost connection to relay system", DeferralKind.SERVER_BUSY);
        assert421("421 Message delivery currently interrupted", DeferralKind.SERVER_BUSY);
        // "conn" for connection, as terse servers write it; a count per unit of time stays a rate.
        assert421("421 4.7.0 conn limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Max conn per IP exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 max conn per minute reached", DeferralKind.RATE_LIMIT);
        assert421("421 conn rate limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 conn timeout", DeferralKind.OTHER_TRANSIENT);
        // A limit "on" sessions as a limit "of" them; new connections stay a rate.
        assert421("421 limit on concurrent connections from your network exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Limit on new connections reached", DeferralKind.RATE_LIMIT);
        // The receiver's disk or scanner out of reach in other words; a frequency of sending; their neighbours.
        assert421("451 Could not write to disk", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Unable to reach spam filter", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Message rejected as spam by content filter", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Frequent sending detected", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Frequent sending of spam from your IP, reputation lowered", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Your domain is on a temporary block", DeferralKind.REPUTATION);
    }

    @Test
    void aMessageBlockedAndRecipientsWrittenRcptShouldReadAsTheirKind() {
        // The fifty-fourth table's misses in other words (constructed cases), with neighbours that keep their kind.
        assert421("450 Your message has been blocked", DeferralKind.REPUTATION);
        assert421("451 Email temporarily blocked due to content", DeferralKind.REPUTATION);
        assert421("450 4.2.1 Mailbox blocked", DeferralKind.MAILBOX);
        assert421("450 4.7.1 Too many rcpts from 192.0.2.1", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Too many rcpt", DeferralKind.OTHER_TRANSIENT);
        assert421("452 Too many rcpt per message", DeferralKind.OTHER_TRANSIENT);
        // The receiver's own error validating an address is its trouble, as its error verifying one is.
        assert421("451 Temporary recipient validation error", DeferralKind.SERVER_BUSY);
        assert421("451 4.1.1 Recipient address rejected: validation pending", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void oneRecipientATransactionAndTlsRefusedShouldBeOursWhateverTheirMailSystemCode() {
        // The fifty-fifth table's misses in other words (constructed cases): a 4.3.x names the receiver's mail system,
        // but these words name our transaction or our TLS; a named local problem stays the receiver's.
        assert421("451 4.3.0 Please send each recipient in a separate transaction", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.3.2 Recipients must be tried individually", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.3.0 STARTTLS not supported", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.3.0 TLS already active", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 TLS not available due to local problem", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Please try again later", DeferralKind.SERVER_BUSY);
    }

    @Test
    void coremailCodesTheSingularConnectionAndAnIpRefusedShouldReadAsTheirKind() {
        // The fifty-sixth and fifty-seventh tables' misses in other forms (constructed cases): Coremail's codes with
        // its server id and help link after them, as NetEase sends them; each beside a neighbour that keeps its kind.
        assert421("421 HL:TLD 163 mx5,DcCowAC-test--.1S2 1700000000, please see http://mail.163.com/help/help_spam_16.htm",
            DeferralKind.SERVER_BUSY);
        assert421("451 DT:OSL 126 smtp3,test 1700000000", DeferralKind.RATE_LIMIT);
        assert421("451 RP:RPH 163 smtp9,test", DeferralKind.RATE_LIMIT);
        assert421("452 MI:SFK 163 mx2,test", DeferralKind.REPUTATION);
        assert421("450 MI:IPB http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10", DeferralKind.REPUTATION);
        // Wrong or extra commands and one message's recipients are our session's.
        assert421("450 MI:CCL 163 smtp9,test", DeferralKind.OTHER_TRANSIENT);
        assert421("452 RP:RCL 163 smtp9,test", DeferralKind.OTHER_TRANSIENT);
        // A code's letters inside another word are no code.
        assert421("451 XHL:ICCX try later", DeferralKind.OTHER_TRANSIENT);
        // Cox's other documented codes: suspicious account activity, the connecting IP's DNS; its connection code stays a
        // limit.
        assert421("421 cmsmtp blocked AUP#CXTHRT", DeferralKind.REPUTATION);
        assert421("421 cmsmtp AUP#CXDNS", DeferralKind.REPUTATION);
        assert421("421 cmsmtp AUP#CXCNCT", DeferralKind.CONNECTION_LIMIT);
        // Unable to process a command is the receiver's trouble as a request or mail is; a command it does not know is not.
        assert421("451 unable to process command", DeferralKind.SERVER_BUSY);
        assert421("451 4.5.1 Unable to process command: syntax error", DeferralKind.OTHER_TRANSIENT);
        // Found by the other-words test's new pairs: a mailbox overloaded is the mailbox's, sessions from the sender denied
        // are a judgement as connections are, a mailbox limit exceeded is the mailbox's.
        assert421("450 4.2.1 <user@example.org>: mailbox overloaded", DeferralKind.MAILBOX);
        assert421("476 sessions from your host are denied", DeferralKind.REPUTATION);
        assert421("452 The user has exceeded the allowed mailbox limit", DeferralKind.MAILBOX);
        assert421("452 4.5.3 Recipient limit exceeded", DeferralKind.OTHER_TRANSIENT);
        // Korean receivers' CCRT is a block whatever the words; the same words without it are the receiver busy.
        assert421("421 4.4.5 CCRT 198.51.100.7: Connection refused. Server is busy(RT)", DeferralKind.REPUTATION);
        assert421("421 4.4.5 Connection refused. Server is busy", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.5 NCCRTX Server is busy", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.5 NCCRT Server is busy", DeferralKind.SERVER_BUSY);
        // "Too many connection" in the singular is a connection limit where nothing after it makes it a rate.
        assert421("450 Too many connection", DeferralKind.CONNECTION_LIMIT);
        assert421("421 too many session, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connection attempts", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connection errors", DeferralKind.OTHER_TRANSIENT);
        // The sending IP named with its address and refused, no other cause: the receiver turns this sender away.
        assert421("421 IP<192.0.2.10> rejected", DeferralKind.REPUTATION);
        assert421("450 IP address 192.0.2.10 temporarily refused", DeferralKind.REPUTATION);
        assert421("421 ip 192.0.2.10 rejected: too many connections", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Sender address rejected: Domain not found", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void familiesOfTheIssueInFreshWordsShouldReadAsTheirKind() {
        // Constructed cases written for the families the issue names, in words no table holds: a proxy that cannot reach
        // the mail server behind it, a count of concurrent connections exceeded in the present tense, a sender over its
        // quota for a period; each beside a neighbour that keeps its kind.
        assert421("451 4.4.0 Proxy: upstream mail server not reachable", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 IP 192.0.2.10 exceeds allowed concurrent connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 IP 192.0.2.10 exceeds allowed messages per hour", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Sender is over quota for this period", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Sending domain over its daily quota", DeferralKind.RATE_LIMIT);
        assert421("452 4.2.2 Mailbox is over quota", DeferralKind.MAILBOX);
        assert421("452 4.2.2 Recipient address over quota", DeferralKind.MAILBOX);
        // Its policy server out of reach is its trouble; a policy against us is not. A volume too high, a burst limit and
        // traffic shaping are rates; complaints stay reputation.
        assert421("451 4.3.0 Policy server timeout", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Policy daemon not responding", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Rejected by policy", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Delivery deferred: volume too high from your network", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Burst limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Traffic shaping in effect, please retry later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 High volume of complaints", DeferralKind.REPUTATION);
        // A connection limit towards its own back end is its trouble, not a count of ours (precision of the limit).
        assert421("421 4.3.0 Connection limit to upstream reached", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.0 Connection limit reached", DeferralKind.CONNECTION_LIMIT);
        // The singular towards its database or directory, and its licence's limit, are its own trouble too.
        assert421("451 too many connection to the database", DeferralKind.SERVER_BUSY);
        assert421("421 too many session for ldap", DeferralKind.SERVER_BUSY);
        assert421("451 License concurrent users limit reached", DeferralKind.SERVER_BUSY);
        assert421("421 Too many sessions for this host", DeferralKind.CONNECTION_LIMIT);
        // False connection limits found by probing (constructed cases): connections dropped are a network's trouble, a
        // relay's limit towards its next hop or a remote host its own, a session limit of N messages a rate; their
        // neighbours stay connection limits, and so do concurrent deliveries to one account (Dovecot's LMTP limit).
        assert421("421 4.4.2 Too many connections dropped, network unstable", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.1 Connection limit to next hop reached, deferred", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Too many connections to remote host, try later", DeferralKind.SERVER_BUSY);
        assert421("421 #4.4.5 Too many connections to this host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Session limit of 100 messages reached", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Session limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.2.1 Mailbox has too many concurrent deliveries", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Too many concurrent deliveries to this domain, deferred", DeferralKind.CONNECTION_LIMIT);
        // Sessions the sender holds counted, slots of its own taken, asked to close some, allowed only N: limits; the
        // receiver's database holding N connections and all of the receiver's slots taken are its own trouble.
        assert421("421 4.7.0 IP 192.0.2.10 has 12 active sessions (max 10)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 All 10 connection slots for your IP are in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Please close some connections and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 You may only have 3 open connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Database has 100 open connections", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 All connection slots are in use", DeferralKind.SERVER_BUSY);
        assert421("421 Please close the connection", DeferralKind.OTHER_TRANSIENT);
        // A throughput or sending cap, sending paused for a while, a cool-down, an interval between messages, the number one
        // may send: paces; a delivery paused for maintenance stays the receiver's.
        assert421("452 4.5.3 Throughput limit reached, retry later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Account sending cap reached", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Email sending is paused for your account for 15 minutes", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Cool down period in effect, retry later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Please wait 60 seconds between messages", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 The number of messages you can send has been exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Mail delivery paused for maintenance", DeferralKind.SERVER_BUSY);
        // A check's own temporary error and a name resolved with a temporary failure are the receiver's trouble; a check
        // that failed judges the sender.
        assert421("451 4.7.1 SPF: temperror", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.5 DMARC temporary failure", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Temporary failure resolving recipient domain", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 SPF fail: not authorized", DeferralKind.REPUTATION);
        // Greylisting by its triplet; the recipient out of space is its mailbox's.
        assert421("451 4.7.1 Triplet not yet seen, please retry", DeferralKind.GREYLIST);
        assert421("450 4.7.1 Temporary rejection: unknown sender-recipient-IP tuple", DeferralKind.GREYLIST);
        assert421("452 4.2.2 The recipient has run out of space", DeferralKind.MAILBOX);
        assert421("452 4.3.1 The server has run out of space", DeferralKind.SERVER_BUSY);
        // An IP still to warm up (as Rackspace's G28 is labelled) and a residential range are judgements of the sender; a
        // server warming up is its own state.
        assert421("451 4.7.1 IP address warming required, volume restricted", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Connection from a residential IP range refused", DeferralKind.REPUTATION);
        assert421("421 4.3.2 Server warming up, try later", DeferralKind.SERVER_BUSY);
        // A count of connections blocked because of spam is a judgement of the sender; spam named for another reason is not.
        assert421("421 4.7.0 Too many connections rejected from your network due to spam", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Your IP made too many connections and is blocked for spam", DeferralKind.REPUTATION);
        assert421("421 Too many concurrent connections; mail checked for spam later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections due to spam filter maintenance", DeferralKind.CONNECTION_LIMIT);
        // Asked for fewer sessions, a per-IP limit as a number, an account's concurrent logins: limits; the same
        // counts stated per unit of time after punctuation or a number are rates; a wait is no unit.
        assert421("421 4.7.0 Please use fewer connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Limit your concurrent connections to 2", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connections per IP limit is 3", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrent login limit reached for account", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connections per IP limit: 10 per minute", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connection limit: 10 per minute", DeferralKind.RATE_LIMIT);
        assert421("421 too many connections: 20/min", DeferralKind.RATE_LIMIT);
        assert421("421 too many connections, try again in 1 minute", DeferralKind.CONNECTION_LIMIT);
        assert421("421 too many connections, retry every minute", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Please use fewer messages per connection", DeferralKind.RATE_LIMIT);
        assert421("421 Too many users connected, try again later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many users", DeferralKind.OTHER_TRANSIENT);
        // Recipients per message are a limit of one transaction; per hour or per connection, a rate.
        assert421("452 Service unavailable, recipients per message limit reached", DeferralKind.OTHER_TRANSIENT);
        assert421("452 Too many recipients per hour", DeferralKind.RATE_LIMIT);
        assert421("452 Too many recipients per connection", DeferralKind.RATE_LIMIT);
        // All of the receiver's connection slots taken is its capacity; a count of ours named with it stays a limit.
        assert421("421 all connection slots are in use", DeferralKind.SERVER_BUSY);
        assert421("421 Connection slots exhausted", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many connections, all slots used up", DeferralKind.CONNECTION_LIMIT);
        // Connection limits in more languages (Finnish in another phrasing, Greek, Vietnamese, Indonesian) and the
        // sending IP blocked in the languages the block lists are read in.
        assert421("421 Liian monta yhteyttä", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Πάρα πολλές συνδέσεις", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Quá nhiều kết nối từ địa chỉ IP của bạn", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Terlalu banyak koneksi dari IP Anda", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Ihre IP-Adresse ist gesperrt", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Votre adresse IP a été temporairement bloquée", DeferralKind.REPUTATION);
        assert421("451 Su dirección IP ha sido bloqueada", DeferralKind.REPUTATION);
        assert421("451 Ваш IP-адрес временно заблокирован", DeferralKind.REPUTATION);
        assert421("451 您的IP已被封禁", DeferralKind.REPUTATION);
        assert421("451 Zu viele Nachrichten in kurzer Zeit, bitte später erneut versuchen", DeferralKind.RATE_LIMIT);
        assert421("451 Serveur surchargé, veuillez réessayer plus tard", DeferralKind.SERVER_BUSY);
        // A busy server, too many messages and block lists in more languages (Vietnamese, Indonesian, Greek, Czech,
        // Hungarian, Romanian, Swedish, Turkish).
        assert421("451 Máy chủ quá tải, vui lòng thử lại sau", DeferralKind.SERVER_BUSY);
        assert421("451 Server sedang sibuk, coba lagi nanti", DeferralKind.SERVER_BUSY);
        assert421("451 Ο διακομιστής είναι υπερφορτωμένος", DeferralKind.SERVER_BUSY);
        assert421("451 Gửi quá nhiều thư, vui lòng thử lại sau", DeferralKind.RATE_LIMIT);
        assert421("451 Terlalu banyak email terkirim, coba lagi nanti", DeferralKind.RATE_LIMIT);
        assert421("451 Vaše IP adresa je na černé listině", DeferralKind.REPUTATION);
        assert421("451 IP címe feketelistán van", DeferralKind.REPUTATION);
        assert421("451 Adresa IP este pe lista neagră", DeferralKind.REPUTATION);
        assert421("451 Din IP-adress är svartlistad", DeferralKind.REPUTATION);
        assert421("451 IP adresiniz kara listede", DeferralKind.REPUTATION);
    }

    @Test
    void transientForTemporaryAndEmailForMailShouldKeepTheirKinds() {
        // "Transient" as other servers write "temporary", "email" for "mail", a host for a server in the receiver's own
        // errors (constructed cases), with neighbours that keep their kind.
        assert421("451 4.7.24 SPF check transient error", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Transient error checking address", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 Temporary host error. Please try again later.", DeferralKind.SERVER_BUSY);
        assert421("421 SL E404 Unexpected failure - Retry later", DeferralKind.SERVER_BUSY);
        assert421("451 connection to mail host timed out (#4.4.1)", DeferralKind.SERVER_BUSY);
        assert421("451 Sender IP is not yet authorized to deliver email from this envelope sender. Please try later.",
            DeferralKind.GREYLIST);
        assert421("450 4.7.1 Error: too much email from 192.0.2.10", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.0 Daily email quota exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.1 This mail has been temporarily blocked", DeferralKind.REPUTATION);
        assert421("451 4.3.0 This message could not be delivered due to a recipient failure", DeferralKind.MAILBOX);
        assert421("452 4.2.2 Mailbox quota exceeded", DeferralKind.MAILBOX);
        assert421("421 4.4.2 Transient network error, connection dropped", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void blockListsGreylistingAndSendingLimitsInOtherLanguagesShouldReadAsTheirKind() {
        // Constructed cases, as for the connection limits in other languages: a block list, greylisting and a sending
        // limit in the words of localized servers; a full mailbox and a whitelist keep their kind.
        assert421("451 4.7.1 Votre adresse IP est sur liste noire", DeferralKind.REPUTATION);
        assert421("451 Su IP está en lista negra", DeferralKind.REPUTATION);
        assert421("451 Ihre IP-Adresse steht auf einer Sperrliste", DeferralKind.REPUTATION);
        assert421("451 Twój adres IP jest na czarnej liście", DeferralKind.REPUTATION);
        assert421("451 Ваш IP в черном списке", DeferralKind.REPUTATION);
        assert421("451 您的IP在黑名单中", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Message mis en liste grise, réessayez plus tard", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Messaggio in lista grigia", DeferralKind.GREYLIST);
        assert421("451 灰名单，请稍后重试", DeferralKind.GREYLIST);
        assert421("451 Limite de envío excedido", DeferralKind.RATE_LIMIT);
        assert421("451 Sendelimit überschritten", DeferralKind.RATE_LIMIT);
        assert421("451 Limite d'envoi dépassée", DeferralKind.RATE_LIMIT);
        assert421("452 4.2.2 Postfach voll", DeferralKind.MAILBOX);
        assert421("451 Trop de connexions", DeferralKind.CONNECTION_LIMIT);
        // The receiver's service unavailable and its internal error, in the same languages.
        assert421("421 Service temporairement indisponible", DeferralKind.SERVER_BUSY);
        assert421("421 Dienst vorübergehend nicht verfügbar", DeferralKind.SERVER_BUSY);
        assert421("421 Servicio no disponible temporalmente", DeferralKind.SERVER_BUSY);
        assert421("421 Сервис временно недоступен", DeferralKind.SERVER_BUSY);
        assert421("421 服务暂时不可用", DeferralKind.SERVER_BUSY);
        assert421("451 Interner Serverfehler", DeferralKind.SERVER_BUSY);
        assert421("451 Внутренняя ошибка сервера", DeferralKind.SERVER_BUSY);
        assert421("450 Boîte aux lettres pleine", DeferralKind.MAILBOX);
        // Concurrent connections in Czech and Korean in other words, the server's error in Romance languages, a busy
        // server in Swedish and Korean, a sending volume's limit in Korean; a temporary error naming nothing stays so.
        assert421("421 Příliš mnoho souběžných spojení z vaší IP adresy", DeferralKind.CONNECTION_LIMIT);
        assert421("421 동시 연결 수가 너무 많습니다", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Erreur temporaire du serveur", DeferralKind.SERVER_BUSY);
        assert421("451 Error interno del servidor", DeferralKind.SERVER_BUSY);
        assert421("451 Errore temporaneo del server", DeferralKind.SERVER_BUSY);
        assert421("451 Erro interno do servidor", DeferralKind.SERVER_BUSY);
        assert421("421 Server upptagen, försök igen senare", DeferralKind.SERVER_BUSY);
        assert421("421 서버가 사용 중입니다. 나중에 다시 시도하십시오", DeferralKind.SERVER_BUSY);
        assert421("450 발송량 제한을 초과했습니다", DeferralKind.RATE_LIMIT);
        assert421("451 Temporärer Fehler, bitte später erneut versuchen", DeferralKind.OTHER_TRANSIENT);
        // Upper-case Turkish lowers its dotless ı to a dotted i outside a Turkish locale: both read alike.
        assert421("421 4.7.0 ÇOK FAZLA EŞZAMANLI BAĞLANTI", DeferralKind.CONNECTION_LIMIT);
        // A full mailbox with its recipient named, greylisting in German, a volume's limit in Korean with its
        // particles (a written batch of forty localized replies: 36 right before; constructed cases).
        assert421("452 Postfach des Empfängers ist voll", DeferralKind.MAILBOX);
        assert421("452 La boîte aux lettres du destinataire est pleine", DeferralKind.MAILBOX);
        assert421("452 La boîte mail du destinataire est saturée", DeferralKind.MAILBOX);
        assert421("452 Buzón del destinatario lleno", DeferralKind.MAILBOX);
        assert421("452 Casella del destinatario piena", DeferralKind.MAILBOX);
        assert421("452 Caixa postal do destinatário cheia", DeferralKind.MAILBOX);
        assert421("452 Postbus van de ontvanger is vol", DeferralKind.MAILBOX);
        assert421("451 Graue Liste: bitte später erneut versuchen", DeferralKind.GREYLIST);
        assert421("451 발송량이 제한을 초과했습니다", DeferralKind.RATE_LIMIT);
    }

    @Test
    void greylistingDescribedAVolumeOfMessagesAndAnInternalHandOffShouldReadAsTheirKind() {
        // Constructed cases: greylisting described by its first attempt or unseen sender, not named.
        assert421("451 4.7.1 Deferred: first delivery attempts from unknown senders are delayed", DeferralKind.GREYLIST);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: Temporarily deferred, first time sender",
            DeferralKind.GREYLIST);
        assert421("451 Your message is delayed because this is the first time we see your server", DeferralKind.GREYLIST);
        assert421("450 Try again later: new sender/recipient pair", DeferralKind.GREYLIST);
        assert421("451 Temporary rejection, this is normal for the first delivery attempt", DeferralKind.GREYLIST);
        // A named cause met on a first attempt keeps its kind.
        assert421("421 4.7.0 Too many connections from 192.0.2.10, first attempt rejected", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Rate limit exceeded, first attempts of new senders are deferred", DeferralKind.RATE_LIMIT);
        assert421("450 4.2.2 Mailbox full, first delivery attempt deferred", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Server error on the first attempt, rejected", DeferralKind.SERVER_BUSY);
        assertNot421("451 4.7.1 Too many messages in the first hour", DeferralKind.GREYLIST);
        // A volume of messages with the word "message" or "mail" before it.
        assert421("451 4.7.1 Excessive message volume from 192.0.2.10, try again later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.0 Excessive mail traffic from your domain", DeferralKind.RATE_LIMIT);
        // The receiver's own hand-off to its inside failing.
        assert421("451 4.4.1 Unable to relay to the internal mail host, try later", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Could not forward message to the backend", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Internal delivery failed, try again later", DeferralKind.SERVER_BUSY);
        // A back end with too many connections of its own, one mailbox's connections: not this sender's sessions.
        assert421("451 4.3.0 The backend has too many open connections", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.1 Too many connections to this mailbox", DeferralKind.MAILBOX);
        assert421("421 4.7.0 Too many concurrent connections for your account", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from your IP to this server", DeferralKind.CONNECTION_LIMIT);
        // Identifiers a program wrote in place of words read as those words; inside a URL or a host name they do not.
        assert421("421 4.7.0 [TooManyConnections] from 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 too_many_connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too-many-connections", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 RATE_LIMITED", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 SendingRateExceeded", DeferralKind.RATE_LIMIT);
        assertNot421("451 4.7.1 see https://example.com/errors/too_many_connections", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 4.7.1 Try later (mx.too-many-connections.example.net)", DeferralKind.CONNECTION_LIMIT);
        // Messages abbreviated, a rate written with a slash.
        assert421("451 4.7.1 Too many msgs", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 msgs/hour limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Too many rcpts/hour", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Max 5 connections/IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Max 5 connections per IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Limit: 3 sessions per host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Max 5 connections per IP per minute", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Max 5 connections/min", DeferralKind.RATE_LIMIT);
        // Its anti-spam engine failing is its trouble; a message its filter judged is the sender's.
        assert421("451 4.3.0 Temporary failure in the anti-spam engine", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Temporary anti-spam failure", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Error: spam detected by content filter", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Message rejected by the spam filter, try later", DeferralKind.REPUTATION);
        // Sending too much or too often, a wait before sending more, a rate "overlimit", sends counted; deliveries in
        // progress at once are sessions at once, deliveries per hour a rate.
        assert421("421 4.7.0 Try again in 10 minutes, you are sending too much", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Please wait before sending more messages", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Rate overlimit", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Too many sends", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Delivery postponed, too many deliveries in progress for this domain", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Too many deliveries per hour", DeferralKind.RATE_LIMIT);
        assert421("421 4.3.2 Too many connections open to the database", DeferralKind.SERVER_BUSY);
        // Relaying refused to the sender stays no trouble of the receiver's.
        assertNot421("451 4.7.1 Unable to relay for user@example.net", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theReceiversTroubleInTheWordsOfProgramsAndOperatorsShouldBeServerBusy() {
        // Constructed cases without a code (with 4.3.x the code-class fallback already read them): a batch of sixty
        // written replies of the receiver's trouble, of which these were missed.
        for (String reply : List.of("451 Technical problem, try later", "451 Something went wrong, please retry",
            "451 Exception occurred, try again", "451 java.lang.NullPointerException", "451 Unhandled exception",
            "451 Unknown error, try again later", "421 mx.example.net not ready, try later",
            "421 Please try later, the system is being upgraded", "451 Could not accept message: I/O error",
            "451 No space left on device", "451 Too many open files", "451 Cannot allocate memory", "451 Lock timeout",
            "451 Deadlock detected, try again", "451 Timeout waiting for lock",
            "451 Message could not be delivered to the mailstore", "451 No route to mailbox server",
            "421 Not accepting mail right now, try later", "451 Mail queue is frozen", "451 Mail delivery paused",
            "451 upstream connect error or disconnect/reset before headers", "421 Gateway timeout", "451 Bad gateway",
            "451 Write failed", "451 Read-only file system", "451 Service degraded, try later", "451 Temporary outage",
            "451 Failed to persist message", "451 Message store unavailable", "451 4.7.1 Deferred due to technical reasons",
            "421 4.7.0 Unknown error while checking SPF")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: our connection's network error, TLS not ready, a mailbox's disk or upgrade, a sender not accepted.
        assert421("450 4.4.2 Network I/O error", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 TLS not ready", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Read failed", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Mailbox disk is full", DeferralKind.MAILBOX);
        assert421("450 4.2.1 Mailbox is being upgraded, try later", DeferralKind.MAILBOX);
        assert421("450 4.2.1 Mailbox locked: lock timeout", DeferralKind.MAILBOX);
        assertNot421("450 4.7.1 Not ready to accept mail from your IP", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Not accepting mail from your IP right now", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Too many connections: something went wrong", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Error: spam detected, exception raised", DeferralKind.REPUTATION);
    }

    @Test
    void aSecondBatchOfTheReceiversTroubleShouldBeServerBusy() {
        // Constructed cases without a code, written after the rules above and measured before these: 29 of 45 right.
        for (String reply : List.of("451 A temporary error occurred on our side", "451 Error on our end, sorry",
            "421 Server temporarily out of service", "451 Unable to complete request, try again", "451 Database is locked",
            "451 Can't connect to policy daemon", "421 CPU overload", "451 Fail to deliver to the local mailbox server",
            "451 Unable to contact the directory", "451 Could not resolve the recipient's mailbox location",
            "451 Crash detected, try again later", "421 Software error", "451 Bug: unexpected state",
            "451 Assertion failed")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: the sender blocked on the receiver's side, a transaction's limit, a policy against the sender,
        // a mailbox locked, a subscriber listed.
        assert421("421 You are blocked on our side", DeferralKind.REPUTATION);
        assert421("450 Your IP is listed", DeferralKind.REPUTATION);
        assert421("451 Unable to complete request: too many recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.7.1 Rejected by policy: sender not allowed", DeferralKind.REPUTATION);
        assert421("450 4.2.1 Mailbox is locked", DeferralKind.MAILBOX);
        assertNot421("451 You are listed as a subscriber, server error", DeferralKind.REPUTATION);
    }

    @Test
    void aThirdWrittenBatchShouldReadAsItsKinds() {
        // Constructed cases of every kind, written after the rules above and measured before these: 42 of 60 right
        // (connection limits 8 of 10, none called so wrongly; the receiver's trouble 10 of 20).
        for (String reply : List.of("451 We hit a snag processing your message, please retry", "451 Temporary glitch, retry",
            "451 The mail gateway is experiencing delays", "421 Connection pool exhausted", "451 Worker pool exhausted",
            "451 Thread pool full", "451 Too many pending operations on server", "421 Shedding load",
            "451 Message not accepted: server is in degraded mode", "421 Closing connection: server reload")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        for (String reply : List.of("421 Traffic limit reached for your IP", "451 Sender exceeded its message budget",
            "451 Please space out your deliveries", "451 Mail volume from 192.0.2.10 exceeds our limits")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        assert421("421 Please do not open more than 2 connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Excess connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Recipient's mailbox has reached its limit", DeferralKind.MAILBOX);
        assert421("452 Not enough space in recipient mailbox", DeferralKind.MAILBOX);
        // Neighbours: the same counts per unit of time are rates; requests from the sender a rate; a named judgement
        // wins over delays.
        assert421("421 Please do not open more than 2 connections per minute", DeferralKind.RATE_LIMIT);
        assert421("451 Excessive connections per minute from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 Too many requests from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 You are experiencing delays because of your reputation", DeferralKind.REPUTATION);
    }

    @Test
    void aFourthWrittenBatchWithCodesAndHostsShouldReadAsItsKinds() {
        // Constructed cases as servers send them (codes, host names, addresses), written after the rules above and
        // measured before these: 40 of 43 right, connection limits 8 of 8; the three misses.
        assert421("451 mx.example.net: the spam scanner did not answer in time, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Temporary error: could not connect to the message queue", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Message throughput from your IP exceeds the allowed limit", DeferralKind.RATE_LIMIT);
        // Neighbours: a message judged by the scanner. (A host named that the replier could not connect to, "451 4.4.1
        // Could not connect to mx.example.net", read as our own connection here before, is its next hop since the
        // hundred-and-eighth table's real replies: a reply comes from the server that failed to connect onward.)
        assert421("451 4.4.1 Could not connect to mx.example.net", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 The spam scanner rejected your message, try later", DeferralKind.REPUTATION);
    }

    @Test
    void connectionsOfTheReceiversOwnPartsShouldNotBeConnectionLimits() {
        // Probing the connection limit for false alarms (34 written replies about connections that are none, five
        // misread, three of them as connection limits): its back ends' limits and clients, attempts, our idle session.
        assert421("421 4.3.2 Database connection limit reached", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Upstream connection limit reached", DeferralKind.SERVER_BUSY);
        assert421("451 Redis has too many clients", DeferralKind.SERVER_BUSY);
        assertNot421("421 4.7.0 Too many connections attempts failed TLS", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.4.2 Connection timed out after 300 seconds", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Connection to the antivirus daemon failed", DeferralKind.SERVER_BUSY);
        // Neighbours that are connection limits.
        assert421("421 4.7.0 Connection limit per IP reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many clients from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections, try again later", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void anAntiSpamProductsNameShouldNotJudgeTheSender() {
        // A fifth written batch (40 replies naming gateway products: 39 right before this rule): the product's name is
        // no finding of spam.
        assert421("451 4.3.0 SpamExperts: Temporary local failure, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 SpamAssassin: temporary local failure", DeferralKind.SERVER_BUSY);
        assertNot421("451 4.3.0 spamd: connection refused", DeferralKind.REPUTATION);
        // Neighbours: spam found, whatever product found it.
        assert421("451 4.7.1 SpamAssassin score too high: spam", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Message rejected as spam", DeferralKind.REPUTATION);
        assert421("451 Spammy content", DeferralKind.REPUTATION);
    }

    @Test
    void aSixthWrittenBatchShouldReadAsItsKinds() {
        // Constructed cases of every kind, written after all the rules above and measured before these: 27 of 38 right
        // (connection limits 5 of 6, none called so wrongly); the eleven misses.
        assert421("421 4.3.2 Concurrency cap for 192.0.2.0/24 reached, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Deferred: daily recipient quota used up", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Hourly cap on messages from your domain reached", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many messages in flight from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 Unable to reach authentication service", DeferralKind.SERVER_BUSY);
        assert421("421 Too many requests being processed, try again in a moment", DeferralKind.SERVER_BUSY);
        assert421("451 Cannot commit transaction", DeferralKind.SERVER_BUSY);
        assert421("421 Server warming up", DeferralKind.SERVER_BUSY);
        assert421("451 Failed to obtain a worker, try later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Mail from new domains is held for review", DeferralKind.REPUTATION);
        assert421("450 4.1.2 Recipient domain lookup failed: domain does not exist", DeferralKind.OTHER_TRANSIENT);
        // Neighbours: the receiver's own backlog, requests from the sender, an IP's warm-up, a lookup failing.
        assert421("451 4.3.0 Too many messages in flight, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Too many requests from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 IP warm-up in progress, try later", DeferralKind.REPUTATION);
        assert421("451 4.3.0 Temporary lookup failure", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Concurrency control failure in storage", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theReceiversTroubleUnderCodesWithoutAFallbackShouldBeServerBusy() {
        // A seventh written batch, the receiver's trouble under 4.0.0, 4.4.x, 4.7.x, 4.1.x, 4.5.x and 4.6.x (no
        // code-class fallback): 27 of 30 right before these rules; the three misses.
        assert421("451 4.0.0 Temporary failure, message could not be processed", DeferralKind.SERVER_BUSY);
        assert421("451 4.0.0 Mail server temporarily unable to deliver", DeferralKind.SERVER_BUSY);
        assert421("451 4.6.0 Internal content conversion error", DeferralKind.SERVER_BUSY);
        // Neighbours: a message not processed for a named cause.
        assert421("451 4.7.1 Message could not be processed: spam detected", DeferralKind.REPUTATION);
        assert421("450 Your message could not be processed: too many recipients", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void ourConnectionsErrorsAndAClientsExceptionsShouldNotBeTheReceiversTrouble() {
        // An eighth written batch, client libraries' and MTAs' errors of our own connection with no reply at all: 29 of
        // 32 right before; a network exception, a read time-out and curl's time-out had been read as the receiver's.
        assert421("System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.WebException: Unable to connect to the "
            + "remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party "
            + "did not properly respond after a period of time", DeferralKind.OTHER_TRANSIENT);
        assert421("MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: Read "
            + "timed out", DeferralKind.OTHER_TRANSIENT);
        assert421("curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received", DeferralKind.OTHER_TRANSIENT);
        // A database's own "Too many connections" as JDBC or PDO quote it is the receiver's trouble, not a connection limit.
        assert421("451 java.sql.SQLException: too many connections", DeferralKind.SERVER_BUSY);
        assert421("451 SQLSTATE[08004] [1040] Too many connections", DeferralKind.SERVER_BUSY);
        // Neighbours: the receiver's code failing, a promise of the receiver's timing out.
        assert421("451 java.lang.NullPointerException", DeferralKind.SERVER_BUSY);
        assert421("421 Promise timed out after 15000 milliseconds", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aNinthWrittenBatchOfMailboxesGreylistingAndJudgementsShouldReadAsItsKinds() {
        // Constructed cases: 22 of 26 right before these rules; the four misses.
        assert421("452 Mailbox over capacity", DeferralKind.MAILBOX);
        assert421("450 Recipient's quota would be exceeded by this message", DeferralKind.MAILBOX);
        assert421("450 Please retry: new sender, delayed", DeferralKind.GREYLIST);
        assert421("421 Connections from your IP temporarily throttled because of bad behaviour", DeferralKind.REPUTATION);
        // Neighbours: a new sender's volume, a sender's quota, throttling with no judgement.
        assert421("450 4.7.1 New sender ramp-up: too many messages today", DeferralKind.RATE_LIMIT);
        assert421("450 Quota exceeded for sender", DeferralKind.RATE_LIMIT);
        assert421("421 Connections from your IP temporarily throttled", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aTenthWrittenBatchOfSessionsRatesAndTroubleInOtherWordsShouldReadAsItsKinds() {
        // Constructed cases: 21 of 30 right before these rules (connection limits 5 of 10, none called so wrongly).
        for (String reply : List.of("421 4.7.0 Simultaneous session quota exhausted", "421 You are connected too many times",
            "421 Multiple connections from your IP are not allowed", "421 4.7.0 Parallel delivery limit for your IP exceeded",
            "421 Try again with fewer simultaneous connections")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        assert421("451 4.7.1 Deferred: sending velocity too high", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Pace your deliveries", DeferralKind.RATE_LIMIT);
        assert421("451 Delivery subsystem unavailable", DeferralKind.SERVER_BUSY);
        // Neighbours: the same counted per unit of time is a rate; multiple recipients are one transaction's.
        assert421("451 Parallel delivery limit per hour exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 Simultaneous connections per minute limit", DeferralKind.RATE_LIMIT);
        assertNot421("421 Multiple recipients not allowed", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void anEleventhWrittenBatchOfConnectionLimitsShouldReadAsSuch() {
        // Constructed cases, thirty connection limits in new words: 23 right before these rules; the seven misses.
        for (String reply : List.of("421 4.7.0 Per-host connection cap hit", "421 Connections limited to 2 per IP",
            "421 Server refuses more connections from your IP at this time", "421 4.7.0 Too many sockets open from your IP",
            "421 Additional connections from 192.0.2.10 are not accepted",
            "421 Please reuse your existing connection instead of opening new ones",
            "421 4.7.0 Concurrent sessions from your IP: limit reached")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        // Neighbours that are no connection limit: a rate, a shutdown, the receiver's own sockets.
        assert421("421 4.7.0 Per-IP connection rate limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 Connections limited to 10 per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Rejecting more connections: server shutting down", DeferralKind.SERVER_BUSY);
        assertNot421("421 Too many sockets open on the server", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aTwelfthWrittenBatchOfConnectionLimitsShouldReadAsSuch() {
        // Constructed cases, written after the batch above: 14 of 20 connection limits right before these rules; of ten
        // neighbours about connections, one (the receiver's total of connections) was called a connection limit, as
        // the tables label such replies.
        for (String reply : List.of("421 Too many concurrent SMTP transactions from your IP",
            "421 4.7.0 Host 192.0.2.10 exceeded its connection allowance", "421 4.7.0 Too many open channels from your IP",
            "421 Your IP has exhausted its connection slots", "421 4.7.0 Connection capacity for your IP reached",
            "421 4.7.0 We limit concurrent connections; please reduce parallelism")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        // Neighbours: the receiver's own slots or capacity, a rate to reduce.
        assert421("421 4.3.2 All connection slots are in use", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Connection capacity of the server reached", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Please reduce your sending rate", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aThirteenthWrittenBatchOfRatesShouldReadAsSuch() {
        // Constructed cases, twenty rates in new words: 14 right before these rules; the six misses.
        for (String reply : List.of("451 4.7.1 Rate cap exceeded for 192.0.2.10", "421 4.7.0 Mail flow from your IP temporarily restricted",
            "451 4.7.1 Temporarily limited: exceeded number of allowed messages", "421 4.7.0 You send too often",
            "451 4.7.1 Intake limit for your domain reached", "451 4.7.1 Frequency cap reached")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        // Neighbours: the receiver's own rate limiter failing is its trouble; a rate limit is still one.
        assert421("451 4.3.0 Internal rate limiter unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Rate limiter: limit exceeded for 192.0.2.10", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Rate limit exceeded", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aFourteenthWrittenBatchOfTheReceiversTroubleShouldBeServerBusy() {
        // Constructed cases without a code: 15 of 30 right before these rules (the general rule now reads its parts in
        // the plural, a store and a cache, and "not currently available", "unhealthy", "read-only", "not writable",
        // "did not respond", "lagging" as failures).
        for (String reply : List.of("451 Our systems are temporarily unable to take your message",
            "421 The service is not currently available, reconnect later", "451 The message store is temporarily read-only",
            "421 This MX is being decommissioned, try another", "451 The backend did not respond", "451 Data store unavailable",
            "451 Recipient cache unavailable, retry", "451 Spool directory not writable", "451 Content scan could not be completed",
            "451 upstream returned 503", "421 Node unhealthy, try another", "451 Quorum lost, try later",
            "451 Replica lag too high, try later", "451 Insufficient capacity to accept message")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: a domain's DNS servers (the sender's or the destination's) are not the receiver's parts; a policy
        // evaluation failing temporarily is read as the first table labels OpenDMARC's tempfail.
        assert421("451 4.4.0 DNS servers for example.com did not respond", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.3 The DNS servers of your domain are unavailable", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.0 Our DNS servers are unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Message temporarily deferred: DMARC policy evaluation failed temporarily", DeferralKind.REPUTATION);
        assertNot421("451 4.7.1 Temporarily unable to accept mail from your IP", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aFifteenthWrittenBatchOfTheReceiversTroubleShouldBeServerBusy() {
        // Constructed cases without a code, written after the batch above: 17 of 30 right before these rules (its
        // gateways, transports, front ends, components and hubs; degraded, congested, saturated, exhausted, backlogged,
        // not reachable; its quarantine full; mail servers it cannot reach).
        for (String reply : List.of("451 Our storage nodes are degraded", "451 Encryption gateway unreachable",
            "421 Frontend cannot reach mail servers", "451 Quarantine full", "451 Attachment scanner backlog too long",
            "451 Internal relays congested", "451 Transport queue saturated", "421 Resource exhaustion on the server",
            "451 Mailbox servers not reachable at the moment", "451 The hub transport is unavailable",
            "451 An internal component failed")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: a sender's quota exhausted, a message quarantined as spam, the sender's gateway listed.
        assert421("451 4.7.1 Sending quota exhausted", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Message quarantined as spam", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Your gateway IP is listed on a blocklist", DeferralKind.REPUTATION);
    }

    @Test
    void aSixteenthWrittenBatchOfTheReceiversTroubleShouldBeServerBusy() {
        // Constructed cases without a code, written after the batch above: 9 of 20 right before these rules (its
        // workers, pipeline, layers, bus, platform and load balancer; stalled, paused, an incident; a file it cannot
        // open; an unexpected response from its back end; tasks queued on its host; no healthy server found).
        for (String reply : List.of("451 Our load balancer could not find a healthy server",
            "421 The platform is experiencing an incident", "451 Delivery workers are saturated", "451 The inbound pipeline is stalled",
            "451 Unable to open the message file", "421 Too many tasks queued on this host",
            "451 Unexpected response from the mailbox backend", "421 Mail service paused by the administrator",
            "451 Persistence layer unavailable", "451 Message bus unreachable")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: the sender's sending paused is a rate, a mailbox paused the mailbox's.
        assert421("451 4.7.1 Sending paused for your account", DeferralKind.RATE_LIMIT);
        assert421("450 4.2.1 Mailbox paused", DeferralKind.MAILBOX);
    }

    @Test
    void aSeventeenthWrittenBatchOfConnectionLimitsShouldReadAsSuch() {
        // Constructed cases: 9 of 15 connection limits right before these rules, and one rate ("too many connections from
        // <address> per minute") called a connection limit; the misses.
        for (String reply : List.of("421 Session refused: maximum sessions for your IP in use",
            "421 4.7.0 Your MTA opened more connections than allowed",
            "421 4.7.0 Concurrent connections from 192.0.2.0/24 exceed the permitted number",
            "421 4.7.0 Too many existing connections from your host", "421 SMTP concurrency violation, closing",
            "421 4.7.0 Connection overload from your IP, please reduce simultaneous sessions")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        assert421("421 4.7.0 Too many connections from 192.0.2.10 per minute", DeferralKind.RATE_LIMIT);
        // Neighbours: Postfix's text without a unit of time stays a connection limit; an hourly quota is a rate.
        assert421("421 4.7.0 mx.example.net Error: too many connections from 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection quota per hour exceeded", DeferralKind.RATE_LIMIT);
    }

    @Test
    void ratesInOtherWordsWithoutACodeShouldBeRateLimits() {
        // Constructed cases without a code: a batch of sixty-seven written rates and connection limits, of which these
        // rates were missed.
        for (String reply : List.of("451 You are sending messages too rapidly", "450 Quota exceeded for sender, retry later",
            "451 Messages from your server are being accepted at a reduced rate",
            "451 Your messages are being deferred because of your sending volume", "421 Request rate too high",
            "451 Please reduce the rate at which you send mail")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        // Neighbours: a mailbox over its quota, the receiver's own reduced capacity.
        assert421("452 4.2.2 Quota exceeded for user@example.net", DeferralKind.MAILBOX);
        assert421("452 Mailbox quota exceeded", DeferralKind.MAILBOX);
    }

    @Test
    void theSenderJudgedInOtherWordsShouldBeReputation() {
        // Constructed cases without a code: a batch of forty-five written judgements, mailboxes and greylistings, of
        // which these judgements were missed.
        for (String reply : List.of("421 Client not authorized to connect, try again later",
            "451 Sender domain has a low trust score", "451 Suspected bulk mail, try later",
            "451 Message classified as bulk, deferred", "451 Too many users marked your mail as junk",
            "421 Abuse detected from your IP", "421 Fraudulent activity detected")) {
            assert421(reply, DeferralKind.REPUTATION);
        }
        // Neighbours: an abuse@ contact address, the receiver's anti-fraud service failing, a bulk rate.
        assert421("451 Please contact abuse@example.net, server error", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Anti-fraud service unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 Bulk mail rate exceeded", DeferralKind.RATE_LIMIT);
    }

    @Test
    void limitsUnavailabilityAndReputationInOtherLanguagesWordOrderShouldReadAsTheirKind() {
        // Constructed cases, a batch of fifty localized replies of which 13 were read right before these rules.
        for (String reply : List.of("421 Limite de connexions simultanées atteinte", "421 Límite de conexiones simultáneas alcanzado",
            "421 Limite de conexões simultâneas atingido", "421 Limite di connessioni simultanee raggiunto",
            "421 Verbindungslimit erreicht", "421 Maximale Anzahl gleichzeitiger Verbindungen erreicht",
            "421 Maximaal aantal gelijktijdige verbindingen bereikt", "421 Превышен лимит одновременных соединений",
            "421 Przekroczono limit jednoczesnych połączeń", "421 同時接続数の制限を超えています", "421 连接数已达上限",
            "421 Excesso de conexões do seu IP", "421 Nombre maximal de connexions atteint",
            "421 Número máximo de conexiones alcanzado")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        for (String reply : List.of("450 Limite de débit d'envoi atteint, réessayez plus tard", "450 Límite de velocidad de envío alcanzado",
            "450 送信レートの制限を超えました", "450 발송 속도 제한을 초과했습니다", "450 Sendequote überschritten",
            "450 Quota d'envoi dépassé", "450 Cuota de envío excedida")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        for (String reply : List.of("421 Service momentanément indisponible", "421 Le serveur est temporairement indisponible",
            "421 Der Server ist vorübergehend nicht erreichbar", "421 El servidor no está disponible temporalmente",
            "451 Fehler bei der Verarbeitung, bitte später erneut versuchen", "421 Servidor em manutenção",
            "421 Serveur en maintenance", "421 Wartungsarbeiten, bitte später erneut versuchen",
            "421 Сервер на техническом обслуживании", "421 系统维护中，请稍后再试", "451 系统错误，请稍后重试")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("451 Votre IP a une mauvaise réputation", DeferralKind.REPUTATION);
        assert421("451 Ihre IP-Adresse hat einen schlechten Ruf", DeferralKind.REPUTATION);
        assert421("451 Su IP tiene mala reputación", DeferralKind.REPUTATION);
        assert421("452 Caixa de correio cheia", DeferralKind.MAILBOX);
        assert421("452 メールボックスがいっぱいです", DeferralKind.MAILBOX);
        // Neighbours: a limit of connections per unit of time is no connection limit; a service available is no trouble.
        assertNot421("421 Limite de connexions par minute atteinte", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Límite de conexiones por hora alcanzado", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Verbindungslimit pro Stunde erreicht", DeferralKind.CONNECTION_LIMIT);
        // ... but a rate, as its English words are (they read as no kind until 2026-11-30).
        assert421("421 Limite de connexions par minute atteinte", DeferralKind.RATE_LIMIT);
        assert421("421 Límite de conexiones por hora alcanzado", DeferralKind.RATE_LIMIT);
        assert421("421 Verbindungslimit pro Stunde erreicht", DeferralKind.RATE_LIMIT);
        assert421("421 Limite de conexões por hora atingido", DeferralKind.RATE_LIMIT);
        assert421("421 Лимит подключений в минуту превышен", DeferralKind.RATE_LIMIT);
        assert421("421 Límite de conexiones alcanzado", DeferralKind.CONNECTION_LIMIT);
        assert421("421 El servidor está disponible", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aSenderSuspectedOfAbuseInOtherWordsShouldBeReputation() {
        // The sixty-fourth table's misses (Yahoo's deprioritization) and constructed neighbours.
        for (String reply : List.of("451 VS1-IP Excessive unknown recipients - possible Open Relay More information (#4.1.8)",
            "451 VS1-MF Excessive unknown recipients - possible Open Relay More information (#4.4.5)",
            "421 4.7.0 Too many invalid recipients from your IP, try again later", "451 Suspected open relay, try again later",
            "421 Possible dictionary attack detected, closing connection", "450 Directory harvest attack detected")) {
            assert421(reply, DeferralKind.REPUTATION);
        }
        // Neighbours: errors counted, one unknown recipient, a transaction's or an hour's recipients are not a judgement.
        assert421("451 too many errors from your IP", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.1.1 Recipient unknown, try again later", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.5.3 Too many recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Too many recipients this hour", DeferralKind.RATE_LIMIT);
        assert421("451 Open relay test passed, try again later", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aCountPerNumberOfUnitsAndTraditionalChineseServerErrorsShouldReadAsTheyMean() {
        // The sixty-seventh table's misses (smtpf's "connections 31 exceed 30/60s", Microsoft's Taiwanese PRX4 title)
        // in other words (constructed cases), beside neighbours that must not move.
        for (String reply : List.of("421 4.4.5 client [192.0.2.1] connections 31 exceed 30/60s",
            "421 Too many connections: 20/5m from your IP", "450 4.7.1 sessions over limit (10/1h)",
            "451 4.7.1 Too many msgs/60s from your host", "451 4.7.1 rcpts / 1h exceeded")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        for (String reply : List.of("451 4.7.0 暫時性伺服器錯誤。 請稍後再試。 PRX4", "451 伺服器忙碌，請稍後再試",
            "451 系統錯誤，請稍後再試", "421 服務暫時無法使用", "451 伺服器內部錯誤")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // A share of slots, a network's prefix length: no unit of time after the slash.
        assert421("421 4.7.0 Too many connections (3/3) from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many concurrent connections: 10/10 in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from 192.0.2.0/24 hosts", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from 2001:db8::/48 network", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aSendersOwnConnectionFailingShouldBeOursAndTheReceiversBackEndsGoneItsTrouble() {
        // The sixty-eighth table's misses in other words (constructed cases), beside neighbours that must not move.
        for (String reply : List.of("421 4.2.1 Unable to connect", "421 4.2.1 Unable to connect -> SocketError: Failed to connect.",
            "451 4.4.0 Primary target IP address responded with: 421 4.2.1 Unable to connect",
            "450 4.2.0 Socket error code 10060", "421 4.2.1 Winsock error 10061")) {
            assert421(reply, DeferralKind.OTHER_TRANSIENT);
        }
        for (String reply : List.of("451 4.4.1 No backend available, try again later", "421 No healthy upstreams",
            "451 No servers available (try again later)", "421 no servers are currently available",
            "451 4.4.1 could not transmit to smarthost", "451 Unable to send to downstream server",
            "421 server died. Connection closed.", "421 4.3.0 Backend crashed", "451 4.4.1 Upstream connection refused",
            "451 4.4.1 Relay connection timed out, try later", "451 4.3.0 Socket error talking to the delivery agent",
            "451 4.4.1 Unable to connect to backend")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // No part of the receiver named: a domain without mail servers, our connection, the sender's own server.
        assert421("451 No mail servers available for example.com", DeferralKind.OTHER_TRANSIENT);
        assert421("451 No MX available for domain", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.4.2 connection died", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection failed", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Your server died", DeferralKind.OTHER_TRANSIENT);
        assert421("450 No recipients available", DeferralKind.OTHER_TRANSIENT);
        // The sixty-ninth table's misses in other words: its operating system's error, a map or directory it cannot
        // bind to; a client library's "(os error 104)" after our connection's failure stays ours.
        for (String reply : List.of("451 4.0.0 OS error", "451 OS error, try again later", "451 Cannot bind to LDAP server",
            "421 4.0.0 Cannot bind to map aliases in domain example.com: Can't bind to server which serves this domain")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("Connection reset by peer (os error 104)", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.1 os error 111", DeferralKind.OTHER_TRANSIENT);
        // The seventieth table's misses in other words: failed attempts counted are a rate, a connection not permitted
        // a policy against the sender, unless a cause is named.
        assert421("421 4.7.0 Too many failed attempts from 192.0.2.1.", DeferralKind.RATE_LIMIT);
        assert421("421 Too many failed attempts, try again in 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("451 Too many failed delivery attempts", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Connection not permitted", DeferralKind.REPUTATION);
        assert421("421 Connections from this network are forbidden", DeferralKind.REPUTATION);
        assert421("421 Connection not allowed, server busy", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Connection not allowed without TLS", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection not permitted before AUTH", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection not permitted: too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        // The seventy-second table's misses in other words: the receiver's JavaScript failing, a sending limit with its
        // maximum or period in Portuguese and Spanish.
        for (String reply : List.of("421 TypeError: Cannot read properties of undefined (reading 'x')",
            "451 ctx.send is not a function", "421 Cannot read property '_handle' of undefined")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        for (String reply : List.of("451 Límite máximo de envío alcanzado", "454 Limite diário de envio atingido",
            "454 Atencao: voce atingiu o limite maximo de envio: 1000 mensagens em 60 minuto(s).")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        // The seventy-fourth table's misses in other words: something wrong happened to the receiver; a retry asked to
        // prove the sender a real MTA is greylisting, whatever it says the sender is not.
        assert421("421 Something bad happened, try again", DeferralKind.SERVER_BUSY);
        assert421("450 sorry something wrong happened", DeferralKind.SERVER_BUSY);
        assert421("451 Please retry later to show that you are a legitimate mail server", DeferralKind.GREYLIST);
        assert421("421 Please send the message again to prove you are not spamware or virusware.", DeferralKind.GREYLIST);
        assert421("451 Retry to prove you are not a spammer", DeferralKind.GREYLIST);
        assert421("421 Your IP sends spam, try again later", DeferralKind.REPUTATION);
        // Written batch 79's misses in other words, with neighbours: a count of sessions past a dotted address, a pool
        // of connections for the sender, a resolver's SERVFAIL that is the receiver's, not the sender's domain's.
        assert421("421 Concurrent session count for 192.0.2.1 exceeds 5", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Session count for 192.0.2.1 exceeds 5 per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Connection slots for your IP are exhausted", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Database connection pool for the mail store is full", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Internal DNS resolver returned SERVFAIL", DeferralKind.SERVER_BUSY);
        assert421("451 Sender domain lookup returned SERVFAIL", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Maintenance window in progress; please come back in 30 minutes", DeferralKind.SERVER_BUSY);
        assert421("451 Our anti-virus engine is warming up, try again shortly", DeferralKind.SERVER_BUSY);
        // The seventy-fifth table's misses in other words: a check, relaying or alias expansion of the receiver failing
        // for now; a temporary authentication failure stays ours, as the tables have it.
        for (String reply : List.of("451 4.7.1 Temporary check failure", "451 Temporary verification failure, please retry",
            "451 4.5.0 id=27665-06 - Temporary MTA failure on relaying, From MTA([127.0.0.1]:10025) during fwd-connect",
            "451 4.5.0 Internal confusion", "451 4.6.0 Alias expansion error", "451 Forwarding expansion failed")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("451 4.7.1 Temporary authentication failure", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.1 Your message failed the check, try again", DeferralKind.OTHER_TRANSIENT);
        // The seventy-sixth table's misses in other words: an authentication result that could not be evaluated and an
        // MX lookup error are the receiver's trouble; a result that failed, a signature that could not be verified and
        // a domain found not to exist stay the sender's.
        assert421("451 4.4.3 sender <user@example.com> from example.com MX lookup error", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 MX lookup timed out for example.com", DeferralKind.SERVER_BUSY);
        assert421("451 MX lookup failed: domain not found", DeferralKind.OTHER_TRANSIENT);
        // The seventy-seventh table's misses in other words: reverse DNS judged in other languages, before the words
        // for a service unavailable that come with it.
        for (String reply : List.of("450 Votre IP n'a pas de DNS inverse", "451 Keine umgekehrte DNS-Auflösung für Ihre IP",
            "450 У вашего IP нет обратной DNS-записи", "451 送信元IPの逆引きができません",
            "450 4.7.25 服务不可用，发送 IPv6 地址 [2001:db8::1] 必须具有反向 DNS 记录。")) {
            assert421(reply, DeferralKind.REPUTATION);
        }
        // The seventy-eighth table's miss in other words: a temporary server or system error in Japanese, with or
        // without the space Microsoft's pages put before エラー.
        for (String reply : List.of("451 4.7.0 一時的なサーバー エラー。 後でもう一度お試しください。 PRX4", "451 一時的なシステム障害です",
            "421 サーバー エラーが発生しました")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Written batch 80's neighbours: the same words counted per unit of time are a rate.
        assert421("421 Забагато з'єднань за хвилину", DeferralKind.RATE_LIMIT);
        assert421("421 連線過多（每分鐘）", DeferralKind.RATE_LIMIT);
        assert421("421 Забагато одночасних з'єднань з вашої IP-адреси", DeferralKind.CONNECTION_LIMIT);
        assert421("421 來自您 IP 的並行連線過多", DeferralKind.CONNECTION_LIMIT);
        // The seventy-ninth table's misses in other words: a back end's issue, its provider not answering, a service on
        // its own host refusing; the sender's provider is not its own. A host named that it cannot connect to is its
        // next hop (read as no trouble of its own before the hundred-and-eighth table's real replies: Postini's "Can't
        // connect to example.net - psmtp").
        for (String reply : List.of("451 4.4.2 temporary connection/backend issue", "451 Backend errors, try later",
            "451 4.4.2 The outgoing mail provider did not answer in time. Try again later.",
            "450 4.4.1 Can't connect to 127.0.0.1 port 10035, Operation now in progress at /usr/sbin/amavisd-new")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("451 Your mail provider did not answer", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Cannot connect to localhost.example.com", DeferralKind.SERVER_BUSY);
        // Written batch 81's neighbours: the same words counted per unit of time are rates, a mailbox's sessions the
        // mailbox's, the sender's own account's sessions a connection limit.
        assert421("421 Your server already holds 10 connections per minute", DeferralKind.RATE_LIMIT);
        assert421("421 This server accepts at most 20 connections per hour from each IP", DeferralKind.RATE_LIMIT);
        assert421("421 Only 5 simultaneous deliveries allowed per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Your mailbox already has 10 sessions", DeferralKind.MAILBOX);
        assert421("421 Your account already has 10 sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 The account has too many open sessions", DeferralKind.MAILBOX);
        assert421("451 Redis: max number of clients reached", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections from banned hosts", DeferralKind.REPUTATION);
        // Written batch 82's neighbours.
        assert421("421 Your IP has too many open connections per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Close the connection and retry", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many unauthenticated connections from your IP", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Unauthenticated mail not accepted", DeferralKind.REPUTATION);
        assert421("421 Too many sockets in CLOSE_WAIT, try later", DeferralKind.SERVER_BUSY);
        // Written batch 83's neighbours: the sender's own limits stay connection limits, a wait is no window.
        assert421("421 Too many connections, try again in 1 minute", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Our connection limit for your IP is reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server has reached its maximum number of connections to us", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Your account connection limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 The filter has reached its maximum capacity", DeferralKind.SERVER_BUSY);
        assert421("421 Connection to the relay refused", DeferralKind.SERVER_BUSY);
        assert421("421 Too many sessions opened recently by your host", DeferralKind.RATE_LIMIT);
        // Written batch 84's neighbours: a part named next to a count of connections is the receiver's, unless the
        // sender is named; a part inside a host name or a node of its own is not; a mailbox named is the mailbox's.
        assert421("421 The indexer pool: too many connections", DeferralKind.SERVER_BUSY);
        assert421("421 Max connections reached on the mail store", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections from 192.0.2.1 on the relay host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Max connections reached on this node, try another MX", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 spool-3.cluster.db.example.org Too many connections from same IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections due to spam filter maintenance", DeferralKind.CONNECTION_LIMIT);
        assert421("452 Recipient inbox: maximum concurrent sessions reached", DeferralKind.MAILBOX);
        assert421("421 Too many sessions from your IP to this mailbox server", DeferralKind.CONNECTION_LIMIT);
        // Written batch 85's neighbours: a count held on, by or in "the" something that is not the receiver whole is a
        // part's; the receiver whole, the sender's address or account, and listed senders keep their kinds.
        assert421("421 Too many connections held by the queue runner", DeferralKind.SERVER_BUSY);
        assert421("421 Connection limit exceeded on the webhook dispatcher", DeferralKind.SERVER_BUSY);
        assert421("421 Connection limit reached for the sending IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection limit exceeded on the server", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Session limit reached for the account", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections at the same time", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from IPs on our block list", DeferralKind.REPUTATION);
        assert421("421 4.3.2 The outbound relay cluster is at its connection maximum", DeferralKind.SERVER_BUSY);
        assert421("421 Server has reached its connection limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your MTA is using more connections than we allow", DeferralKind.CONNECTION_LIMIT);
        // Written batch 86's neighbours: no more sessions taken is a limit, unless a part or a resource is named.
        assert421("421 We cannot accept more connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Server cannot accept more connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Cannot accept more connections this hour", DeferralKind.RATE_LIMIT);
        assert421("421 The routing tier cannot take more connections right now", DeferralKind.SERVER_BUSY);
        assert421("421 Too many threads, cannot accept more connections", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections to the recipient domain", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections to the same host", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.4.3 SPF could not be evaluated; try again later", DeferralKind.SERVER_BUSY);
        assert421("451 DMARC policy could not be retrieved, retry later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 SPF fail: not authorized, try again", DeferralKind.REPUTATION);
        assert421("451 DKIM signature could not be verified, try later", DeferralKind.REPUTATION);
        // The eightieth table's misses in other words: TLS sessions at once are sessions (counted per minute a rate,
        // failing a session's own trouble); the receiver's resources running low its trouble (the sender's not); a
        // maildir the mailbox's; .NET's marker alone is no server word ("server ... timeout" is not the receiver's).
        assert421("421 Too many TLS sessions from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.3.0 Too many encrypted connections from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.4.5 Too many TLS sessions per minute from your host", DeferralKind.RATE_LIMIT);
        assert421("454 4.7.0 Too many TLS errors, try again later", DeferralKind.OTHER_TRANSIENT);
        assert421("451 System resources low", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 system memory running low", DeferralKind.SERVER_BUSY);
        assert421("450 Your server resources are low", DeferralKind.OTHER_TRANSIENT);
        assert421("450 maildir is full", DeferralKind.MAILBOX);
        assert421("450 4.2.0 maildir locked", DeferralKind.MAILBOX);
        assert421("The server response was: 4.4.2 Timeout waiting for data from client.", DeferralKind.OTHER_TRANSIENT);
        // The eighty-first table's misses in other words: the receiver unavailable for now with no subject is its state
        // (an X.2.X code keeps it the mailbox's; the sender named after it, a mailbox or an account named before it, are
        // not the receiver's); a HELO not fully qualified judges the sender, and so do too many connections with an
        // invalid one (written batch 85's label corrected to that convention on 2026-11-29); a queue's storage the
        // receiver's; a bad mailbox the mailbox's.
        assert421("421 4.7.0 Temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("421 mx.example.net temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.1 Temporarily unavailable", DeferralKind.MAILBOX);
        assert421("450 Currently not available for your IP", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Your account is temporarily unavailable", DeferralKind.MAILBOX);
        assert421("451 4.7.1 HELO is not fully qualified", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Too many connections with invalid HELO from your IP", DeferralKind.REPUTATION);
        assert421("452 Insufficient queue storage", DeferralKind.SERVER_BUSY);
        assert421("450 Bad mailbox, try later", DeferralKind.MAILBOX);
        // The eighty-second table's misses in other words: mail or connections from an address not allowed judge the
        // sender; a HELO that must be fully qualified too; a connection limit in a named program is that program's,
        // not when the program is the MTA itself or the limit is the sender's.
        assert421("451 Mail from [192.0.2.1] not permitted", DeferralKind.REPUTATION);
        assert421("451 Mail from example.com is temporarily blocked", DeferralKind.REPUTATION);
        assert421("451 HELO must be a fully qualified domain name", DeferralKind.REPUTATION);
        assert421("421 Session limit in ClamAV exceeded", DeferralKind.SERVER_BUSY);
        assert421("421 session limit in postfix reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection limit of 10 exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection limit in proxy exceeded for your IP", DeferralKind.CONNECTION_LIMIT);
        // Written batch 87's neighbours: the sender's own failure to reach a server stays ours, a queue held for the
        // sender's domain is not the receiver's state, the same counts per hour are rates, a cap on a part its trouble.
        assert421("421 We cannot reach your server", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Could not reach the database, try later", DeferralKind.SERVER_BUSY);
        assert421("421 Your host already has the maximum number of sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your host has the maximum number of sessions per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Session ceiling for your IP hit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection cap reached on the filter", DeferralKind.SERVER_BUSY);
        assert421("450 Throttled: too many messages from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 Delivery speed too high", DeferralKind.RATE_LIMIT);
        assert421("451 Burst of errors on your session, closing", DeferralKind.OTHER_TRANSIENT);
        // Written batch 88's neighbours: the sender's own SPF record needing too many lookups is its authentication,
        // not the receiver's trouble; a connection count per hour or daily is a rate; sessions over the limit per hour too.
        assert421("451 4.7.1 SPF: too many DNS lookups", DeferralKind.REPUTATION);
        assert421("421 Too many lookups in progress on the directory", DeferralKind.SERVER_BUSY);
        assert421("421 Connection count from your IP exceeded the daily limit", DeferralKind.RATE_LIMIT);
        assert421("421 Connection count from your IP exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server opened more sessions than our per-host limit allows per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Your server's threads are exhausted", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection dropped too many times, slow down", DeferralKind.RATE_LIMIT);
        // Written batch 89's neighbours: the same limits per hour, of messages, or on a part are no connection limit; a
        // connection refused for a listing or with no cause stays a judgement.
        assert421("421 Connections from your IP are capped at 100 per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Connection from 192.0.2.10 refused: per-host message limit reached", DeferralKind.RATE_LIMIT);
        assert421("421 Connection quota for 192.0.2.10 reached for this hour", DeferralKind.RATE_LIMIT);
        assert421("421 Connection from 192.0.2.10 refused", DeferralKind.REPUTATION);
        assert421("421 Connection from 192.0.2.10 refused: listed in zen.spamhaus.org", DeferralKind.REPUTATION);
        assert421("421 Connection closed: per-host limit of 20 messages per minute reached", DeferralKind.RATE_LIMIT);
        assert421("421 All connection slots for 192.0.2.10 are taken", DeferralKind.CONNECTION_LIMIT);
        // Written batch 90's neighbours: weeks and months are periods; failed TLS handshakes counted are failures; a
        // server at capacity is busy; a limit stated in simultaneous sessions is a connection limit.
        assert421("421 Too many connections per week from your network", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections with failed TLS handshakes", DeferralKind.RATE_LIMIT);
        assert421("421 The server is running at full capacity, try later", DeferralKind.SERVER_BUSY);
        assert421("421 Concurrent delivery to the mailbox in progress", DeferralKind.MAILBOX);
        assert421("421 Connection limit (2 simultaneous) reached for 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Monthly connection allowance for your account exhausted", DeferralKind.RATE_LIMIT);
        // The eighty-fourth table's misses in other words: a front end failing to proxy is the receiver's; relaying
        // refused is a judgement, relaying a message on to its own server its trouble.
        assert421("421 Proxy error: backend timeout", DeferralKind.SERVER_BUSY);
        assert421("454 4.7.1 Unable to relay for user@example.com", DeferralKind.REPUTATION);
        assert421("451 Unable to relay the message to the mailbox server", DeferralKind.SERVER_BUSY);
        // Written batch 91's neighbours: connections from hosts the receiver judges, counted, are a judgement; the same
        // count from the sender alone a connection limit; "today" a period.
        assert421("421 Too many connections from listed hosts are refused", DeferralKind.REPUTATION);
        assert421("421 Too many connections from a host without reverse DNS", DeferralKind.REPUTATION);
        assert421("421 Too many connections from a host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection quota for 192.0.2.10 exceeded for today", DeferralKind.RATE_LIMIT);
        assert421("421 Concurrency limit reached on the scanner pool", DeferralKind.SERVER_BUSY);
        assert421("421 Concurrency limit reached for 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        // A speed in place of a rate is a rate; a slow connection is our session's; a speed limit for the sender's
        // reputation stays a judgement.
        assert421("451 4.7.0 speed limit exceeded, try again later", DeferralKind.RATE_LIMIT);
        assert421("421 Connection speed too slow, closing", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.651 The mail server [192.0.2.10] has been temporarily speed limited due to IP reputation.",
            DeferralKind.REPUTATION);
        assert421("421 Too many connections received this hr from 192.0.2.10", DeferralKind.RATE_LIMIT);
        // Written batch 92's neighbours: a connection threshold for the sender is a connection limit, on a part the
        // part's; the sender's own thread limit (Exchange Online's) stays a connection limit.
        assert421("421 4.7.0 connection threshold exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Connection limit reached on the spam filter", DeferralKind.SERVER_BUSY);
        assert421("432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Worker limit reached in the policy daemon", DeferralKind.SERVER_BUSY);
        assert421("421 Error threshold exceeded on this connection", DeferralKind.OTHER_TRANSIENT);
        // A retry after a delay, or later today, is no period a count is made over (found in the final read-through).
        assert421("421 Connection count from 192.0.2.10 exceeds 3, retry in an hour", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection count from 192.0.2.10 exceeds 3, try again in 5 minutes", DeferralKind.CONNECTION_LIMIT);
        assert421("421 More connections from your IP than allowed, retry in a minute", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection count from 192.0.2.10 exceeds 3, try later today", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection count from your IP exceeded the daily limit", DeferralKind.RATE_LIMIT);
        // Written batch 93's neighbours: a count exceeded and then a retry after a delay stays a connection limit; the
        // sender's unauthenticated connections stay our session's.
        assert421("421 Too many concurrent connections from your IP exceeded, retry in 5 minutes", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many unauthenticated connections from your IP", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many authenticated sessions for your account", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from residential IPs", DeferralKind.REPUTATION);
        // The eighty-fifth table's rules and their neighbours: a PTR lookup failing judges the sender, an MX lookup failing
        // is the receiver's; a DNS query failing on a domain that does not exist is no trouble of the receiver's; a
        // mailbox file too large is the mailbox's, a queue file's write error the receiver's; "retry slower" is a rate.
        assert421("451 4.7.1 PTR lookup failure for 192.0.2.10", DeferralKind.REPUTATION);
        assert421("451 4.4.3 MX lookup failure, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 DNS query failed: nonexistent domain example.net", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.0 DNS query failed, try again later", DeferralKind.SERVER_BUSY);
        assert421("452 cannot update mailbox /var/mail/x for user x. error writing message: File too large", DeferralKind.MAILBOX);
        assert421("451 4.3.0 error writing queue file: No space left on device", DeferralKind.SERVER_BUSY);
        assert421("450 Das Postfach des Empfängers hat zu viele Nachrichten", DeferralKind.MAILBOX);
        assert421("450 Speicherplatz des Postfachs überschritten", DeferralKind.MAILBOX);
        assert421("451 4.7.1 Client host rejected: please retry slower", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connections, please retry later", DeferralKind.CONNECTION_LIMIT);
        // Written batch 94's neighbours: counted per hour they stay rates; failures counted are rates, a connection limit's
        // consequence after a comma stays a connection limit; a part's connection slots are its trouble; a firewall's
        // connection tracking table is no session table of the receiver's.
        assert421("421 Only 2 simultaneous deliveries per hour are accepted from a single client", DeferralKind.RATE_LIMIT);
        assert421("421 Connection concurrency for your IP exceeded the hourly limit", DeferralKind.RATE_LIMIT);
        assert421("421 Too many SMTP channels open from your address per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP have failed authentication", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from 192.0.2.10 timed out", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP, connection timed out", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection slots on the database are all taken", DeferralKind.SERVER_BUSY);
        assertNot421("421 conntrack table full", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many parallel DATA transfers from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many transactions in progress on the mail store", DeferralKind.SERVER_BUSY);
        // Other words of the same meaning (WrappedReplyTest): "mail box" in two words is the mailbox, an issue a problem, a
        // failure an error, a system's load its load, an account's disk space its mailbox's, a quarantine's disk space
        // the receiver's store (and all mail boxes of a domain, as "Mailboxes temporarily unavailable" reads).
        assert421("450 4.2.1 mail box busy, try again later", DeferralKind.MAILBOX);
        assert421("450 Mail box temporarily unavailable", DeferralKind.MAILBOX);
        assert421("450 Mail boxes of this domain are temporarily unavailable", DeferralKind.SERVER_BUSY);
        assert421("421 Too much system load; please try again later", DeferralKind.SERVER_BUSY);
        assert421("454 4.7.0 unknown failure", DeferralKind.SERVER_BUSY);
        assert421("451 4.0.0 OS failure", DeferralKind.SERVER_BUSY);
        assert421("450 4.1.1 Recipient address rejected: address verification issue", DeferralKind.SERVER_BUSY);
        assert421("452 4.2.2 account disk space full", DeferralKind.MAILBOX);
        assert421("451 4.7.1 Quarantine disk space unavailable", DeferralKind.SERVER_BUSY);
        // Written batch 95's neighbours: messages in the queue from a named sender are a rate; the sender's server being
        // updated is no state of the receiver's; a verification naming the sender's domain judges no part of it.
        assert421("421 4.7.0 Too many messages in the queue from your IP", DeferralKind.RATE_LIMIT);
        assertNot421("451 Your server is being updated", DeferralKind.SERVER_BUSY);
        assertNot421("451 4.1.8 Sender verification unavailable: your domain has no MX", DeferralKind.SERVER_BUSY);
        assertNot421("421 Your MX is unreachable", DeferralKind.SERVER_BUSY);
        // Written batch 96's neighbours: more recipients than one message allows are that transaction's; more connections
        // than allowed stay connections.
        assert421("451 4.7.1 You sent more recipients than this message allows", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Sent more connections than allowed from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Mail from your IP is being accepted at a reduced speed", DeferralKind.RATE_LIMIT);
        // The eighty-sixth table's neighbours: the number of connections at its limit in Japanese, with or without "同時"
        // (simultaneous); a domain not yet taking mail is no trouble of the receiver's, the receiver not taking mail now is.
        assert421("421 同時接続数が上限に達しています", DeferralKind.CONNECTION_LIMIT);
        assert421("421 接続数の上限を超えました", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.3.2 This domain is not accepting mail yet", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.3.2 We are not accepting mail at the moment", DeferralKind.SERVER_BUSY);
        // A part's word ending the server's hyphenated name is no part; the part named in words still is.
        assert421("421 smtp-proxy Exceeded the maximum number of connections, try again later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 The proxy has reached its maximum number of connections", DeferralKind.SERVER_BUSY);
        // Written batch 97's neighbours: connections closed without QUIT stay our session's (written batch 83); a relay
        // check failing is the receiver's; a count of connections to the receiver itself stays a connection limit.
        assert421("421 Too many connections closed by your host without QUIT", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Relay check failed, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many connections to our server from your network", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many concurrent conversations from 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many relay attempts from your IP", DeferralKind.REPUTATION);
        // Connections detected or identified, or a sender blocked for a while after a connection limit, are no judgement:
        // a connection limit stays one (found in the read-through); a limit of zero is one.
        assert421("421 Too many concurrent connections detected on this server", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections identified for your IP, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection limit exceeded, your IP has been blocked for 10 minutes", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connection limit for your IP range is 0: you are blocked", DeferralKind.REPUTATION);
        // Connections from the sender dropped or reset by the receiver are a connection limit's consequence, not failures
        // counted (found in the read-through).
        assert421("421 Too many connections from 192.0.2.10 have been dropped", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP have been reset", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections, please warm up your IP slowly", DeferralKind.CONNECTION_LIMIT);
        // Written batch 98's neighbours: the sender's server unavailable or told to shut down, no space in an address, a
        // flood of spam are no trouble of the receiver's; a maintenance window is.
        assertNot421("421 Your server is unavailable", DeferralKind.SERVER_BUSY);
        assertNot421("421 Shutdown your connection", DeferralKind.SERVER_BUSY);
        assertNot421("451 No space allowed in addresses", DeferralKind.SERVER_BUSY);
        assert421("450 Flood of spam from your IP", DeferralKind.REPUTATION);
        assert421("421 Maintenance window, retry later", DeferralKind.SERVER_BUSY);
        // Written batch 99's neighbours: a count at its maximum per unit of time is a rate; a concurrent limit on one of
        // the receiver's parts, or a count of recipients or messages, is no connection limit.
        assert421("421 Connections: 30/30 per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Max connections per hour reached", DeferralKind.RATE_LIMIT);
        assert421("421 Sessions: 3 (max 3) for today", DeferralKind.RATE_LIMIT);
        assertNot421("421 Concurrent limit reached on the scanner", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Recipients 10/10", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Messages: 100/100 this hour", DeferralKind.CONNECTION_LIMIT);
        // Written batch 100's neighbours: a limit for new connections or for the sender's IP stays a connection limit;
        // connections closed without QUIT or without TLS are no judgement.
        assert421("421 Connection limit for new connections reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Session limit applies to your IP", DeferralKind.CONNECTION_LIMIT);
        // Written batch 101's neighbours: a limit per IP with no unit of time is no rate; the receiver's time-out talking to
        // its back end stays its trouble.
        assertNot421("421 Max 5 per IP", DeferralKind.RATE_LIMIT);
        assert421("421 Connection limit 10 per 1 IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Timeout after 30s talking to the backend", DeferralKind.SERVER_BUSY);
        // Written batch 102's neighbours: an IP not whitelisted, with no "yet", stays a judgement; a bulk mail limit a rate.
        assert421("451 Your IP is not whitelisted", DeferralKind.REPUTATION);
        assert421("451 Bulk mail limit reached", DeferralKind.RATE_LIMIT);
        // A rate's cause with the block it brings named after it stays a rate; a block alone, or one for spam, is a judgement.
        assert421("421 4.7.0 Too many messages from your IP, your IP has been blocked for 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("421 Your IP has been blocked for 10 minutes", DeferralKind.REPUTATION);
        assert421("421 Too many spam messages from your IP, blocked for 24 hours", DeferralKind.REPUTATION);
        assert421("452 4.5.3 Too many recipients, your IP has been blocked for 10 minutes", DeferralKind.REPUTATION);
        // Written batch 103's neighbours: a block list or an RBL named only as a page to read keeps a connection limit one;
        // a plain maximum of connections stays a connection limit; simultaneous messages with no DATA named are no
        // connection limit; IMAP logins for a user are the mailbox's, connections for a user are a connection limit.
        assert421("421 Too many connections from your IP; see our blocklist policy", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP, see our blocklist policy", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximum number of connections reached from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many IMAP logins for this user", DeferralKind.MAILBOX);
        assert421("452 Too many connections for this user. Please try again later.", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many failed TLS handshakes from your IP, closing", DeferralKind.OTHER_TRANSIENT);
        assertNot421("421 Too many connections with no QUIT from your IP", DeferralKind.REPUTATION);
        assertNot421("421 Too many connections without TLS from your network", DeferralKind.REPUTATION);
        // Written batch 105: connections counted for what they carried judge the sender; the mechanism named, an abuse
        // address or a relay with no owner named leave a connection limit one.
        assert421("421 4.7.0 Too many connections from your IP (anti-spam protection)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many concurrent connections from your IP - contact abuse@example.com",
            DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP sending mail, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP using TLS", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections to the relay", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections, our servers are busy", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many sessions from your IP were sending spam", DeferralKind.REPUTATION);
        assert421("452 4.2.2 Disk quota exceeded on server for user alice", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Spool directory over its disk quota", DeferralKind.SERVER_BUSY);
        // Rows left before, read again: the first messages of a batch accepted is a volume, recipients so counted one
        // transaction's; a remote error while forwarding is the receiver's, a TLS remote error our session's.
        assert421("451 4.7.1 First 100 messages accepted, the rest deferred, retry later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Only 50 recipients accepted per message, send the rest in another transaction",
            DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.0.0 Remote error while relaying mail, please retry later", DeferralKind.SERVER_BUSY);
        assert421("421 TLS remote error: bad certificate", DeferralKind.OTHER_TRANSIENT);
        // Written batch 108: the receiver's throughput is its capacity unless a sender is named; a rate of what judges
        // the sender is a judgement, a rate limit named after it is still read by the rules before.
        assert421("421 We are receiving 100 messages per hour from your IP, slow down", DeferralKind.RATE_LIMIT);
        assert421("421 4.3.2 Our cluster is handling 20000 connections, please retry later", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 Complaint rate for your domain exceeds 0.3%", DeferralKind.REPUTATION);
        // Written batch 109: the sender's queued messages are its volume, the receiver's its queue; recipients rejected
        // in this transaction are no judgement.
        assert421("421 Too many queued messages from your IP", DeferralKind.RATE_LIMIT);
        assert421("452 4.5.3 Too many recipients rejected, message not sent", DeferralKind.OTHER_TRANSIENT);
        // Terse replies (written batches 98 and 99) after a host name or a banner, with an annotation after them; a
        // count per unit of time after them stays a rate, a mailbox named after a colon the mailbox's.
        assert421("421 [mx3.example.net] Overload", DeferralKind.SERVER_BUSY);
        assert421("421 mx3.example.net ESMTP Maintenance (attempt 3 of 10)", DeferralKind.SERVER_BUSY);
        assert421("421 Max connections; will retry", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Flood -- queued for retry", DeferralKind.RATE_LIMIT);
        assert421("421 Max connections (per minute)", DeferralKind.RATE_LIMIT);
        assert421("421 Unavailable: mailbox locked", DeferralKind.MAILBOX);
        // The sender named by its address or host name between the words: a dot inside an address or a host name is no
        // sentence's end (a count per hour after "192.0.2.10" read as a connection limit before); a sentence's end is.
        assert421("421 Too many connections from 192.0.2.10 in the past hour", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from mx1.example.org in the last 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from 192.0.2.10 listed on Spamhaus", DeferralKind.REPUTATION);
        assert421("421 Too many connections from 192.0.2.10. Try again in an hour", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrent session count for IPv6:2a00:1450:4864:20::42a over limit",
            DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 spool-3.cluster.db.example.org Too many connections, closing", DeferralKind.CONNECTION_LIMIT);
        assert421("451 java.sql.SQLException: too many connections", DeferralKind.SERVER_BUSY);
        // A link is a sentence of its own: its words are no cause of the reply's words before it.
        assert421("421 4.7.0 Error: too many connections - see https://postmaster.example.net/spam-blocklist-policy",
            DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Please try again later, see http://www.example.com/greylisting.html", DeferralKind.GREYLIST);
        // The sender named as Postfix names a client, by a host name with its address, by "client" or "host" before it,
        // or by an address with a prefix length: read as the short name.
        assert421("421 4.7.0 Too many sessions from mx1.example.org[192.0.2.10] are sending to invalid addresses",
            DeferralKind.REPUTATION);
        assert421("421 4.7.0 Too many sessions are being opened from host mx1.example.org (192.0.2.10) in a short time",
            DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 All connection slots for client 192.0.2.10 are in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections from 192.0.2.0/24 are capped at 3, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.4.2 Too many connections timed out from [IPv6:2001:db8::10]", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connection limit for [IPv6:2001:db8::10] range is 0: you are blocked", DeferralKind.REPUTATION);
        // Written batch 110: greylisting by what it does, unless the reply names another cause.
        assert421("451 4.7.1 Message rejected on the first attempt due to spam content", DeferralKind.REPUTATION);
        assert421("421 Connection attempt logged, too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Your delivery attempt was registered, please retry in 5 minutes", DeferralKind.GREYLIST);
        // A count per unit of time five words after the connections ("from your IP address"), not a retry's time.
        assert421("421 4.7.0 Too many connections from your IP address this week", DeferralKind.RATE_LIMIT);
        assert421("421 Too many SMTP connections from your IP address in 60 seconds", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP retry in an hour", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP try back in an hour", DeferralKind.CONNECTION_LIMIT);
        // The eighty-eighth table: an account suspended in a reply naming no recipient is the session's.
        assert421("421 4.7.1 Account suspended", DeferralKind.REPUTATION);
        assert421("450 4.2.1 Recipient account suspended", DeferralKind.MAILBOX);
        assert421("450 4.2.0 The email account that you tried to reach is suspended", DeferralKind.MAILBOX);
        // A terse reply with a wrapper's words after it that do not continue it as a phrase.
        assert421("421 Overload No action is required on your part", DeferralKind.SERVER_BUSY);
        assert421("421 Maintenance Below is a copy of the original message:", DeferralKind.SERVER_BUSY);
        assert421("450 Flood' Encabezados de mensajes originales:", DeferralKind.RATE_LIMIT);
        // Connections counted that are no sessions of the sender's held at once (a probe of false connection limits on
        // 2026-11-29, all right but the first): the receiver's own connection onward refused, its next hop's, its
        // sockets, database and processes; a mailbox's IMAP sessions; a count recently made.
        assert421("451 4.4.0 Too many connections to remote host mx.example.com, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Too many connections to the next hop", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections in TIME_WAIT state", DeferralKind.SERVER_BUSY);
        assert421("451 The remote server has too many connections, message queued", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Upstream server refused: too many connections", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Relay host mx2.example.org rejected our connection: too many connections", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Filter returned: too many connections to clamd", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Redis: max number of clients reached", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Error: SQLSTATE[08004] [1040] Too many connections", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 FATAL: sorry, too many clients already", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 FATAL: remaining connection slots are reserved for non-replication superuser connections", DeferralKind.SERVER_BUSY);
        assert421("452 4.2.2 Too many IMAP connections for this user, mailbox busy", DeferralKind.MAILBOX);
        assert421("421 4.3.2 Too many processes, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many child processes", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 All server threads busy", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many connections from your IP, please upgrade your plan", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Your account has too many open SMTP connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from your IP recently", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 You connected too often, wait a while", DeferralKind.RATE_LIMIT);
        // Last session's leftovers: the sender's host name as the subject of its connection limit is no receiver's part
        // (its last label read as one before); the sender's count of sessions with the limit after it, after a label.
        assert421("421 4.7.0 mx1.example.org has reached its connection limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 The milter has reached its connection limit", DeferralKind.SERVER_BUSY);
        assert421("421 Message rejected: 10 connections from your IP, limit is 5", DeferralKind.CONNECTION_LIMIT);
        assert421("421 6 sessions for 192.0.2.10 (max 5)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 100 connections from your IP, limit is 50 per hour", DeferralKind.RATE_LIMIT);
        assert421("421 6 connections from your IP in the last minute, limit is 5", DeferralKind.RATE_LIMIT);
        // The written batches' rows in other words (a probe of the synonym test over them, 2026-11-29 night): parallel
        // connections to a mailbox are the mailbox's, a proxy's the receiver's; a threshold of sessions is a limit.
        assert421("450 4.2.1 Too many parallel connections to this mailbox", DeferralKind.MAILBOX);
        assert421("450 4.2.1 Recipient has too many parallel connections open to their mailbox", DeferralKind.MAILBOX);
        assert421("421 4.3.2 Proxy has too many parallel connections to the mail server", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 192.0.2.10 has reached its threshold of simultaneous connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Sessions from your IP at threshold, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.3.2 Reached the threshold of connections to the database", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Reached the threshold of connections per minute", DeferralKind.RATE_LIMIT);
        assert421("450 4.2.1 The recipient has an excessive number of sessions open", DeferralKind.MAILBOX);
        assert421("452 4.2.2 Mailbox connection cap reached for this user", DeferralKind.MAILBOX);
        assert421("421 4.7.0 Session cap of 50 messages reached, reconnect later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Excessive connection speed from 192.0.2.10", DeferralKind.RATE_LIMIT);
        // The receiver's DKIM, SPF or DMARC verification unavailable with the thing verified named ("signature",
        // "record"): its trouble; the signature failing judges the sender.
        assert421("451 4.7.1 DKIM signature verification temporarily unavailable for your message", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 SPF record lookup timed out", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 DKIM signature verification failed for your message", DeferralKind.REPUTATION);
        // Two words of concurrency in a row read as one, "surpassed" as "exceeded", several words before the sessions to
        // close, a cap or an upper limit as a limit (the synonym test over the written batches' rows: 457 of 18,654 forms
        // changed kind, 347 after these; most of the rest ungrammatical substitutions); closing connections to the
        // receiver's own part is no limit.
        assert421("421 4.7.0 Only 5 simultaneous parallel connections allowed from your host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Simultaneous connections surpassed for 192.0.2.0/24", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Close existing open connections before opening new ones", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Please close idle connections to the database", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 You have reached the cap of connections allowed from your IP address", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Your IP is already at its connection upper limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Session cap of 50 messages reached, reconnect later", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Daily sending cap reached for your account", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connections within 5 mins from your address", DeferralKind.RATE_LIMIT);
        assert421("421 Too many SMTP connections from your IP in 60 secs", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connection maximum for your IP range is 0: you are blocked", DeferralKind.REPUTATION);
        // The recipient's mailbox out of space or not receiving mail, without its X.2.X code; an account suspended for
        // receiving is the recipient's, a bare "Account suspended" still the session's.
        assert421("452 User inbox has no free space left", DeferralKind.MAILBOX);
        assert421("450 The user you are trying to contact is not receiving mail at this time", DeferralKind.MAILBOX);
        assert421("450 This account is temporarily suspended for receiving", DeferralKind.MAILBOX);
        assert421("421 4.7.1 Account suspended", DeferralKind.REPUTATION);
        assert421("421 The server is not accepting mail right now", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Exceeded the maximum number of failed connections from your IP, temporarily blocked",
            DeferralKind.RATE_LIMIT);
        // A count of connections exceeded in ten languages, the count named rather than its limit (constructed cases,
        // 2026-11-29: 26 written, none read right before); per minute a rate, to the receiver's own parts no limit.
        assert421("421 Nombre de connexions simultanées dépassé", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Le nombre de connexions simultanées autorisées est atteint", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Número de conexiones simultáneas excedido", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Se ha excedido el número de conexiones permitidas", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Número de conexões simultâneas excedido", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Numero di connessioni simultanee superato", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Anzahl der Verbindungen überschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Anzahl gleichzeitiger Verbindungen überschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Verbindungsanzahl überschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Aantal verbindingen overschreden", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximum aantal verbindingen overschreden", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Превышено количество одновременных подключений", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Превышено число соединений с вашего IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Przekroczono liczbę połączeń", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Przekroczono maksymalną liczbę połączeń", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximální počet spojení překročen", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Překročen počet připojení", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maksimum bağlantı sayısına ulaşıldı", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Bağlantı sayısı aşıldı", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Bağlantı limiti aşıldı", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Nombre de connexions par minute dépassé", DeferralKind.RATE_LIMIT);
        assert421("421 Número de conexiones por minuto excedido", DeferralKind.RATE_LIMIT);
        assert421("421 Anzahl der Verbindungen pro Minute überschritten", DeferralKind.RATE_LIMIT);
        assert421("421 Превышено количество подключений в минуту", DeferralKind.RATE_LIMIT);
        assert421("421 Przekroczono liczbę połączeń na minutę", DeferralKind.RATE_LIMIT);
        assert421("421 Dakikadaki bağlantı sayısı aşıldı", DeferralKind.RATE_LIMIT);
        assertNot421("421 Nombre de connexions au serveur de stockage dépassé", DeferralKind.CONNECTION_LIMIT);
        // Failed connections counted are a rate (LABELLING.md rule 5; the tables' connection limits turned into failed
        // connections: 66 of 363 still read as connection limits before, 27 by one rule's "maximum number of").
        assert421("421 Maximum number of failed connections (10) exceeded.", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Max failed connections per IP reached", DeferralKind.RATE_LIMIT);
        assert421("421 Too many unsuccessful sessions from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 4.4.2 Too many lost connections, closing", DeferralKind.OTHER_TRANSIENT);
        // Written batch 118's neighbours: a count not saturated, concurrent recipients, the receiver's own pools and
        // database, a maximum per minute.
        assertNot421("421 Connections: 3 of 10 in use", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 Max 10 concurrent recipients", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Reduce the number of connections to the database", DeferralKind.SERVER_BUSY);
        assertNot421("452 Concurrency 5/5 on the LDAP pool", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Max 3 concurrent per minute", DeferralKind.RATE_LIMIT);
        // Two of the stop note's left readings of 2026-11-30, read so since: concurrent messages held for one mailbox
        // (no kind before) and a sender not allowed to send as another address, our own (a judgement before); the
        // neighbours that stay: a mailbox receiving too much mail is a rate, a host not allowed to send a judgement.
        assert421("451 Too many concurrent messages for this mailbox", DeferralKind.MAILBOX);
        assert421("454 4.7.0 Sender not allowed to send as user@example.net", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Too much mail for this mailbox, try again later", DeferralKind.RATE_LIMIT);
        assert421("421 Your host is not allowed to send mail here", DeferralKind.REPUTATION);
        // RFC 5321's own text as a label: the reason after it decides, the label when the reason only asks for a retry.
        assert421("421 Service not available, closing transmission channel: Too many connections from your IP",
            DeferralKind.CONNECTION_LIMIT);
        assert421("452 Requested action not taken: Overload", DeferralKind.SERVER_BUSY);
        assert421("452 4.5.3 Service not available, closing transmission channel: Too many recipients",
            DeferralKind.OTHER_TRANSIENT);
        assert421("421 Service not available, closing transmission channel: Please try again later", DeferralKind.SERVER_BUSY);
        assert421("421 mx.example.net Service not available - try again in an hour", DeferralKind.SERVER_BUSY);
        // A reason of no words, only a link, an id or an address (Mimecast appends its page and an id), is none.
        assert421("421 Service not available - https://community.mimecast.com/docs/DOC-1369#421 [rmLZ0dHfP-iX0Be_Mwrp5A.uk15]",
            DeferralKind.SERVER_BUSY);
        assert421("421 Service not available, closing transmission channel - 192.0.2.10", DeferralKind.SERVER_BUSY);
        assert421("421 Service not available - https://postmaster.example.net/too-many-connections", DeferralKind.SERVER_BUSY);
        // Mailboxes, rates and the receiver's load in other languages (constructed cases, 2026-11-29: 63 of 74 read
        // right before; the 11 misses and the forms written after them).
        assert421("452 Quota dépassé pour ce destinataire", DeferralKind.MAILBOX);
        assert421("452 Mailbox voll, bitte später erneut versuchen", DeferralKind.MAILBOX);
        assert421("452 Cuota del buzón excedida", DeferralKind.MAILBOX);
        assert421("452 La casella del destinatario ha superato la quota", DeferralKind.MAILBOX);
        assert421("452 Ящик получателя переполнен", DeferralKind.MAILBOX);
        assert421("452 Превышена квота почтового ящика", DeferralKind.MAILBOX);
        assert421("452 邮箱容量已满", DeferralKind.MAILBOX);
        assert421("451 Nombre de messages par heure dépassé", DeferralKind.RATE_LIMIT);
        assert421("451 发送邮件过多", DeferralKind.RATE_LIMIT);
        assert421("451 Der Server ist momentan überlastet", DeferralKind.SERVER_BUSY);
        assert421("451 サーバーが一時的に利用できません", DeferralKind.SERVER_BUSY);
        assertNot421("452 Nombre de messages dans la boîte du destinataire dépassé", DeferralKind.RATE_LIMIT);
        assertNot421("452 Превышено количество писем в ящике получателя", DeferralKind.RATE_LIMIT);
        assert421("451 Превышено количество писем в час", DeferralKind.RATE_LIMIT);
        assert421("451 Anzahl der Nachrichten pro Stunde überschritten", DeferralKind.RATE_LIMIT);
        assert421("451 Número de mensajes por hora excedido", DeferralKind.RATE_LIMIT);
        assert421("451 Przekroczono liczbę wiadomości na godzinę", DeferralKind.RATE_LIMIT);
        assert421("451 Der Server ist derzeit ausgelastet", DeferralKind.SERVER_BUSY);
        assert421("451 Le serveur est actuellement surchargé", DeferralKind.SERVER_BUSY);
        assert421("451 Сервер временно перегружен", DeferralKind.SERVER_BUSY);
        assert421("451 サービスが一時的に利用できません", DeferralKind.SERVER_BUSY);
        assert421("452 Quota de la boîte aux lettres dépassé", DeferralKind.MAILBOX);
        assert421("452 Cota da caixa postal excedida", DeferralKind.MAILBOX);
        assert421("452 Квота ящика превышена", DeferralKind.MAILBOX);
        assert421("451 Quota d'envoi dépassé", DeferralKind.RATE_LIMIT);
        assert421("451 Cuota de envío excedida", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theReceiversPolicyServiceQueueBackEndAndDrainingShouldBeItsTroubleAndAVolumeOverAThresholdARate() {
        // Constructed cases, a batch of forty of which 37 were read right before these rules (one of its labels, a DNS
        // lookup the receiver could not finish, corrected to the receiver's trouble by LABELLING.md), and a batch of
        // forty, connection limits and their neighbours, of which 36 were (two labels corrected to the tables'
        // convention: a receiver's total of connections or clients reached is a connection limit); their misses.
        for (String reply : List.of("451 4.7.0 Temporary error in policy service, try again", "451 4.7.1 Error contacting policy server",
            "451 The number of messages in our queue is above the threshold", "451 The amount of mail in the queue exceeds the limit",
            "451 Backend refused the connection", "421 This node is draining, retry on another MX",
            "421 Draining connections, please reconnect", "451 4.4.0 DNS lookup of the recipient domain timed out")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("451 4.7.1 Rate of incoming mail from your network is above our threshold", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Volume of mail from your IP exceeds our limit", DeferralKind.RATE_LIMIT);
        // Neighbours: a policy that rejects is a judgement; recipients over a limit name no time; a connection closed
        // for our idleness is our session's; a queue to drain names no trouble.
        assert421("451 4.7.1 Rejected by policy, try later", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Temporarily rejected by sender policy", DeferralKind.REPUTATION);
        assert421("451 Number of recipients over the limit", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Your connection was closed by the proxy due to inactivity", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Drain the queue first", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Too many connections per minute from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many SMTP sessions in progress from 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversResolversFailoverUpdatesExhaustionAndItsOwnPartsConcurrencyShouldBeItsTrouble() {
        // Constructed cases: a batch of forty replies as Exchange's queue, Postfix's, Exim's and sendmail's logs, event
        // records and client libraries carry them, all read right before these rules; a batch of forty of the
        // receiver's trouble and rates in free wording, 33 read right (one label, a lookup the receiver could not
        // finish, corrected by LABELLING.md), one of its misses a false connection limit; those misses.
        for (String reply : List.of("451 4.4.3 Our nameservers are not responding", "451 Local DNS resolver failure",
            "451 Cluster failover in progress", "451 The anti-virus engine is updating, retry later",
            "451 4.3.2 Concurrency limit of the delivery agent reached, retry", "421 LMTP concurrency limit reached",
            "451 Temporarily out of worker threads", "421 Max server load reached")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: the sender's name servers, a concurrency limit on our sessions, a load limit for our address,
        // an account being updated.
        assertNot421("451 The name servers for your domain are not responding", DeferralKind.SERVER_BUSY);
        assert421("421 Service unavailable, concurrency limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrency limit exceeded for your IP", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.3.2 Concurrency limit of the delivery agent reached", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.7.0 Max load reached for your IP", DeferralKind.SERVER_BUSY);
        assert421("450 Your account is being updated", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Out of office", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void connectionsToTheReceiversOwnPartsAndAMailboxsSessionsShouldNotBeAConnectionLimit() {
        // Constructed cases: a batch of forty about connections and sessions, thirty of them neighbours of a connection
        // limit, 26 read right before these rules; connection limits 4 of 10, and two called so wrongly (a maximum of
        // connections to the receiver's filter, a mailbox's open sessions). Two misses are left as the rules read them
        // by the tables' convention (failed connections counted are a rate, as failed logins; recipients for a session).
        for (String reply : List.of("421 Maximum number of connections to the filter reached",
            "421 Maximum number of connections to the database reached", "421 Max connections to the backend reached",
            "421 The maximum number of concurrent deliveries to mailboxes is reached", "421 Connection backlog full",
            "421 Server is handling too many requests right now")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("452 4.2.2 Mailbox has too many open sessions (IMAP), try later", DeferralKind.MAILBOX);
        assert421("421 4.7.0 Connections from your country are temporarily restricted", DeferralKind.REPUTATION);
        for (String reply : List.of("421 4.7.0 Your address already occupies every connection slot allotted to it",
            "421 More than 3 sessions from one IP are not allowed", "421 Sessions from your IP at limit, close one and retry",
            "421 Too many of your connections are still open", "421 4.7.0 Parallelism limit reached for client 192.0.2.10",
            "421 Your host is connected too often at once", "421 Maximum number of connections from your IP reached",
            "421 Max connections to this server reached")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        // Neighbours: counted per unit of time they are a rate; the sender's own server is not the receiver's load.
        assert421("421 More than 3 connections from one IP per minute are not allowed", DeferralKind.RATE_LIMIT);
        assert421("421 Sessions from your IP are over the limit for this hour", DeferralKind.RATE_LIMIT);
        assertNot421("450 Your server is processing too many", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many connection attempts in the last minute", DeferralKind.RATE_LIMIT);
        assert421("421 4.4.2 Too many idle connections closed, reconnect", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void connectionsRefusedForAShutdownASpammersConnectionsAPartsAndARecipientsSessionsShouldNotBeAConnectionLimit() {
        // Constructed cases: a later batch of forty about connections (36 right before; four false connection limits
        // among its 26 neighbours, these four). The receiver's total of connections reached stays a connection limit,
        // as the tables label Courier's, Broadcom's and nodemailer's totals.
        assert421("421 4.3.2 No more connections are accepted, server shutting down", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Server shutting down, no new connections", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Too many connections from spam sources on your network, blocked", DeferralKind.REPUTATION);
        assert421("421 Too many connections from spammers, blocked", DeferralKind.REPUTATION);
        assert421("451 4.3.0 The spam filter has too many open connections", DeferralKind.SERVER_BUSY);
        assert421("451 The content filter has too many open connections", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.1 The recipient has too many sessions open", DeferralKind.MAILBOX);
        // Neighbours: a sender named keeps the limit; the receiver's total is one.
        assert421("421 Too many connections from your IP, server shutting down", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Server has reached the per-IP connection maximum; close other sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Server has reached its maximum number of connections, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Too many clients connected, server at capacity", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your host", DeferralKind.CONNECTION_LIMIT);
        // Another batch of forty (36 right before): connections to its message store and a limit reached on its relay
        // host are its trouble, deliveries to the same mailbox the recipient's; "3 connections already open from" the
        // sender a connection limit.
        assert421("451 4.3.0 Too many open connections to the message store", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Connection limit reached on the relay host", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.1 Too many concurrent deliveries to the same mailbox", DeferralKind.MAILBOX);
        assert421("421 4.7.0 Connection rejected: 3 connections already open from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connection limit reached for your IP", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.7.0 3 connections already made from 192.0.2.1 this minute", DeferralKind.CONNECTION_LIMIT);
        // A third batch (33 of 40 right before: three false connection limits among 30 neighbours, two missed of ten): an
        // idle connection's limit is our session's, a proxy holding too many connections and connections queued are its
        // trouble; all of the sender's slots in use and an extra connection rejected are connection limits; too many
        // unknown recipients on a connection judge the sender; a first connection to retry is greylisting.
        assert421("421 4.4.2 Idle connection limit exceeded", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.3.2 Proxy has too many connections to the mail server", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections are queued, the server is busy", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Connections per IP: 3 of 3 in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Rejecting extra connection from 192.0.2.1, limit is 2", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many bad recipients on this connection", DeferralKind.REPUTATION);
        assert421("450 4.7.1 First connection from your IP, please retry", DeferralKind.GREYLIST);
        // Neighbours: a connection limit with no adjective, recipients of a connection, pending connections of the
        // sender's, a first connection that failed.
        assert421("421 Connection limit exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("452 Too many recipients on this connection", DeferralKind.RATE_LIMIT);
        assertNot421("421 Too many pending connections from your IP", DeferralKind.SERVER_BUSY);
        assert421("451 First connection timed out, retry", DeferralKind.OTHER_TRANSIENT);
        // A fourth batch (30, 20 right before: eight false connection limits among 18 neighbours, one of eleven missed):
        // a program of its mail stack out of connections or clients (PostgreSQL's "sorry, too many clients already"),
        // connections to its destination, connections counted per hour, connections without authentication or from
        // hosts without reverse DNS are no connection limit; a per-IP maximum with its number is.
        for (String reply : List.of("451 4.3.0 Temporary lookup failure: FATAL: sorry, too many clients already",
            "451 4.3.0 policyd: too many connections, try later", "451 4.3.0 clamd: Too many connections",
            "451 4.3.0 spamd: too many children, try again", "451 4.3.0 Policy service reports too many connections",
            "451 4.4.0 Too many outbound connections to the destination domain, retry")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("421 4.7.0 You have connected too many times in the last hour", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many connections without authentication, closing", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Too many connections from hosts without reverse DNS", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Maximum per-IP connections (5) reached", DeferralKind.CONNECTION_LIMIT);
        // Neighbours: the sender named keeps the limit.
        assert421("421 4.7.0 Sorry, too many clients already from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 You are connected too many times", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from your subnet", DeferralKind.CONNECTION_LIMIT);
        // A fifth batch (30, 28 right before: one false connection limit among 20 neighbours): too many users logged in
        // to a mailbox are the recipient's; infected or compromised hosts of the sender's judge it.
        assert421("450 4.2.1 Too many users logged in to this mailbox", DeferralKind.MAILBOX);
        assert421("421 4.7.0 Too many hosts on your network are infected, blocked", DeferralKind.REPUTATION);
        assert421("421 Connections from compromised hosts are refused", DeferralKind.REPUTATION);
        // Neighbours: the receiver's own systems compromised are no judgement of the sender; its users online are its
        // total of connections, a connection limit by the tables' convention.
        assertNot421("421 Our systems were compromised, try later", DeferralKind.REPUTATION);
        assert421("421 4.3.2 Too many users online, try later", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversTroubleInOtherWordsShouldBeItsTroubleAndOurMessageNot() {
        // Constructed cases: a written batch of forty, the receiver's trouble and neighbours (36 right before).
        assert421("451 Unexpected internal condition, message not accepted", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 DKIM signing service not reachable", DeferralKind.SERVER_BUSY);
        assert421("451 DKIM verification service timed out", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.0 Recipient storage temporarily unavailable", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Your message could not be parsed, try again", DeferralKind.OTHER_TRANSIENT);
        // Neighbours: a DKIM check the sender failed judges it; the receiver's own storage unavailable is its trouble.
        assert421("451 DKIM signature verification failed", DeferralKind.REPUTATION);
        assert421("451 Your DKIM signature is invalid", DeferralKind.REPUTATION);
        assert421("451 4.3.0 Storage temporarily unavailable", DeferralKind.SERVER_BUSY);
    }

    @Test
    void ratesInOtherWordsShouldBeRatesAndTheReceiversThrottlingServiceFailingItsTrouble() {
        // Constructed cases: a written batch of forty, rates and neighbours (34 right before, one connection limit of two
        // missed).
        assert421("450 4.7.1 Token bucket empty for 192.0.2.1, retry in 30 seconds", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Domain example.com exceeded its daily send volume", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Overly aggressive sending detected, back off", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Delivery to this recipient is rate-restricted", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Throttling service error, please retry", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Rate limiter backend unavailable", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Rate limited: concurrency of 3 exceeded for your IP", DeferralKind.CONNECTION_LIMIT);
        // Neighbours: a throttling for the sender's volume stays a rate, a transfer too slow ours.
        assert421("421 4.7.0 Throttled: your volume is too high", DeferralKind.RATE_LIMIT);
        assert421("421 4.4.2 Rate of data transfer too slow, closing", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void judgementsMailboxesAndTheirNeighboursInOtherWordsShouldReadAsTheirKind() {
        // Constructed cases: a written batch of forty, judgements, greylisting, mailboxes and neighbours (35 right
        // before; one miss left: a "(tempfail-grey)" tag).
        assert421("450 4.7.1 HELO hostname does not resolve, try again later", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Sending domain registered too recently", DeferralKind.REPUTATION);
        assert421("450 4.2.0 Recipient is temporarily unable to receive mail", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Blocklist lookup failed, try later", DeferralKind.SERVER_BUSY);
        // Neighbours: a check the sender failed judges it; a block list's listing too.
        assert421("421 4.7.0 Reputation check failed for 192.0.2.10, try later", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Your IP failed the blocklist check", DeferralKind.REPUTATION);
        assert421("451 4.7.1 SPF check failed", DeferralKind.REPUTATION);
    }

    @Test
    void connectionLimitsAsManyServersWordThemShouldBeConnectionLimits() {
        // Constructed cases: a written batch of forty connection limits as servers word them (38 right before, once
        // "Connection rate limit exceeded" was read by the tables' convention as a rate): concurrency exceeded for the
        // sender, a session count above the limit.
        assert421("421 4.7.0 Exceeded concurrency for 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrent session count for your IP is above the limit", DeferralKind.CONNECTION_LIMIT);
        // Neighbours: a concurrency of the receiver's own part, a concurrency per minute.
        assertNot421("421 Exceeded concurrency of the delivery agent", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Over concurrency per minute", DeferralKind.RATE_LIMIT);
        // A connection's time limit is our session's (the last stop's batch 59 left it read as a rate).
        assert421("421 4.4.2 Connection limit time exceeded, closing", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void mailRateLimitedForWantOfTlsShouldBeOurSessionsAndForWantOfAuthenticationAJudgement() {
        // Gmail's family "Your email has been rate limited because ..." (a written batch of twenty providers' replies, 19
        // right before): without TLS it is ours to fix; unauthenticated or failing SPF, DKIM or alignment it judges the
        // sender; for unusual volume it is a rate.
        assert421("421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection.",
            DeferralKind.OTHER_TRANSIENT);
        assert421("421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message.",
            DeferralKind.REPUTATION);
        assert421("421-4.7.26 Your email has been rate limited because it is unauthenticated.", DeferralKind.REPUTATION);
        assert421("421 4.7.28 Your email has been rate limited because of unusual volume", DeferralKind.RATE_LIMIT);
    }

    @Test
    void ourMessagesFaultsShouldBeOursWhateverTheEnhancedCodesClass() {
        // A written batch of our session's faults and the receiver's trouble (30, 29 right before once two labels were
        // read as the tables read Postfix's TLS replies): a message with NUL characters is ours under 4.3.0 too.
        assert421("451 4.3.0 Message contains NUL characters", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your message has an invalid header", DeferralKind.OTHER_TRANSIENT);
        // Neighbours: the receiver's store with bad data is its trouble.
        assert421("451 4.3.0 The message store has invalid data", DeferralKind.SERVER_BUSY);
    }

    @Test
    void connectionLimitsWithAddressesAndOtherSessionsShouldBeConnectionLimitsAndTheirNeighboursNot() {
        // Constructed cases: a batch of forty, twenty connection limits (17 right before these rules) and twenty
        // neighbours (three called connection limits: a limit to the receiver's relay, a limit's time, connections
        // with spam; one label corrected to the tables' convention, a server's total of connections reached). The
        // limit's time is left a rate as the rules read "connection limit" elsewhere.
        for (String reply : List.of("421 4.7.0 Connections from 192.0.2.0/24 are limited to 4 at a time",
            "421 The number of your open SMTP sessions is over the limit",
            "421 Wait for your other connections to finish before opening new ones")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        assert421("421 New connection rejected: rate too high", DeferralKind.RATE_LIMIT);
        assert421("421 Outbound connection limit to the relay reached", DeferralKind.SERVER_BUSY);
        assert421("421 Number of connections to the database exceeds the limit", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections with spam from your IP", DeferralKind.REPUTATION);
        assertNot421("421 4.4.2 Connection limit time exceeded, closing", DeferralKind.CONNECTION_LIMIT);
        // Neighbours: rates of errors or bounces are no sending rate; a complaint rate is a judgement.
        assert421("421 Error rate too high on this connection", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Complaint rate too high", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Connection limit per minute reached for your IP", DeferralKind.RATE_LIMIT);
    }

    @Test
    void localizedConnectionLimitsInMoreWordsShouldReadAsConnectionLimitsAndPerUnitOfTimeAsRates() {
        // Constructed cases: forty localized replies (thirty-five connection limits in fifteen languages, neighbours),
        // 36 right before these rules, one of the misses a false connection limit (a count per minute in German).
        for (String reply : List.of("421 Maximale Anzahl an Verbindungen von Ihrem Host erreicht",
            "421 4.7.0 Conexões simultâneas em excesso, tente mais tarde", "421 4.7.0 Za dużo jednoczesnych połączeń, spróbuj później",
            "421 Trop de connexions depuis votre adresse IP", "421 Слишком много соединений с вашего IP-адреса")) {
            assert421(reply, DeferralKind.CONNECTION_LIMIT);
        }
        for (String reply : List.of("421 Zu viele Verbindungen pro Minute von Ihrer IP", "421 Trop de connexions par minute",
            "421 Demasiadas conexiones por minuto desde su IP", "421 Слишком много соединений в минуту",
            "421 Troppe connessioni al minuto")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        // French with the English spelling of connections (read as no kind before, 2026-12-04), and its neighbours.
        assert421("421 4.7.0 Trop de connections depuis votre adresse IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Trop de connections par minute depuis votre IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Trop de connections à la base de données", DeferralKind.SERVER_BUSY);
    }

    @Test
    void chineseJapaneseAndKoreanRatesAndTroubleInMoreWordsShouldReadAsTheirKind() {
        // Constructed cases: twenty-one replies in Chinese, Japanese and Korean probed before these rules, 12 read right
        // (the misses: sending too frequently, a per-minute volume exceeded, a sending frequency too high, much mail in
        // a short time, a sending volume exceeded, too many mails sent; congestion and a temporary error); three more
        // written with the rules (a sending count at its limit, a server error in Japanese and Korean).
        for (String reply : List.of("451 发信过于频繁，请稍后再试", "450 超过每分钟发信量限制", "450 发送数量已达到上限",
            "450 送信頻度が高すぎます", "450 短時間に大量のメールが送信されました", "450 발송량이 초과되었습니다",
            "450 너무 많은 메일을 보냈습니다")) {
            assert421(reply, DeferralKind.RATE_LIMIT);
        }
        for (String reply : List.of("421 서버가 혼잡합니다", "451 一時的なエラーです。しばらくしてから再送してください",
            "451 サーバーエラー", "451 서버 장애")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("421 同時接続数が上限に達しました", DeferralKind.CONNECTION_LIMIT);
        assert421("421 동시 접속 수 초과", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversProgramsAndStoresFailingInTheirOwnWordsShouldBeItsTrouble() {
        // Constructed cases: twenty system and store errors as programs word them (13 read right before these rules)
        // and nine mail-stack programs named with a failure (5 right once the store rule was in); "MySQL" is read as "mysql my sql".
        for (String reply : List.of("451 4.7.1 No buffer space available", "451 Stale file handle", "451 Lock wait timeout exceeded",
            "451 Connection pool timeout", "451 MySQL server has gone away", "451 Redis connection refused",
            "451 MySQL connection refused", "451 ClamAV not responding", "451 4.7.1 SpamAssassin timed out",
            "451 RabbitMQ connection lost", "451 DovecotLMTP unavailable")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: the same programs judging the message, the sender's reverse DNS failing in a log line.
        assert421("451 4.7.1 SpamAssassin: spam score too high", DeferralKind.REPUTATION);
        assert421("451 Rspamd: message rejected as spam", DeferralKind.REPUTATION);
        assert421("451 amavis: your message failed the virus scan", DeferralKind.REPUTATION);
        assert421("451 postfix/smtpd: warning: your IP failed reverse lookup", DeferralKind.REPUTATION);
        assert421("451 Client host failed the reverse DNS check", DeferralKind.REPUTATION);
    }

    @Test
    void processingSuspendedHighDemandAndNoCapacityShouldBeTheReceiversTrouble() {
        // Constructed cases: twenty-five probes of capacity, processing and demand, 16 read right before these rules.
        for (String reply : List.of("421 Mail processing suspended", "451 Processing delayed, try later",
            "421 We cannot accept your mail at the moment", "421 Service is experiencing high demand",
            "451 High demand, please retry later", "421 Too much traffic right now", "421 No capacity available, try later",
            "451 Capacity limit reached on this node")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Neighbours: the sender's traffic is a rate; a delay for a spam check names a judgement.
        assert421("421 Too much traffic from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 Processing of your message delayed: spam check pending", DeferralKind.REPUTATION);
    }

    @Test
    void loopsHopsAndATransactionsLimitsShouldStayOtherTransient() {
        // Constructed neighbours of rates, twelve probed: all but "Too many mail loops detected" (read as a rate) right.
        for (String reply : List.of("451 Too many hops", "451 4.4.6 Too many Received headers, possible mail loop",
            "451 Too many mail loops detected", "421 Too many bad commands", "452 Too many recipients in this transaction",
            "452 4.5.3 Too many RCPT TO commands", "452 Too many recipients, max 100 per message")) {
            assert421(reply, DeferralKind.OTHER_TRANSIENT);
        }
        assert421("451 Too many mail from your IP", DeferralKind.RATE_LIMIT);
    }

    @Test
    void neighboursOfWrittenBatch145ShouldKeepTheirKinds() {
        // Probes of the neighbours of written batch 145's rules (constructed, 2026-11-30): a pool or a capacity of the
        // receiver's held for the sender is the sender's limit; transactions or sessions "of mail" at once are too; a
        // queue the sender owns near full is no trouble of the receiver's; a back end answering with an error is.
        assert421("421 Our connection pool for your IP is exhausted", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Our connection pool for 192.0.2.10 is exhausted", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Our session capacity is full", DeferralKind.SERVER_BUSY);
        assert421("421 Too many mail transactions in progress for your account", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many mail sessions from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Too many transactions, slow down", DeferralKind.RATE_LIMIT);
        assertNot421("421 Your queue is at 95% capacity", DeferralKind.SERVER_BUSY);
        assert421("451 Redis returned READONLY error", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.2 Connection limit time exceeded, closing, retry in 5 minutes", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Session limit used up for the rest of the hour", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aReputationCheckFailingInOtherLanguagesShouldBeTheReceiversTrouble() {
        // Probes of the neighbours of written batch 146's rules (constructed, 2026-11-30): a reputation named is a
        // judgement of the sender, but the receiver's check of it failing, timing out or unavailable is its trouble, and
        // so is its unwanted-mail filter down; a reputation check the sender failed stays a judgement.
        for (String reply : List.of("451 Impossible de vérifier la réputation de l'expéditeur (délai dépassé)",
            "421 Проверка репутации недоступна", "451 Filtre de courrier indésirable indisponible",
            "451 Error al consultar la reputación del remitente, reintente",
            "451 Fehler bei der Reputationsprüfung, bitte später erneut versuchen", "451 信誉查询失败,请稍后重试")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("421 Ваш IP не прошёл проверку репутации", DeferralKind.REPUTATION);
        assert421("421 Votre IP n'a pas passé la vérification de réputation", DeferralKind.REPUTATION);
        // The same in English (probes at the session's read-through: the first three had been read as judgements).
        for (String reply : List.of("451 Reputation lookup timed out, try again", "451 Error contacting reputation service",
            "451 Unable to check sender reputation, try later")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("421 Your IP failed the reputation check", DeferralKind.REPUTATION);
        assert421("421 Reputation check failed for your IP", DeferralKind.REPUTATION);
        assert421("421 Poor reputation, cannot accept your mail", DeferralKind.REPUTATION);
    }

    @Test
    void neighboursOfTheHundredAndFourthTablesRulesShouldKeepTheirKinds() {
        // Probes (constructed, 2026-11-30): a connection blocked for a while judges the sender, unless the words count
        // its connections; a session suspended for inactivity is ours; "Grey" inside a host name names nothing.
        assert421("421 Your connections are blocked for 10 minutes: too many connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your session was suspended due to inactivity", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Mail from grey.example.net deferred", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.2.0 Grey: try later", DeferralKind.GREYLIST);
    }

    @Test
    void overloadMemoryShutdownAndDisksInOtherLanguagesShouldBeTheReceiversTroubleAndTheirNeighboursNot() {
        // Probes of written batches 150's and 151's rules (constructed, 2026-11-30): overload named in any word order, the
        // receiver's memory short, its server stopping; a mailbox named keeps its kind, a filter overloaded is a part's
        // trouble, not a judgement; an account suspended or a connection stopping is no server shutting down.
        for (String reply : List.of("421 Überlastung des Servers", "421 Serverüberlastung", "421 Surcharge du serveur",
            "421 Sobrecarga del servidor", "421 Przeciążenie serwera", "421 Перегрузка сервера", "421 服务器过载",
            "421 Le serveur de messagerie est actuellement surchargé", "421 Der Mailserver ist im Moment stark überlastet",
            "421 O servidor de e-mail está sobrecarregado no momento", "421 Servern är för närvarande överbelastad",
            "421 Palvelin on tällä hetkellä ylikuormitettu", "451 Spam-Filter überlastet", "451 4.3.0 Nicht genügend Speicher",
            "451 Mémoire insuffisante sur le serveur", "451 内存不足，请稍后重试", "451 메모리가 부족합니다", "451 Za mało pamięci",
            "421 Servern stängs av för underhåll", "421 Serveren lukker ned", "421 Sunucu kapatılıyor",
            "421 Сервис временно остановлен", "421 サービスを停止しています")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        // Turkish in capitals: a dotless ı is written I, a dotted i İ.
        assert421("421 SUNUCU ŞU ANDA AŞIRI YÜKLÜ", DeferralKind.SERVER_BUSY);
        assert421("450 ÇOK HIZLI GÖNDERİM YAPIYORSUNUZ", DeferralKind.RATE_LIMIT);
        assert421("452 Nicht genügend Speicherplatz im Postfach", DeferralKind.MAILBOX);
        assert421("452 Dysk skrzynki pocztowej jest pełny", DeferralKind.MAILBOX);
        for (String reply : List.of("451 Disco lleno en el servidor", "451 Ошибка записи на диск", "451 Schreibfehler im Spool")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("452 4.2.2 Disk quota exceeded", DeferralKind.MAILBOX);
        assertNot421("450 Discount offers are not accepted", DeferralKind.SERVER_BUSY);
        assert421("421 Zu viele Verbindungen, Server überlastet", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Sie senden zu schnell, unser Server ist überlastet", DeferralKind.RATE_LIMIT);
        assertNot421("452 Votre boîte aux lettres n'a plus de mémoire", DeferralKind.SERVER_BUSY);
        for (String reply : List.of("421 Kontot stängs av", "421 A kapcsolat leállt", "421 连接正在关闭", "421 Соединение закрывается")) {
            assertNot421(reply, DeferralKind.SERVER_BUSY);
        }
    }

    @Test
    void activeConnectionsLockWaitsAndSystemResourcesInOtherLanguagesShouldReadAsTheirKindAndTheirNeighboursNot() {
        // Probes of written batch 152's rules (constructed, 2026-11-30): active connections are connections at once
        // unless a part holds them or a window counts them; a lock wait is the receiver's trouble, but a block with a
        // wait is no lock ("Sperre", "bloqueo" and "блокировка" are blocks too) and a mailbox's lock is no server's.
        assert421("421 Ihre IP hat zu viele aktive Verbindungen", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zu viele aktive Verbindungen zur Datenbank", DeferralKind.SERVER_BUSY);
        assert421("421 Trop de connexions actives par minute", DeferralKind.RATE_LIMIT);
        assertNot421("451 För många misslyckade inloggningar", DeferralKind.CONNECTION_LIMIT);
        assert421("421 IP-Sperre aktiv, Wartezeit 30 Minuten", DeferralKind.REPUTATION);
        assert421("421 Ваш IP заблокирован, ожидание 10 минут", DeferralKind.REPUTATION);
        assertNot421("451 Bloqueo temporal, tiempo de espera 10 minutos", DeferralKind.SERVER_BUSY);
        assert421("450 Mailbox locked, lock timeout", DeferralKind.MAILBOX);
        assertNot421("451 Le verrou de la boîte aux lettres a expiré (timeout)", DeferralKind.SERVER_BUSY);
        assert421("451 Lock timeout on queue file", DeferralKind.SERVER_BUSY);
        assert421("421 Vérifiez les ressources système", DeferralKind.SERVER_BUSY);
    }

    @Test
    void maintenanceCapacityAndProxiesInOtherLanguagesShouldBeTheReceiversTroubleAndTheirNeighboursNot() {
        // Probes of written batch 153's rules (constructed, 2026-11-30): maintenance named in any word order, a
        // proxy's invalid answer is the receiver's trouble; a mailbox's capacity, a server unable to verify the sender,
        // a block by a proxy, an invalid command or data from our client are not.
        assert421("421 Servidor em manutenção programada", DeferralKind.SERVER_BUSY);
        assert421("421 Bakım çalışması nedeniyle hizmet veremiyoruz", DeferralKind.SERVER_BUSY);
        assert421("451 Ungültige Antwort vom Proxy", DeferralKind.SERVER_BUSY);
        assertNot421("452 La capacité de la boîte aux lettres est dépassée", DeferralKind.SERVER_BUSY);
        for (String reply : List.of("451 Der Server ist nicht in der Lage, Ihre Absenderadresse zu verifizieren",
            "451 Le serveur n'est pas en mesure de vérifier l'expéditeur", "451 Invalid response from client",
            "451 Le serveur a reçu une commande incorrecte", "451 Der Server erhielt ungültige Daten von Ihrem Client",
            "451 Recibimos información inválida de su servidor")) {
            assertNot421(reply, DeferralKind.SERVER_BUSY);
        }
        assert421("451 Der Proxy hat Ihre IP gesperrt", DeferralKind.REPUTATION);
    }

    @Test
    void unreachableHostsShutdownsAndInternalFailuresInOtherLanguagesShouldBeTheReceiversTroubleAndTheirNeighboursNot() {
        // Probes of written batch 154's rules (constructed, 2026-11-30): a server, host or network behind the receiver
        // unreachable, its shutdown and its internal failure are its trouble; the sender's own server unreachable (a
        // callback failing), a connection closing, a broken message and an English colour are not.
        for (String reply : List.of("451 Der Zielserver ist nicht erreichbar", "451 El servidor remoto no es alcanzable",
            "421 Dienst wird heruntergefahren", "451 Erreur interne du serveur", "421 Serwer tymczasowo niedostępny",
            "451 Konfigurationsfehler im Mailsystem")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        for (String reply : List.of("451 Ihr Server ist nicht erreichbar", "451 Ihr Mailserver ist nicht erreichbar",
            "421 Ваш сервер недоступен для проверки", "451 Votre serveur est indisponible", "421 正在關閉連線,請稍後再試。",
            "421 Bağlantı kapatılıyor", "421 De verbinding wordt afgesloten", "451 Bozuk mesaj", "421 Red list match")) {
            assertNot421(reply, DeferralKind.SERVER_BUSY);
        }
    }

    @Test
    void excessiveLoadAndRequestsNotForwardedInOtherLanguagesShouldBeTheReceiversTroubleAndTheirNeighboursNot() {
        // Probes of written batch 155's rules (constructed, 2026-11-30): a load called excessive and a relay unable to
        // pass mail on are the receiver's trouble; a load of messages from the sender's address is its volume, and a
        // recipient unreachable names no trouble of the receiver's.
        for (String reply : List.of("421 Carga excesiva en el servidor", "421 Übermäßige Belastung des Systems",
            "451 Weiterleitung zurzeit nicht möglich", "451 Impossible de transmettre votre message pour le moment")) {
            assert421(reply, DeferralKind.SERVER_BUSY);
        }
        assertNot421("451 Alta carga de mensajes de su IP", DeferralKind.SERVER_BUSY);
        assertNot421("451 Il destinatario è irraggiungibile", DeferralKind.SERVER_BUSY);
        // Turkish in capitals, read by rules written with a dotless ı (a capital I lowers to "i" whichever it was).
        assert421("421 MAKSİMUM BAĞLANTI SAYISINA ULAŞILDI", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.4.1 UZAK BAĞLANTI VEYA AĞ BOZUK OLABILIR", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aBusySystemAndAServerStoppedInOtherLanguagesShouldBeTheReceiversTroubleAndTheirNeighboursNot() {
        // Probes of written batch 156's rules (constructed, 2026-11-30): a system busy and a server stopped are the
        // receiver's trouble; an account switched off and a connection ended are not.
        assert421("421 Servidor parado por mantenimiento", DeferralKind.SERVER_BUSY);
        assert421("421 Система занята, попробуйте позже", DeferralKind.SERVER_BUSY);
        assertNot421("421 Konto wyłączone", DeferralKind.SERVER_BUSY);
        assertNot421("421 Połączenie zostało zakończone", DeferralKind.SERVER_BUSY);
    }

    @Test
    void usersAtTheMaximumAndMoreThanNConnectionsShouldBeAConnectionLimitAndTheirNeighboursNot() {
        // Probes of written batch 157's rules (constructed, 2026-11-30): users logged in at the maximum, more than N
        // connections from one user, in English and other languages, are a connection limit; per minute, to a
        // database, in a mailbox, not authenticated, or a key-value store's count of clients, not.
        assert421("421 There are too many connected users, please try later.", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximale Anzahl Benutzer bereits angemeldet", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Más de 3 conexiones desde su IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Priveľa aktívnych spojení z vašej IP", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 I can't accept more than 3 connections per minute", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Mehr als 3 Verbindungen pro Minute", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 Mehr als 5 Verbindungen zur Datenbank", DeferralKind.CONNECTION_LIMIT);
        assertNot421("450 Mailbox busy: 50 users (the maximum) are already logged in", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 4.3.0 ERR max number of clients reached", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Maximale Anzahl an Benutzern erreicht", DeferralKind.CONNECTION_LIMIT);
        for (String reply : List.of("421 Trop de connexions non authentifiées depuis votre IP",
            "421 Demasiadas conexiones no autenticadas desde su IP", "421 Muitas conexões não autenticadas do seu IP",
            "421 Слишком много неаутентифицированных соединений")) {
            assertNot421(reply, DeferralKind.CONNECTION_LIMIT);
            assertNot421(reply, DeferralKind.RATE_LIMIT);
        }
    }

    @Test
    void failedAuthenticationsAndABandwidthRestrictedInOtherLanguagesShouldBeARateAndTheirNeighboursNot() {
        // Probes of written batch 157's rules (constructed, 2026-11-30): failed logins counted and the sender's
        // bandwidth restricted are paced; the server's own bandwidth, and a time-out asking to type faster, are not.
        assert421("421 Zu viele Anmeldeversuche", DeferralKind.RATE_LIMIT);
        assert421("421 Demasiados intentos de autenticación fallidos", DeferralKind.RATE_LIMIT);
        assert421("421 Bandwidth limit exceeded", DeferralKind.RATE_LIMIT);
        assertNot421("421 Die Bandbreite des Servers ist begrenzt", DeferralKind.RATE_LIMIT);
        assertNot421("421 Our bandwidth is limited at the moment", DeferralKind.RATE_LIMIT);
        assertNot421("421 Timeout - try typing a little faster next time", DeferralKind.RATE_LIMIT);
        assert421("421 Der Port ist belegt", DeferralKind.SERVER_BUSY);
    }

    @Test
    void accessDeniedTrafficLimitsAndExternalComponentsInOtherLanguagesShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 158's rules (constructed, 2026-11-30): access denied judges the sender, unless the
        // receiver's own part or a mailbox is named; a traffic limit is a rate, a time limit or a size limit not; a
        // failing external component or database is the receiver's; messages not acknowledged are no volume.
        assert421("450 Доступ запрещён", DeferralKind.REPUTATION);
        assertNot421("421 Zugriff auf die Datenbank verweigert", DeferralKind.REPUTATION);
        assertNot421("450 Zugriff auf Postfach verweigert", DeferralKind.REPUTATION);
        assert421("421 Limite de tráfego excedido para sua conta", DeferralKind.RATE_LIMIT);
        assertNot421("421 Transfer abgebrochen: Zeitlimit überschritten", DeferralKind.RATE_LIMIT);
        assertNot421("452 Message transfer failed: size limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 Timeout beim Virenscanner", DeferralKind.SERVER_BUSY);
        assert421("451 Fehler der Datenbank", DeferralKind.SERVER_BUSY);
        assertNot421("421 Zeitüberschreitung (keine Aktion seit 300 Sekunden)", DeferralKind.SERVER_BUSY);
        assertNot421("421 Zu viele Nachrichten ohne Bestätigung", DeferralKind.RATE_LIMIT);
        assertNot421("421 Trop tôt, réessayez", DeferralKind.RATE_LIMIT);
    }

    @Test
    void classUserLimitsTransfersInUseAndHostAccessControlShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 159's rules (constructed, 2026-11-30): a user limit reached and the sender's
        // transfers at the maximum are sessions at once, a mailbox's users not; all connections in use is the
        // receiver's capacity unless the sender is named; host access control judges the sender.
        assert421("421 The server has reached its user limit", DeferralKind.CONNECTION_LIMIT);
        assertNot421("452 Mailbox has reached its user limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 All connections are in use, try later", DeferralKind.SERVER_BUSY);
        assert421("421 All connections from your IP are in use", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 All connections to the database are in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection refused by tcpd", DeferralKind.REPUTATION);
        assertNot421("421 No more new connections allowed this hour", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void failedLoginsAWaitBeforeSendingAndADatabaseOutOfReachInOtherLanguagesShouldReadAsTheirWordsSay() {
        // Probes of written batch 160's rules (constructed, 2026-11-30): a wait of seconds before sending is pacing,
        // a wait of minutes and a resend or a wait while sending is none; failed logins are counted, failed
        // deliveries and delivery attempts are not logins; a database out of reach is the receiver's, a connection
        // closed by a proxy is not its database; a message over the server's limit is one transaction's.
        assert421("421 Veuillez patienter 30 secondes avant de renvoyer le message", DeferralKind.RATE_LIMIT);
        assertNot421("421 Bitte warten Sie 5 Minuten und senden Sie erneut", DeferralKind.RATE_LIMIT);
        assertNot421("421 Bitte warten Sie, während die Nachricht gesendet wird", DeferralKind.RATE_LIMIT);
        assert421("421 Trop de tentatives de connexion infructueuses", DeferralKind.RATE_LIMIT);
        assertNot421("421 Zu viele fehlgeschlagene Zustellungen", DeferralKind.RATE_LIMIT);
        assertNot421("421 Trop de tentatives de livraison", DeferralKind.RATE_LIMIT);
        assert421("451 Verbindung zur Datenbank unterbrochen", DeferralKind.SERVER_BUSY);
        assert421("452 Die Nachricht überschreitet das Limit des Servers", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void tooManyClientsADatabaseSystemsStatesAndItsCancelledStatementsInOtherLanguagesShouldReadAsTheirWordsSay() {
        // Probes of written batch 161's rules (constructed, 2026-11-30): too many clients are sessions at once unless a
        // part or a mailbox holds them; connections counted for a database are the receiver's; its database system
        // restarting, a connection it ended on its administrator's command and a statement it cancelled for a time-out
        // are its trouble, our session's time-out and an authentication's are not; an IP blocked judges the sender,
        // whoever blocked it, unless its connections are counted or a mailbox is blocked.
        assert421("421 4.7.0 Trop de clients connectés depuis votre adresse IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Za dużo klientów z Twojego adresu IP", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 4.3.0 Antivirus : trop de clients", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.2.1 Trop de clients connectés à cette boîte aux lettres", DeferralKind.MAILBOX);
        assert421("421 слишком много подключений к БД", DeferralKind.SERVER_BUSY);
        assert421("421 слишком много подключений с вашего IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 la base de données redémarre", DeferralKind.SERVER_BUSY);
        assert421("421 breche Verbindung ab aufgrund von Anweisung des Administrators", DeferralKind.SERVER_BUSY);
        assert421("451 annulation de la requête : délai dépassé", DeferralKind.SERVER_BUSY);
        assertNot421("421 Zeitüberschreitung beim Warten auf Befehl", DeferralKind.SERVER_BUSY);
        assertNot421("454 avbryter autentisering på grund av timeout", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 AV timeout", DeferralKind.SERVER_BUSY);
        assert421("421 Conexión terminada: su IP fue bloqueada por orden del administrador", DeferralKind.REPUTATION);
        assert421("421 il tuo IP è bloccato", DeferralKind.REPUTATION);
        assertNot421("421 Ihre IP wurde wegen zu vieler Verbindungen gesperrt", DeferralKind.REPUTATION);
        assert421("451 4.2.1 Postfach gesperrt, IP unbekannt", DeferralKind.MAILBOX);
    }

    @Test
    void rfcReplyTextsInOtherLanguagesShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 162's rules (constructed, 2026-11-30): a service not available and an error in
        // processing are the receiver's trouble; storage short is its trouble unless a mailbox or a recipient holds it
        // (or a quota is named); a mailbox unavailable is the recipient's, in either order; the sender's connections
        // counted and its IP blocked keep their kinds inside a processing error or an unavailable service.
        assert421("421 Tjänsten inte tillgänglig", DeferralKind.SERVER_BUSY);
        assert421("421 Palvelu ei ole käytettävissä", DeferralKind.SERVER_BUSY);
        assert421("451 Virhe käsittelyssä", DeferralKind.SERVER_BUSY);
        assert421("451 Lỗi xử lý", DeferralKind.SERVER_BUSY);
        assert421("452 Stockage système insuffisant", DeferralKind.SERVER_BUSY);
        assert421("452 Brak miejsca w skrzynce odbiorcy", DeferralKind.MAILBOX);
        assert421("452 Espace de stockage insuffisant pour le destinataire", DeferralKind.MAILBOX);
        assertNot421("452 Kontingent nicht ausreichend", DeferralKind.SERVER_BUSY);
        assert421("450 Niedostępna skrzynka", DeferralKind.MAILBOX);
        assert421("450 Postilaatikko ei ole käytettävissä", DeferralKind.MAILBOX);
        assert421("421 Služba není k dispozici: příliš mnoho spojení z vaší IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Fehler bei der Verarbeitung: Ihre IP ist gesperrt", DeferralKind.REPUTATION);
    }

    @Test
    void theCLibrarysErrorsInOtherLanguagesShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 163's rules (constructed, 2026-11-30): a device or resource busy or unavailable, too
        // many open files and an input/output error are the receiver's trouble, a mailbox busy the recipient's, a
        // network's input/output our session's; a disk quota exceeded is the mailbox's unless the spool is named; too
        // many users, alone, name no cause (as "421 Too many users" above), nor do users logged in to a mailbox make a
        // connection limit; a mailbox said not to exist for now is the recipient's; decomposed accents read as the
        // composed ones.
        assert421("451 Gerät belegt", DeferralKind.SERVER_BUSY);
        assert421("450 Postfach belegt", DeferralKind.MAILBOX);
        assert421("451 Ressource temporairement non disponible", DeferralKind.SERVER_BUSY);
        assert421("421 Trop de fichiers ouverts", DeferralKind.SERVER_BUSY);
        assert421("451 Erreur d'entrée/sortie", DeferralKind.SERVER_BUSY);
        assertNot421("451 Erreur d'entrée/sortie sur le réseau", DeferralKind.SERVER_BUSY);
        assert421("452 Diskkvot överskriden för användaren", DeferralKind.MAILBOX);
        assertNot421("452 Disk quota exceeded on the spool partition", DeferralKind.MAILBOX);
        assertNot421("421 Zu viele Benutzer", DeferralKind.CONNECTION_LIMIT);
        assertNot421("450 Zu viele Benutzer im Postfach angemeldet", DeferralKind.CONNECTION_LIMIT);
        assert421("450 La boîte aux lettres n'existe pas pour le moment", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Systemu\u0308berlastung, bitte spa\u0308ter", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aDirectoryOutOfReachAndAMaximumOfTheSendersMessagesShouldReadAsTheirWordsSay() {
        // Gaps left by the session before (constructed, 2026-11-30): a connection to the receiver's LDAP server failing
        // is its trouble in any language; a maximum number of messages from the sender is its volume, a maximum of
        // recipients from it one transaction's.
        assert421("451 Échec de la connexion au serveur LDAP", DeferralKind.SERVER_BUSY);
        assert421("451 Fehler beim Verbinden mit dem LDAP-Server", DeferralKind.SERVER_BUSY);
        assert421("421 Maximum number of messages from your host reached", DeferralKind.RATE_LIMIT);
        assertNot421("452 Maximum number of recipients from your host reached", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aServiceSaidNotToExistAndStorageShortOnARecipientsQuotaShouldReadAsTheirWordsSay() {
        // Gaps left by the session before (constructed, 2026-11-30): a service said not to exist, nothing following in
        // its clause, is the receiver's (as "service not available"), missing for a user or a domain it is not; storage
        // or space short on a recipient's quota is the mailbox's, in English and in Czech; the system's storage stays
        // the receiver's.
        assert421("451 Le service n'existe pas", DeferralKind.SERVER_BUSY);
        assert421("421 Услугата липсва, затваряне на прехвърлящия канал", DeferralKind.SERVER_BUSY);
        assertNot421("450 Le service de messagerie n'existe pas pour cet utilisateur", DeferralKind.SERVER_BUSY);
        assertNot421("451 El servicio de correo no existe en este dominio", DeferralKind.SERVER_BUSY);
        assert421("452 Insufficient space on the recipient's quota", DeferralKind.MAILBOX);
        assert421("452 Nedostatek místa v kvótě schránky", DeferralKind.MAILBOX);
        assert421("452 Insufficient system storage", DeferralKind.SERVER_BUSY);
        assert421("451 Đã ngừng hành động yêu cầu: lỗi khi thực hiện", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aMaximumOfConnectionsAndAWriteErrorInOtherLanguagesShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 164's rules (constructed, 2026-11-30): the most connections allowed, exceeded, is a
        // connection limit in other languages, per minute a rate, a database's the receiver's part, a mailbox's the
        // recipient's, a message's size per connection none; an error in writing is the receiver's trouble unless a
        // socket or a network is written to; memory short is the receiver's in more languages.
        assert421("421 Υπερβήκατε τον μέγιστο αριθμό συνδέσεων", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Olet ylittänyt yhteyksien enimmäismäärän", DeferralKind.CONNECTION_LIMIT);
        assert421("421 您超出了此服务器允许的最大连接数量", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Det maximala antalet anslutningar per minut har överskridits", DeferralKind.RATE_LIMIT);
        assertNot421("421 Maksimalan broj veza s bazom podataka je dosegnut", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Le nombre maximal de connexions à la base de données est atteint", DeferralKind.CONNECTION_LIMIT);
        assert421("450 最大连接数已满：邮箱", DeferralKind.MAILBOX);
        assertNot421("452 Maximale Nachrichtengröße pro Verbindung überschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Fout bij schrijven van tijdelijk bestand", DeferralKind.SERVER_BUSY);
        assert421("451 Virhe väliaikaistiedostoa kirjoitettaessa", DeferralKind.SERVER_BUSY);
        assertNot421("451 Erreur d'écriture sur le socket", DeferralKind.SERVER_BUSY);
        assertNot421("421 ошибка записи в сеть", DeferralKind.SERVER_BUSY);
        assert421("451 ליישום נגמר הזיכרון", DeferralKind.SERVER_BUSY);
        assert421("451 A communications error occurred: 104. Please try again.", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void connectionsTooFrequentARateExceededAQueueFullAndAUserUnavailableInOtherLanguagesShouldReadAsTheirWordsSay() {
        // Probes of written batch 165's rules (constructed, 2026-11-30): connecting too often is a rate, a connection
        // dropped too quickly our session's; a sending speed or a daily limit exceeded is a rate, a disk's speed and a
        // mailbox's limit are not; a queue full is the receiver's, a mailbox's queue the recipient's; a user
        // unavailable is the recipient's, a users' database unavailable the receiver's; an internal error of the
        // server's is its trouble; offline messages' store full is the recipient's.
        assert421("421 Vous vous êtes connecté trop souvent, attendez dix minutes", DeferralKind.RATE_LIMIT);
        assert421("421 Twój adres IP łączy się zbyt często", DeferralKind.RATE_LIMIT);
        assertNot421("421 Verbindung zu schnell getrennt", DeferralKind.RATE_LIMIT);
        assert421("450 Límite de velocidad de envío excedido", DeferralKind.RATE_LIMIT);
        assertNot421("451 Velocità di scrittura del disco superata", DeferralKind.RATE_LIMIT);
        assert421("450 Tägliches Limit erreicht", DeferralKind.RATE_LIMIT);
        assert421("452 File d'attente pleine", DeferralKind.SERVER_BUSY);
        assert421("452 La file d'attente de la boîte aux lettres est pleine", DeferralKind.MAILBOX);
        assert421("450 Utilisateur temporairement indisponible", DeferralKind.MAILBOX);
        assertNot421("450 Base de données des utilisateurs indisponible", DeferralKind.MAILBOX);
        assert421("421 Erreur interne du serveur", DeferralKind.SERVER_BUSY);
        assert421("452 Stockage des messages hors ligne plein", DeferralKind.MAILBOX);
        assert421("421 Служба недоступна", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aUsersLimitReconnectingTooFastAndAFloodInOtherWordsShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 166's rules (constructed, 2026-11-30): a limit of users online or from an address
        // exceeded is sessions at once, a bare "user limit" no cause, a mailbox's the recipient's, per hour no
        // connection limit; reconnecting too fast and a flood detected are rates, a flood on the receiver's own
        // network is no rate of the sender's.
        assert421("421 User limit exceeded at 200 online users", DeferralKind.CONNECTION_LIMIT);
        assert421("421 User limit from IP address 192.0.2.10 exceeded", DeferralKind.CONNECTION_LIMIT);
        assertNot421("452 User limit exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 La limite d'utilisateurs connectés depuis votre IP est dépassée", DeferralKind.CONNECTION_LIMIT);
        assert421("452 4.2.2 Benutzerlimit überschritten für dieses Postfach", DeferralKind.MAILBOX);
        assertNot421("421 Benutzerlimit pro Stunde überschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Reconexión demasiado rápida", DeferralKind.RATE_LIMIT);
        assert421("421 Обнаружен флуд", DeferralKind.RATE_LIMIT);
        assertNot421("421 SYN flood on our network, try later", DeferralKind.RATE_LIMIT);
    }

    @Test
    void sessionsNamedWithAProtocolAFatalErrorAClusterAndARefusedAddressShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 167's rules (constructed, 2026-12-01): too many connections or sessions with a
        // protocol's name between the words are sessions at once, counted per minute or failed they are not; a fatal
        // error and a cluster's controller out of reach are the receiver's trouble, a client's "Fatal error sending"
        // around a reply and a TLS alert are not, nor a connection to the sender's own server; the sender's IP address
        // refused is a judgement, a greylisting that refuses it stays a greylisting.
        assert421("421 Too many TCP connections from your host", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Too many TCP/IP connections per minute", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zu viele TCP-Verbindungen", DeferralKind.CONNECTION_LIMIT);
        assert421("421 SMTP 会话过多", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Слишком много неудачных TCP соединений", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Слишком много TCP соединений в минуту", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 连接数过多，每分钟最多 10 个", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 分あたりの最大セッション数に達しました", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Terlalu banyak koneksi dari database", DeferralKind.SERVER_BUSY);
        assert421("451 A fatal error occurred, try again later", DeferralKind.SERVER_BUSY);
        assertNot421("421 Fatal TLS alert: handshake failure", DeferralKind.SERVER_BUSY);
        assert421("451 Failed to select the destination cluster node", DeferralKind.SERVER_BUSY);
        assertNot421("451 Connection to your server failed", DeferralKind.SERVER_BUSY);
        assert421("451 Не удалось подключиться к кластеру хранения", DeferralKind.SERVER_BUSY);
        assert421("421 Technische Probleme, bitte später erneut versuchen", DeferralKind.SERVER_BUSY);
        assert421("421 Der Dienst ist derzeit angehalten", DeferralKind.SERVER_BUSY);
        assert421("450 Ваш IP-адрес отклонен", DeferralKind.REPUTATION);
        assert421("450 IP 192.0.2.1 被拒绝：灰名单，请稍后重试", DeferralKind.GREYLIST);
        assert421("450 Connection refused based on the IP address restriction list", DeferralKind.REPUTATION);
    }

    @Test
    void requestsAttemptsAndMessagesCountedAnUnexpectedErrorAndAnAbuseBlockShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 168's rules (constructed, 2026-12-01): requests, attempts and messages counted are the
        // sender's pace, delivery attempts counted and a message's size or recipients are not; an unexpected error is
        // the receiver's trouble; an IP address blocked or a block against abuse is a judgement, an abuse desk's
        // address is not; too many connections named before a block stay a connection limit.
        assert421("421 Zu viele Anfragen pro Minute", DeferralKind.RATE_LIMIT);
        assert421("421 Number of allowed attempts exceeded", DeferralKind.RATE_LIMIT);
        assertNot421("421 Maximum number of delivery attempts reached", DeferralKind.RATE_LIMIT);
        assert421("421 Too many exports were requested recently", DeferralKind.RATE_LIMIT);
        assert421("450 Le nombre de messages autorisés a été dépassé", DeferralKind.RATE_LIMIT);
        assertNot421("452 Die Nachricht überschreitet die maximale Größe von 10 MB", DeferralKind.RATE_LIMIT);
        assertNot421("450 The message size exceeded the limit for messages", DeferralKind.RATE_LIMIT);
        assertNot421("451 Fehlgeschlagene Anmeldung", DeferralKind.RATE_LIMIT);
        assert421("451 Ein unerwarteter Fehler ist aufgetreten", DeferralKind.SERVER_BUSY);
        assert421("450 Registrierung für Ihre IP-Adresse gesperrt", DeferralKind.REPUTATION);
        assertNot421("421 Missbrauch melden: abuse@example.net", DeferralKind.REPUTATION);
        assert421("421 IP 192.0.2.1 blockiert wegen zu vieler Verbindungen", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void placesAtOnceABanTheReceiversDirectoryAndAProtocolErrorShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 169's rules (constructed, 2026-12-01): an account connected from many places at once
        // is the sender's sessions at once, in a short time a rate, and the receiver's servers in many places are no
        // account's; a ban from the server judges the sender, a server closed for maintenance does not; the receiver's
        // LDAP directory named is its trouble, an LDAP host's name is not; a protocol error is ours whatever its 4.3.0
        // code; the server not reachable is the receiver's, not when the sender's IP address is named; the server
        // closing the connection is no shutdown.
        assert421("421 Ce compte est connecté depuis trop d'endroits à la fois", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many devices connected at the same time", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your account is in use from several locations at once", DeferralKind.CONNECTION_LIMIT);
        assert421("421 此账号在短时间内在太多地方连接", DeferralKind.RATE_LIMIT);
        assertNot421("421 Our servers in many places handle mail at the same time; try later",
            DeferralKind.CONNECTION_LIMIT);
        assert421("450 Sie sind auf diesem Server gesperrt", DeferralKind.REPUTATION);
        assert421("450 Vous avez été banni de ce serveur", DeferralKind.REPUTATION);
        assertNot421("421 Der Server ist wegen Wartung gesperrt", DeferralKind.REPUTATION);
        assert421("451 Der LDAP-Verzeichnisserver ist beschäftigt", DeferralKind.SERVER_BUSY);
        assert421("451 LDAP 서버에 연결이 많음", DeferralKind.SERVER_BUSY);
        assertNot421("421 ldap-01.example.net timed out", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Protokollfehler", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Protocol error", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Servern är inte åtkomlig", DeferralKind.SERVER_BUSY);
        assertNot421("421 Servern är inte åtkomlig för din IP", DeferralKind.SERVER_BUSY);
        assertNot421("421 服务器关闭了连接", DeferralKind.SERVER_BUSY);
        assert421("421 服务器正在关闭", DeferralKind.SERVER_BUSY);
        assert421("451 Ikke nok internminne", DeferralKind.SERVER_BUSY);
        assertNot421("451 Ekki minni en tíu", DeferralKind.SERVER_BUSY);
    }

    @Test
    void requestsInMoreLanguagesASystemErrorAndAMisconfiguredServerShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 170's rules (constructed, 2026-12-01): too many requests is the sender's pace, a
        // number of recipients too high is one transaction's; a system error is the receiver's trouble, the sender's
        // system and a wrapper's "Error:" label are not; the receiver's mail not set up correctly is its trouble, the
        // sender's server, its certificate and a mailbox are not.
        assert421("421 Liian monta pyyntöä", DeferralKind.RATE_LIMIT);
        assert421("421 Gormod o geisiadau, ceisiwch eto nes ymlaen", DeferralKind.RATE_LIMIT);
        assert421("421 Número de requisições muito alto", DeferralKind.RATE_LIMIT);
        assertNot421("421 Número de destinatarios muito alto", DeferralKind.RATE_LIMIT);
        assert421("451 Systemfejl. Prøv igen", DeferralKind.SERVER_BUSY);
        assertNot421("450 Ihr System hat einen Fehler gemeldet", DeferralKind.SERVER_BUSY);
        assertNot421("450 Error: system rejected message, too many recipients", DeferralKind.SERVER_BUSY);
        assert421("451 This server hasn't correctly set up email.", DeferralKind.SERVER_BUSY);
        assert421("451 Dieser Server hat E-Mails nicht korrekt eingerichtet", DeferralKind.SERVER_BUSY);
        assertNot421("451 4.7.1 Your server is not properly configured", DeferralKind.SERVER_BUSY);
        assertNot421("451 Le certificat n'est pas correctement configuré", DeferralKind.SERVER_BUSY);
        assertNot421("451 Mailbox not configured correctly", DeferralKind.SERVER_BUSY);
        assert421("451 Det oppstod ein feil på tenaren", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aUserCapacityAScheduledShutdownAMailServerOutOfReachAndAModeratorsBanShouldReadAsTheirWordsSayAndTheirNeighboursNot() {
        // Probes of written batch 171's rules (constructed, 2026-12-01): a maximum user capacity reached is the
        // receiver's total of clients, a count (a connection limit), its database's is its trouble and a capacity
        // without a maximum is too; a planned outage is the receiver's; an error connecting to the mail server is its
        // back end out of reach, the sender's server or a sender verified is not; a moderator's ban judges the sender.
        assert421("421 The server has reached its maximum user capacity", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Database reached its maximum connection capacity", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Server at maximum capacity", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Scheduled server shutdown", DeferralKind.SERVER_BUSY);
        assert421("451 Error connecting to mail server", DeferralKind.SERVER_BUSY);
        assert421("451 Verbindung zum E-Mail-Server fehlgeschlagen", DeferralKind.SERVER_BUSY);
        assertNot421("451 Error connecting to your mail server for sender verification", DeferralKind.SERVER_BUSY);
        assertNot421("451 Could not verify sender: error communicating with mail server of example.net",
            DeferralKind.SERVER_BUSY);
        assert421("450 Zabranjen od strane moderatora", DeferralKind.REPUTATION);
        assert421("451 Sunucu yazma hatası", DeferralKind.SERVER_BUSY);
        assertNot421("451 Kimlik doğrulama hatası", DeferralKind.SERVER_BUSY);
    }

    @Test
    void connectionsAtOnceInOtherScriptsARateInOtherWordsAndTheReceiverTemporarilyUnavailableShouldReadAsTheirWordsSay() {
        // Probes of written batch 172's rules (constructed, 2026-12-01): simultaneous connections too many in Chinese
        // and Japanese, and too many connections at the same time in other languages, are a connection limit, per
        // minute not; a rate limit in other words is a rate; the receiver temporarily unavailable with no subject is
        // its trouble, a mailbox's, a recipient's or the sender's server's is not; "Échec de la requête" names no cause.
        assert421("421 同时连接过多", DeferralKind.CONNECTION_LIMIT);
        assert421("421 同時接続または転送が多すぎます", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 每分钟同时连接过多", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Terlalu banyak hubungan atau transfer pada waktu yang sama", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Tasso limite superato", DeferralKind.RATE_LIMIT);
        assert421("421 Превышено ограничение пропускной способности", DeferralKind.RATE_LIMIT);
        assert421("421 Vorübergehend nicht verfügbar", DeferralKind.SERVER_BUSY);
        assertNot421("450 Postfach vorübergehend nicht verfügbar", DeferralKind.SERVER_BUSY);
        assertNot421("450 Destinataire temporairement indisponible", DeferralKind.SERVER_BUSY);
        assertNot421("421 Votre serveur est temporairement indisponible", DeferralKind.SERVER_BUSY);
        assert421("452 Dépassement de quota", DeferralKind.MAILBOX);
        assert421("421 Dépassement du quota d'envoi", DeferralKind.RATE_LIMIT);
        assertNot421("421 Échec de la requête, nouvelle tentative", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aMailboxOverItsQuotaTheSenderJudgedAndTheReceiversProcessingErrorInABounceParsersWordsShouldReadAsTheirWordsSay() {
        // Probes of written batch 173's rules (constructed, 2026-12-01): a mailbox full or over its quota in yet other
        // words is the mailbox's, a spool's quota the receiver's, a sending quota a rate; bulk or mass mail, SpamAssassin's
        // verdict, a forward DNS entry not pointing back and the ISP's relay asked for judge the sender, SpamAssassin
        // timing out does not, nor does banned content; an error met while the message was processed is the receiver's,
        // the sender's client's error not; too many recipients in one message is the transaction's.
        assert421("452 Mailfolder is full", DeferralKind.MAILBOX);
        assert421("452 Full mailbox, try again later", DeferralKind.MAILBOX);
        assert421("451 Recipient would be over the allowed quota", DeferralKind.MAILBOX);
        assert421("451 Maildir delivery failed: userdisk quota exceeded", DeferralKind.MAILBOX);
        assert421("452 4.2.2 Mailbox has exceeded its disk space limit", DeferralKind.MAILBOX);
        assert421("451 Disk quota of the mail spool exceeded", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Your account is exceeding its daily quota", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.28 exceeded its quota for sending messages", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Rejected: bulk email from 192.0.2.1", DeferralKind.REPUTATION);
        assert421("451 4.7.1 You appear to be using a mass mailer", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Blocked by SpamAssassin (score 9.1)", DeferralKind.REPUTATION);
        assertNot421("451 4.3.0 SpamAssassin timed out, try again later", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Forward DNS entry for mx.example.net does not point to 192.0.2.1", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Please use the mail server of your ISP", DeferralKind.REPUTATION);
        assertNot421("451 Rejecting banned content (.exe attachment)", DeferralKind.REPUTATION);
        assert421("451 Your IP is banned", DeferralKind.REPUTATION);
        assert421("451 The message encountered an error while being processed", DeferralKind.SERVER_BUSY);
        assertNot421("451 Your client encountered an error, please retry", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Recipient deferred because there is no MDB", DeferralKind.SERVER_BUSY);
        assert421("452 4.5.3 Your message has too many recipients; see our sending limits", DeferralKind.OTHER_TRANSIENT);
        // The sender named in any form, as the wrappers quote it, and a mailbox's quota with a wrapper's queue id.
        assert421("451 not currently accepting mail from IP address [192.0.2.10]", DeferralKind.REPUTATION);
        assert421("451 server access forbidden by [192.0.2.10]:58342", DeferralKind.REPUTATION);
        assert421("451 user has exceeded quota, bouncing mail (queue id 4XyZ1Lk2m3zN5p)", DeferralKind.MAILBOX);
    }

    @Test
    void aLimitOfConnectionsAMailboxFullAndTooManyEmailsInMoreLanguagesShouldReadAsTheirWordsSay() {
        // Probes of written batch 174's rules (constructed, 2026-12-01): a limit of connections in Turkish, Croatian,
        // Korean and Japanese is a connection limit, with a Turkish or Korean window before it not (a rate, or no
        // cause); Vietnamese "connections too many" is one, connecting and disconnecting too often not; a mailbox full
        // with its recipient or its owner named between is the mailbox's; too many e-mails in Turkish is a rate.
        assert421("421 Eşzamanlı bağlantı sınırı aşıldı", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Dakika başına bağlantı sınırı aşıldı", DeferralKind.RATE_LIMIT);
        assert421("421 Ograničenje broja veza je prekoračeno", DeferralKind.CONNECTION_LIMIT);
        assert421("421 접속 수 제한을 초과했습니다", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 분당 연결 수 제한을 초과했습니다", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Kết nối quá nhiều, vui lòng thử lại sau", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Bạn đã kết nối và ngắt kết nối quá nhiều", DeferralKind.CONNECTION_LIMIT);
        assert421("452 Skrzynka pocztowa użytkownika jest pełna", DeferralKind.MAILBOX);
        assert421("452 Hộp thư của người nhận đã đầy", DeferralKind.MAILBOX);
        assert421("421 Kısa sürede çok fazla e-posta", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aLookupTimingOutABackEndUnreachedAndAnAddressNotValidatedShouldReadAsTheReceiversTrouble() {
        // Probes of written batch 175's rules (constructed, 2026-12-01): a reverse-DNS lookup that timed out or failed
        // with SERVFAIL is the receiver's lookup failing, a reverse DNS that failed or is missing judges the sender; an
        // error communicating with a part of the receiver's is its trouble, with the sender or a target host not; an
        // error validating a recipient's address is its trouble, a sender's verification not; its outbound service
        // unavailable is its trouble, the sender's relay not.
        assert421("421 rDNS lookup timeout for 192.0.2.1", DeferralKind.SERVER_BUSY);
        assert421("450 PTR lookup error (ESERVFAIL)", DeferralKind.SERVER_BUSY);
        assert421("451 reverse DNS lookup failed", DeferralKind.REPUTATION);
        assert421("450 Client host rejected: cannot find your reverse hostname", DeferralKind.REPUTATION);
        assert421("451 error communicating with the policy daemon", DeferralKind.SERVER_BUSY);
        assertNot421("451 Error communicating with your server", DeferralKind.SERVER_BUSY);
        assertNot421("451 4.4.7 Error communicating with target host", DeferralKind.SERVER_BUSY);
        assert421("450 error validating recipient address", DeferralKind.SERVER_BUSY);
        assertNot421("451 error verifying sender address", DeferralKind.SERVER_BUSY);
        assert421("451 Outbound service is temporarily unavailable", DeferralKind.SERVER_BUSY);
        assertNot421("421 Your outbound relay is unavailable", DeferralKind.SERVER_BUSY);
    }

    @Test
    void busyInOtherLanguagesShouldReadAsTheReceiversTroubleButNotAMailboxsARecipientsOrTheSendersServer() {
        // Probes of written batch 176's rules (constructed, 2026-12-01): busy with no subject or a part of the
        // receiver's as its subject is its trouble in any language; a mailbox busy stays the mailbox's, a recipient or
        // the sender's server busy is not the receiver's trouble.
        assert421("421 Der Server ist beschäftigt", DeferralKind.SERVER_BUSY);
        assert421("421 Backend belegt", DeferralKind.SERVER_BUSY);
        assert421("421 后端繁忙", DeferralKind.SERVER_BUSY);
        assert421("421 Сервер зайнято", DeferralKind.SERVER_BUSY);
        assert421("421 Zaneprázdněný server", DeferralKind.SERVER_BUSY);
        assert421("452 Postfach ist belegt", DeferralKind.MAILBOX);
        assert421("450 Skrzynka jest zajęta", DeferralKind.MAILBOX);
        assertNot421("421 Ihr Server ist beschäftigt", DeferralKind.SERVER_BUSY);
        assertNot421("450 Empfänger beschäftigt", DeferralKind.SERVER_BUSY);
    }

    @Test
    void rfc5321sTextsAsJapaneseAndChineseHelpPagesTranslateThemShouldReadAsTheirWordsSay() {
        // Probes of written batch 177's rules (constructed, 2026-12-01): the service unavailable or not ready and the
        // free space short are the receiver's trouble, a mailbox unavailable or its free space short the mailbox's.
        assert421("421 サービス利用不能", DeferralKind.SERVER_BUSY);
        assert421("421 服務未就緒", DeferralKind.SERVER_BUSY);
        assert421("452 空き領域が不十分です", DeferralKind.SERVER_BUSY);
        assert421("450 受信者のメールボックスが利用できない", DeferralKind.MAILBOX);
        assert421("452 メールボックスの空き容量が不足しています", DeferralKind.MAILBOX);
    }

    @Test
    void aServiceMissingAndAMailboxNotWritableInRussianShouldReadAsTheirWordsSay() {
        // Probes of written batch 178's rules (constructed, 2026-12-01): the service missing is the receiver's trouble
        // when nothing follows in the clause, a user missing or a service missing for a domain not; no way to write into
        // a mailbox is the mailbox's.
        assert421("421 Сервис отсутствует. Канал передачи данных закрыт", DeferralKind.SERVER_BUSY);
        assert421("421 Сервіс відсутній", DeferralKind.SERVER_BUSY);
        assertNot421("450 Пользователь отсутствует", DeferralKind.SERVER_BUSY);
        assertNot421("421 Сервис отсутствует для этого домена", DeferralKind.SERVER_BUSY);
        assert421("450 Не удалось доставить письмо в почтовый ящик", DeferralKind.MAILBOX);
    }

    @Test
    void serverErrorsStorageAndMailReceptionInOtherWordsShouldReadAsTheReceiversTrouble() {
        // Probes of written batch 179's rules (constructed, 2026-12-01): a server error compounded or inflected, the
        // system's storage short and the receiving of mail stopped are the receiver's trouble; a connection limit in the
        // same words stays one; a mailbox in use is the mailbox's; the receiving of mail from the sender's server
        // stopped names the sender, not the receiver's state; storage short in a mailbox is not the server's.
        assert421("451 Abgebrochen wegen eines internen Serverfehlers", DeferralKind.SERVER_BUSY);
        assert421("451 Tijdelijke serverfout, probeer het later opnieuw", DeferralKind.SERVER_BUSY);
        assert421("452 Nicht genügend Systemspeicher vorhanden", DeferralKind.SERVER_BUSY);
        assert421("421 Receiving of mail has been stopped", DeferralKind.SERVER_BUSY);
        assert421("451 La réception des messages est temporairement suspendue", DeferralKind.SERVER_BUSY);
        assert421("451 Serverfehler: zu viele Verbindungen von Ihrer IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Skrzynka odbiorcy jest w użyciu", DeferralKind.MAILBOX);
        assertNot421("450 Empfang der E-Mails von Ihrem Server wurde gestoppt", DeferralKind.SERVER_BUSY);
        assertNot421("452 Nicht genügend Speicher im Postfach des Empfängers", DeferralKind.SERVER_BUSY);
        assert421("451 Serverseitiger Fehler - bitte später erneut versuchen", DeferralKind.SERVER_BUSY);
        assertNot421("451 Fehler auf Ihrem Server: serverseitig abgelehnt", DeferralKind.SERVER_BUSY);
    }

    @Test
    void chineseSendingVolumesQueuesAndCapacitiesShouldReadAsTheirWordsSay() {
        // Probes of written batch 180's rules (constructed, 2026-12-01): the sender's sending frequency or volume over
        // its limit is a rate, spam sent in a short time a judgement, a message's size or recipients over a limit one
        // transaction's; the inbox's capacity full is the mailbox's; the queue full and data access failing are the
        // receiver's trouble.
        assert421("451 发信频率过高,请稍后再试", DeferralKind.RATE_LIMIT);
        assert421("451 今日发送量已达上限", DeferralKind.RATE_LIMIT);
        assert421("451 您的IP在短时间内发送了大量垃圾邮件", DeferralKind.REPUTATION);
        assertNot421("452 收件人数量超过限制", DeferralKind.RATE_LIMIT);
        assertNot421("451 发送邮件大小超过限制", DeferralKind.RATE_LIMIT);
        assert421("450 收件箱容量已满", DeferralKind.MAILBOX);
        assert421("451 邮件队列已满", DeferralKind.SERVER_BUSY);
        assert421("451 数据库访问失败,请稍后再试", DeferralKind.SERVER_BUSY);
    }

    @Test
    void koreanConnectionsAtOnceRatesAndTheServersStateShouldReadAsTheirWordsSay() {
        // Probes of written batch 181's rules (constructed, 2026-12-01): several connections at once are a connection
        // limit, connections or mail counted per hour a rate; the server unable to respond or failing is the
        // receiver's trouble, no response from it the session's; a spammer is judged; resending later names no cause.
        assert421("421 동시에 여러 개의 연결을 맺을 수 없습니다", DeferralKind.CONNECTION_LIMIT);
        assert421("421 시간당 접속 횟수 제한을 초과했습니다", DeferralKind.RATE_LIMIT);
        assert421("421 서버가 응답을 못하는 상황입니다", DeferralKind.SERVER_BUSY);
        assert421("451 시스템 장애로 메일을 받을 수 없습니다", DeferralKind.SERVER_BUSY);
        assertNot421("441 수신측 서버의 응답이 없어서 리턴된 메시지", DeferralKind.SERVER_BUSY);
        assert421("421 스패머로 등록된 IP입니다", DeferralKind.REPUTATION);
        assertNot421("451 일정 시간 후에 다시 보내주세요", DeferralKind.RATE_LIMIT);
    }

    @Test
    void inboxesAccountsAndConnectionsToTheReceiverInOtherLanguagesShouldReadAsTheirWordsSay() {
        // Probes of written batch 182's rules (constructed, 2026-12-01): a problem with the recipient's mailbox is the
        // mailbox's, with the sender's not; a recipient account's storage is the mailbox's, the server's storage not;
        // a limit of connections to our server is a connection limit, connections to our database server its part.
        assert421("451 Problème temporaire avec la boîte aux lettres du destinataire", DeferralKind.MAILBOX);
        assertNot421("451 Problem mit dem Postfach des Absenders", DeferralKind.MAILBOX);
        assert421("452 Speicherplatz des Empfängerkontos überschritten", DeferralKind.MAILBOX);
        assertNot421("451 Der Speicherplatz des Servers ist erschöpft", DeferralKind.MAILBOX);
        assert421("421 Anzahl der Verbindungen zu unserem Server überschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zu viele Verbindungen zu unserem Datenbankserver", DeferralKind.SERVER_BUSY);
        assert421("452 Der Posteingang ist voll", DeferralKind.MAILBOX);
    }

    @Test
    void aSystemThatMetAProblemAndItalianSendingLimitsShouldReadAsTheirWordsSay() {
        // Probes of written batch 183's rules (constructed, 2026-12-01): a system or server that encountered a problem
        // is the receiver's trouble, a problem it found with the sender's message not; a user receiving mail in
        // quantities that prevent delivery is a rate, a server's requests in such quantities not; Italian sending
        // limits are rates.
        assert421("451 Der Server hat einen Fehler festgestellt", DeferralKind.SERVER_BUSY);
        assertNot421("451 Il sistema ha riscontrato un problema con il tuo messaggio", DeferralKind.SERVER_BUSY);
        assert421("450 L'utente riceve la posta in quantità tali da impedire il recapito", DeferralKind.RATE_LIMIT);
        assertNot421("450 Il server riceve richieste in quantità tali da impedire l'elaborazione", DeferralKind.RATE_LIMIT);
        assert421("451 Hai raggiunto il limite per l'invio di posta", DeferralKind.RATE_LIMIT);
        assert421("452 受信トレイがいっぱいです", DeferralKind.MAILBOX);
        assert421("421 サーバーがダウンしています", DeferralKind.SERVER_BUSY);
        assert421("452 送信キューがいっぱいです", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theRecipientsServerAccountsAndGreyListsInOtherLanguagesShouldReadAsTheirWordsSay() {
        // Probes of written batch 184's rules (constructed, 2026-12-01): the recipient's server unavailable is the
        // receiver's trouble, the recipient's account or mailbox unavailable the mailbox's; space short in the
        // sender's account is not the mailbox's; grey lists are greylisting; a server's crash the receiver's trouble.
        assert421("451 El servidor del destinatario no está disponible", DeferralKind.SERVER_BUSY);
        assert421("451 Der Server des Empfängers ist nicht verfügbar", DeferralKind.SERVER_BUSY);
        assert421("450 La cuenta del destinatario no está disponible", DeferralKind.MAILBOX);
        assert421("450 Das Postfach des Empfängers ist nicht verfügbar", DeferralKind.MAILBOX);
        assertNot421("452 No hay suficiente espacio en tu cuenta para enviar", DeferralKind.MAILBOX);
        assert421("450 Endereço em lista cinza", DeferralKind.GREYLIST);
        assert421("451 Caída del servidor, inténtelo más tarde", DeferralKind.SERVER_BUSY);
    }

    @Test
    void chineseConcurrentConnectionsAndJudgementsShouldReadAsTheirWordsSay() {
        // Probes of written batch 185's rules (constructed, 2026-12-01): concurrent connections too many are a
        // connection limit, per minute a rate; an RBL lookup timing out is the receiver's trouble, not a judgement; a
        // recipient not on an allowed list is not the sender judged.
        assert421("421 该IP并发连接数超过限制", DeferralKind.CONNECTION_LIMIT);
        assert421("421 同时并发数过大", DeferralKind.CONNECTION_LIMIT);
        assert421("421 每分钟并发连接数过多", DeferralKind.RATE_LIMIT);
        assert421("451 RBL查询超时", DeferralKind.SERVER_BUSY);
        assertNot421("450 收件人不在允许的列表里", DeferralKind.REPUTATION);
        assert421("450 该IP不在允许的发送地址列表里", DeferralKind.REPUTATION);
    }

    @Test
    void aMailboxsStorageShortInJapaneseAndScandinavianQuotaCompoundsShouldReadAsTheMailboxs() {
        // Probes of gaps that batches 183 and 182's probes found (constructed, 2026-12-01): a mailbox's or inbox's
        // storage short in Japanese and a storage or mailbox quota as a Scandinavian compound are the mailbox's.
        assert421("452 メールボックスのストレージが不十分です", DeferralKind.MAILBOX);
        assert421("452 受信トレイの空き容量が不足しています", DeferralKind.MAILBOX);
        assert421("452 Brukerens lagringskvote er overskredet", DeferralKind.MAILBOX);
        assert421("452 Postkassekvoten er overskredet", DeferralKind.MAILBOX);
    }

    @Test
    void aRateLimitCountingConnectionsAndTheSourceOfUnacceptableMailShouldReadAsTheirCause() {
        // Probes of written batch 186's rules (constructed, 2026-12-01): too many connections with the receiver's
        // rate limit named are a rate unless concurrency is named; the source of unacceptable mail or a part in
        // attacks judges the sender, a receiver under attack does not; a mailbox's state in the past tense is its own.
        assert421("421 Rate limiting: too many connections from 192.0.2.10", DeferralKind.RATE_LIMIT);
        assert421("421 Too many concurrent connections, rate limited", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many open connections from your IP, rate limiting in effect", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server participated in a spam attack", DeferralKind.REPUTATION);
        assertNot421("421 Our servers are under a DDoS attack, service temporarily unavailable", DeferralKind.REPUTATION);
        assert421("451 The mailbox was unavailable at the time, try again", DeferralKind.MAILBOX);
        assert421("450 Recipient is receiving mail at too fast a rate", DeferralKind.RATE_LIMIT);
    }

    @Test
    void countsOverADayLongWindowAndTarpitsAndServersNotRespondingShouldReadAsTheirWordsSay() {
        // Probes of written batches 187 and 188's rules (constructed, 2026-12-01): connections counted in a 24 hour
        // period are a rate, held at once a connection limit; a tarpit active for the sender judges it unless it names
        // the pace; a server not responding in other languages is the receiver's trouble, the sender's server or a host
        // that does not answer not; a local problem in other languages is the receiver's.
        assert421("421 Too many connections from your IP in a 24-hour period", DeferralKind.RATE_LIMIT);
        assert421("421 Too many concurrent connections from your IP, try again in a minute", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Tarpit enabled for 192.0.2.10", DeferralKind.REPUTATION);
        assert421("421 Tarpitting: you are sending faster than allowed", DeferralKind.RATE_LIMIT);
        assert421("451 El servidor de correo no responde", DeferralKind.SERVER_BUSY);
        assert421("451 Сервер не отвечает", DeferralKind.SERVER_BUSY);
        assertNot421("421 Votre serveur ne répond pas", DeferralKind.SERVER_BUSY);
        assertNot421("451 Der Host antwortet nicht", DeferralKind.SERVER_BUSY);
        assertNot421("451 Le serveur a fermé la connexion : le client ne répond pas", DeferralKind.SERVER_BUSY);
        assert421("451 Vorübergehendes lokales Problem", DeferralKind.SERVER_BUSY);
        assert421("450 Limit 100 mailů za hodinu překročen", DeferralKind.RATE_LIMIT);
    }

    @Test
    void requestsThatOverloadTheReceiverAndAllowListsAndAbortedActionsShouldReadAsTheirCause() {
        // Probes of written batch 189's rules (constructed, 2026-12-01): too many requests that overload the receiver
        // are its load, from the sender's IP a rate; an IP not on a white list is judged, a recipient not; an action
        // aborted by an error is the receiver's, a connection interrupted by a protocol error our session's.
        assert421("421 Our servers are overloaded by too many requests", DeferralKind.SERVER_BUSY);
        assert421("421 Zu viele Anfragen, der Server ist überlastet", DeferralKind.SERVER_BUSY);
        assert421("421 Too many requests from your IP, our servers are overloaded", DeferralKind.RATE_LIMIT);
        assert421("421 Sie senden zu viele Anfragen", DeferralKind.RATE_LIMIT);
        assert421("421 Your IP is not on the RCPT domain whitelist", DeferralKind.REPUTATION);
        assertNot421("450 Получатель отсутствует в белом списке", DeferralKind.REPUTATION);
        assert421("451 Opération interrompue suite à une erreur", DeferralKind.SERVER_BUSY);
        assertNot421("451 Connexion interrompue : erreur de protocole", DeferralKind.SERVER_BUSY);
        assert421("451 Серые списки: попробуйте позже", DeferralKind.GREYLIST);
    }

    @Test
    void connectionsCountedOverAWindowAndTheReceiversOwnCountsShouldReadAsTheirWordsSay() {
        // Gaps that probes of written batches 186 and 187's neighbours found (constructed, 2026-12-01): connections
        // counted with a rate named, as so many in so many seconds, per minute after a semicolon or over a rolling or
        // configured window are a rate (a retry time is no window); the server at its maximum connections is its
        // total reached (a count, LABELLING.md rule 5), its database's its trouble; connection retries are attempts;
        // a sender's allowed message count exceeded is a rate, a message's recipient count with no period not.
        assert421("421 Too many connections from your IP, connection rate exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP: 300 in 60 seconds", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP; max 20/min", DeferralKind.RATE_LIMIT);
        assert421("421 Throttled: too many connections from your IP in a rolling 1 hour window", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections (50) from your IP in 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your host, try again in 60 seconds", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many concurrent connections (max 5) from your IP, retry in 10 minutes", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Server at maximum connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Database server at maximum connections", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connection retries", DeferralKind.RATE_LIMIT);
        assertNot421("Too many retries failure. Bouncing after 0 retries.", DeferralKind.RATE_LIMIT);
        assert421("451 The sender has exceeded its allowed message count", DeferralKind.RATE_LIMIT);
        assertNot421("452 Maximum recipient count exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 Failed to connect to internal relay", DeferralKind.SERVER_BUSY);
    }

    @Test
    void softBounceCausesInFrenchGermanItalianAndSpanishShouldReadAsTheirWordsSay() {
        // Probes of written batches 190 to 192's rules (constructed, 2026-12-01): a server's breakdown, problem or
        // absence in other languages is the receiver's trouble, the sender's server, something of the sender's or a
        // finding not; mail blocked for its content or a virus detected judges the sender; full or inactive mailboxes in
        // Italian and Spanish are the mailbox's, an Italian mail server inactive the receiver's.
        assert421("421 Störung des Mailservers, bitte später erneut versuchen", DeferralKind.SERVER_BUSY);
        assertNot421("421 Panne de votre serveur", DeferralKind.SERVER_BUSY);
        assert421("451 Problème avec le serveur du destinataire", DeferralKind.SERVER_BUSY);
        assertNot421("451 Le serveur a détecté un problème dans votre message", DeferralKind.SERVER_BUSY);
        assert421("421 Le serveur est hors ligne", DeferralKind.SERVER_BUSY);
        assertNot421("421 Votre serveur est hors ligne", DeferralKind.SERVER_BUSY);
        assert421("450 Nachricht wegen des Inhalts blockiert", DeferralKind.REPUTATION);
        assert421("450 Es wurde ein Virus erkannt", DeferralKind.REPUTATION);
        assert421("452 Boîte de messagerie pleine", DeferralKind.MAILBOX);
        assert421("450 Troppe e-mail inviate in poco tempo", DeferralKind.RATE_LIMIT);
        assert421("421 Il server di posta elettronica del destinatario è inattivo o offline", DeferralKind.SERVER_BUSY);
        assert421("450 El buzón está inactivo", DeferralKind.MAILBOX);
        assertNot421("421 Su servidor no está en línea", DeferralKind.SERVER_BUSY);
    }

    @Test
    void softBounceCausesInPortugueseAndDutchShouldReadAsTheirWordsSay() {
        // Probes of written batches 193 and 194's rules (constructed, 2026-12-01): servers in the plural out of reach
        // and an unavailability with no owner are the receiver's; Portuguese and Dutch inboxes full are the mailbox's;
        // an overloaded server said as an adjective is the receiver's; blocks for security reasons judge the sender in
        // either order.
        assert421("421 Servidores de email temporariamente indisponíveis", DeferralKind.SERVER_BUSY);
        assert421("421 Indisponibilité temporaire", DeferralKind.SERVER_BUSY);
        assert421("452 Caixas de entrada lotadas", DeferralKind.MAILBOX);
        assert421("452 Overvolle mailbox", DeferralKind.MAILBOX);
        assert421("421 Overbelaste mailserver, probeer later", DeferralKind.SERVER_BUSY);
        assert421("450 Ihre Verbindung wurde aus Sicherheitsgründen blockiert", DeferralKind.REPUTATION);
        assert421("450 De mailserver blokkeert de verzending om beveiligingsredenen", DeferralKind.REPUTATION);
    }

    @Test
    void softBounceCausesInScandinavianPolishCzechTurkishPersianAndIndonesianShouldReadAsTheirWordsSay() {
        // Probes of written batches 195 to 198's rules (constructed, 2026-12-01): compound server words out of reach or
        // not answering are the receiver's, the sender's in compounds not; full boxes in Polish, Czech, Turkish,
        // Persian and Indonesian are the mailbox's, the sender's box not; a connection problem to the server stays our
        // session's; a reputation named low is read before greylisting, greylisting alone stays greylisting.
        assert421("421 E-postservern ligger tillfälligt nere", DeferralKind.SERVER_BUSY);
        assertNot421("421 Din e-postserver ligger nere", DeferralKind.SERVER_BUSY);
        assert421("421 Webserver antwortet nicht", DeferralKind.SERVER_BUSY);
        assertNot421("452 Skrzynka nadawcy jest pełna", DeferralKind.MAILBOX);
        assert421("452 Plná schránka příjemce", DeferralKind.MAILBOX);
        assertNot421("451 Problème de connexion au serveur", DeferralKind.SERVER_BUSY);
        assertNot421("451 Problém s vaším serverem", DeferralKind.SERVER_BUSY);
        assert421("452 Dolu posta kutusu", DeferralKind.MAILBOX);
        assert421("421 Sunucu kesintisi", DeferralKind.SERVER_BUSY);
        assert421("452 Kotak masuk penerima sudah penuh", DeferralKind.MAILBOX);
        assert421("450 Greylisted because of low reputation", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Greylisting in effect, please come back later", DeferralKind.GREYLIST);
    }

    @Test
    void softBounceCausesInJapaneseChineseAndKoreanShouldReadAsTheirWordsSay() {
        // Probes of written batches 199 to 201's rules (constructed, 2026-12-01): a problem at the receiving server,
        // a Chinese server busy and a Korean response delay are the receiver's, the sender's server not; a mailbox with
        // no free space is the mailbox's; "too frequent" in other words and a frequency limit are rates.
        assert421("451 受信サーバーに問題が発生しました", DeferralKind.SERVER_BUSY);
        assertNot421("451 お客様のサーバーに問題があります", DeferralKind.SERVER_BUSY);
        assert421("452 受信トレイに空き容量がありません", DeferralKind.MAILBOX);
        assert421("421 对方服务器当时处在繁忙之中", DeferralKind.SERVER_BUSY);
        assert421("450 发送太过频繁", DeferralKind.RATE_LIMIT);
        assert421("450 发信频率超限", DeferralKind.RATE_LIMIT);
        assert421("451 수신 서버의 응답 지연", DeferralKind.SERVER_BUSY);
        assert421("452 받은편지함이 가득 찼습니다", DeferralKind.MAILBOX);
    }

    @Test
    void newConnectionsAndShortWindowsShouldReadAsRates() {
        // Gaps a second probe of written batch 187's neighbours found (constructed, 2026-12-01): new SMTP connections
        // counted and connections within an abbreviated window ("60s") are rates; a retry time in the same short form
        // ("try again in 60s") is no window.
        assert421("421 Too many new SMTP connections; please reuse existing sessions", DeferralKind.RATE_LIMIT);
        assert421("421 Connection refused: too many connections within 60s from 192.0.2.1", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections, try again in 60s", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many simultaneous connections from your IP; rate limit 5", DeferralKind.CONNECTION_LIMIT);
        // The read-through found batch 189's saturation among the words for overload reading a saturated mailbox as the
        // receiver's trouble: saturation is the server's, a saturated mailbox the mailbox's.
        assert421("452 The recipient mailbox is saturated", DeferralKind.MAILBOX);
        assert421("452 Casella di posta satura", DeferralKind.MAILBOX);
        assert421("421 Le serveur est saturé", DeferralKind.SERVER_BUSY);
        assert421("421 Server saturated, try later", DeferralKind.SERVER_BUSY);
        // And batch 190's "offline" among the words for a server out of reach read the sender's server as the
        // receiver's trouble.
        assertNot421("421 Your server is offline", DeferralKind.SERVER_BUSY);
        assert421("421 The server is offline", DeferralKind.SERVER_BUSY);
    }

    @Test
    void connectionsInARowOrCountedHourlyShouldReadAsRates() {
        // Gaps a third probe of connection counts found (constructed, 2026-12-01): connections opened in a row and a
        // connection count limit marked hourly are counted over time, rates; a count held at once stays a limit.
        assert421("421 Too many SMTP connections opened in a row", DeferralKind.RATE_LIMIT);
        assert421("421 Connection count limit exceeded (hourly)", DeferralKind.RATE_LIMIT);
        assert421("421 Too many concurrent SMTP connections from your IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void connectionsCountedOverASpanInOtherLanguagesShouldReadAsRates() {
        // Gaps a probe of the English span rule's neighbours in other languages found (constructed, 2026-12-01): too
        // many connections in the last minutes or within an hour are a rate in German, French, Spanish, Italian,
        // Russian, Chinese, Polish, Czech and Turkish; connections held at once, and a retry time after a comma, stay
        // a connection limit.
        assert421("421 Zu viele Verbindungen in den letzten 10 Minuten", DeferralKind.RATE_LIMIT);
        assert421("421 Trop de connexions en une heure depuis votre IP", DeferralKind.RATE_LIMIT);
        assert421("421 Demasiadas conexiones en los últimos 5 minutos", DeferralKind.RATE_LIMIT);
        assert421("421 Troppe connessioni nell'ultima ora", DeferralKind.RATE_LIMIT);
        assert421("421 Слишком много соединений за последний час", DeferralKind.RATE_LIMIT);
        assert421("421 过去一小时连接过多", DeferralKind.RATE_LIMIT);
        assert421("421 Zbyt wiele połączeń w ciągu ostatniej minuty", DeferralKind.RATE_LIMIT);
        assert421("421 Příliš mnoho spojení za minutu", DeferralKind.RATE_LIMIT);
        assert421("421 Çok fazla bağlantı dakikada", DeferralKind.RATE_LIMIT);
        assert421("421 Trop de connexions simultanées en une heure", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Demasiadas conexiones, inténtelo de nuevo en una hora", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversPartsFailingInWordsTheOlderListsLackedShouldBeItsTrouble() {
        // Gaps a sweep of the receiver's parts failing found (constructed, 2026-12-01; 1,650 part-and-state pairs and
        // 775 failures to reach a part, 185 and 197 of them read as no kind, a judgement or a mailbox before, 13 and none after): its programs by
        // name, its parts out of reach, out of sync, being upgraded or locked, its SPF checker or DKIM signer down.
        assert421("421 Could not connect to redis, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 Problem with the mysql; please try again later", DeferralKind.SERVER_BUSY);
        assert421("450 Error connecting to the quota service", DeferralKind.SERVER_BUSY);
        assert421("451 Cache connection refused, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 No connection to the user store", DeferralKind.SERVER_BUSY);
        assert421("451 Connection to the replica failed, try again later", DeferralKind.SERVER_BUSY);
        assert421("450 The message store could not be contacted; please try again later", DeferralKind.SERVER_BUSY);
        assert421("451 The database is locked", DeferralKind.SERVER_BUSY);
        assert421("450 Deferred: the front end is offline, message deferred", DeferralKind.SERVER_BUSY);
        assert421("421 Internal: the SPF checker is down. Please retry later.", DeferralKind.SERVER_BUSY);
        assert421("451 Unable to query our DNS servers", DeferralKind.SERVER_BUSY);
        assertNot421("451 Could not query the DNS servers for example.org", DeferralKind.SERVER_BUSY);
        assert421("421 The policy server is slow to respond. Please retry later.", DeferralKind.SERVER_BUSY);
        assert421("450 The redis is degraded. Please retry later.", DeferralKind.SERVER_BUSY);
        // A program's name written as two words is the same program, in every rule that names the stack's programs.
        assert421("451 4.3.0 Spam Assassin not responding", DeferralKind.SERVER_BUSY);
        assert421("451 Clam AV: connection refused", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Spam Assassin score too high", DeferralKind.REPUTATION);
        // Neighbours that keep their kind: a judgement, a rate, the sender's own connection and Postfix's log of its
        // own LMTP client, a check that failed (not a checker), a plain routing error.
        assert421("451 4.7.1 Rate limit exceeded: waiting for the queue", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 SPF check failed, try again later", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Connection refused by the content filter: your IP has a poor reputation",
                DeferralKind.REPUTATION);
        assertNot421("421 Unable to connect to the remote host", DeferralKind.SERVER_BUSY);
        assertNot421("delivery temporarily suspended: lost connection with dovecot[192.0.2.250] while sending end of "
                + "data -- message may be sent more than once", DeferralKind.SERVER_BUSY);
        assertNot421("449 Routing error", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Greylisted: waiting for the database", DeferralKind.GREYLIST);
    }

    @Test
    void theSendersVolumeInOtherWordsThanTooManyShouldBeARate() {
        // Gaps a sweep of volume in other words found (constructed, 2026-12-01; 1,685 replies, 104 read as no kind, a
        // mailbox or the receiver's load before, one after): an unusual, high or large number of messages, unusually
        // many, a burst or surge of them, with the sender named or a span; message submissions counted; the sender's
        // inbound volume unusually high.
        assert421("450 4.7.1 An unusual number of messages from your IP recently", DeferralKind.RATE_LIMIT);
        assert421("452 A burst of submissions from your account today, deferred", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 A surge of emails recently. Try again in an hour", DeferralKind.RATE_LIMIT);
        assert421("450 A high volume of mails from this host recently - try again later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Too many message submissions from your account recently", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Inbound volume from 192.0.2.10 is unusually high, try again later",
                DeferralKind.RATE_LIMIT);
        assert421("421 A burst of new connections from your IP", DeferralKind.RATE_LIMIT);
        // Neighbours: the receiver receiving or handling many messages is its load; one message's recipients are one
        // transaction's; messages judged as spam stay a judgement; sessions at once stay a connection limit.
        assert421("421 We are receiving an unusual number of messages at the moment, try again later",
                DeferralKind.SERVER_BUSY);
        assert421("451 The server is handling a large number of messages right now", DeferralKind.SERVER_BUSY);
        assert421("452 A large number of recipients in this message", DeferralKind.OTHER_TRANSIENT);
        assert421("421 An unusual number of messages from your IP were marked as spam", DeferralKind.REPUTATION);
        assert421("421 4.7.0 A high number of concurrent connections from your IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aConnectionOrSessionQuotaStatedForTheSenderShouldBeAConnectionLimit() {
        // Gaps a sweep of connection limits in other words found (constructed, 2026-12-01; 716 replies, 15 read as a
        // mailbox's quota and 2 as rates before): a quota of connections or sessions exceeded for the sender's IP,
        // host or account, and a per-account session limit, are the sender's sessions at once (the tables read
        // "Connection quota for 192.0.2.10 reached" so); counted over a span they stay rates.
        assert421("421 Connections quota exceeded from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 SMTP sessions quota exceeded for this account", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.7.1 Sessions quota exceeded per sender IP. Closing connection.",
                DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Per-account session limit exceeded, try again later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection quota exceeded for your IP this hour", DeferralKind.RATE_LIMIT);
        assert421("421 Connections quota exceeded for your IP (300 per hour)", DeferralKind.RATE_LIMIT);
        assert421("421 Session quota exhausted for your account for today", DeferralKind.RATE_LIMIT);
        // A limit of connections held by one of the receiver's own parts is that part's.
        assert421("421 Connection limit reached for this server's LDAP directory", DeferralKind.SERVER_BUSY);
        assert421("421 Connection limit exceeded for the relay host", DeferralKind.SERVER_BUSY);
        assert421("421 Session limit reached for this mailbox", DeferralKind.MAILBOX);
    }

    @Test
    void aFirstAttemptThenARetrySpaceShortInTheMailboxAndAMessageNotParsedShouldKeepTheirKinds() {
        // Gaps a probe of greylisting's, the mailbox's and judgements' words found (constructed, 2026-12-01; 169
        // replies, 163 right before): a first delivery attempt and a retry time after a semicolon is greylisting; space
        // short in the recipient's mailbox is the mailbox's (with "storage space" the receiver's storage rule read it).
        assert421("450 4.7.1 This is your first delivery attempt; retry in 5 minutes", DeferralKind.GREYLIST);
        assert421("421 Insufficient storage space in the recipient's mailbox", DeferralKind.MAILBOX);
        assert421("452 Not enough space on the recipient's account", DeferralKind.MAILBOX);
        // Neighbours: a first attempt that failed is no greylisting; the receiver's own space stays its trouble.
        assertNot421("421 First delivery attempt timed out; retry later", DeferralKind.GREYLIST);
        assert421("421 Out of space on the mailbox server", DeferralKind.SERVER_BUSY);
        assert421("452 4.3.1 Insufficient system storage", DeferralKind.SERVER_BUSY);
        // A probe of our session's own words (30 replies, 29 right before): a message that could not be parsed is ours
        // with no "your" before it, whatever its 4.3.0 says; the receiver's configuration stays its trouble.
        assert421("451 4.3.0 Message could not be parsed, try again", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Mail server configuration could not be parsed", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theReceiverThrottlingItselfForLoadOrBackloggedInItsOwnWordsShouldBeItsTrouble() {
        // Gaps a sweep of the receiver's load in its own words found (constructed, 2026-12-01; 209 replies, 16 read as
        // a rate or no kind before): throttling itself for load, backlogged, having problems, draining its queue, a
        // terse "Going down".
        assert421("421 The mail system is throttling itself due to load. Try again later.", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 We are backlogged, please try again later", DeferralKind.SERVER_BUSY);
        assert421("450 This MX is having problems - come back later", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Our infrastructure is draining its queue. Try again later.", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Going down, please try again later", DeferralKind.SERVER_BUSY);
        // Neighbours: the sender throttled stays a rate; the sender's server in trouble is not the receiver's.
        assert421("421 Throttled due to high load from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 We are throttling you due to excessive volume", DeferralKind.RATE_LIMIT);
        assertNot421("421 Your server is having problems", DeferralKind.SERVER_BUSY);
    }

    @Test
    void connectionsCountedOverASpanOrJudgedShouldNotBeConnectionLimits() {
        // A fifth probe of connection counts (constructed, 2026-12-01; 60 replies, 52 right before, two of them false
        // connection limits): "in too short a time" is a span; connections from the sender judged as spam are a
        // judgement; recent, short-lived connections, connection requests and a count of times connected today are
        // rates; "lately" is a span as "recently" is.
        assert421("421 4.7.0 Too many connections in too short a time", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP were spam", DeferralKind.REPUTATION);
        assert421("421 Too many recent connections from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Too many short-lived connections from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connection requests", DeferralKind.RATE_LIMIT);
        assert421("421 Your host connected 500 times today, limit is 300", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your IP lately", DeferralKind.RATE_LIMIT);
        // "Connection limit:" as a label before one transaction's recipients is no connection limit; the receiver out
        // of slots, naming no sender, is its capacity (25 replies of connection words with other subjects, 23 right
        // before).
        assertNot421("452 Connection limit: too many recipients", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Out of connection slots on this node", DeferralKind.SERVER_BUSY);
        // Neighbours that stay connection limits.
        assert421("421 Too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 You have connected too many times", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection limit: 10 per IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Out of slots for your IP", DeferralKind.CONNECTION_LIMIT);
        // A sweep of connection limits in English structures not tried before (30 replies, 28 right before): a
        // concurrent session count against its limit, a session quota with its sessions in use counted.
        assert421("421 4.7.0 Rejected: concurrent session count for 192.0.2.10 is 12, limit 10",
                DeferralKind.CONNECTION_LIMIT);
        assert421("421 Session quota exceeded (3 of 3 in use)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Database connection limit exceeded (20 of 20 in use)", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aConnectionLimitReachedInMoreLanguagesShouldBeAConnectionLimitAndPerHourARate() {
        // Gaps a sweep of connection limits in 23 languages found (constructed, 2026-12-01; 45 replies, 37 right
        // before): "limit reached" forms in Dutch (its word was misspelt in the rules), Czech, Swedish, Hungarian,
        // Romanian, Greek, Ukrainian and Arabic; with a window of time in those languages a rate; a database's
        // connection limit in German, Swedish, Ukrainian and Russian declensions the receiver's part.
        assert421("421 4.7.0 Verbindingslimiet bereikt", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Dosažen limit spojení", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Anslutningsgränsen har nåtts", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Elérte a kapcsolatok korlátját", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Limita de conexiuni a fost atinsă", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Συμπληρώθηκε το όριο συνδέσεων", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Перевищено ліміт з'єднань", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 تم الوصول إلى الحد الأقصى للاتصالات", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Ліміт з'єднань на годину перевищено", DeferralKind.RATE_LIMIT);
        assert421("421 Limita de conexiuni pe oră a fost atinsă", DeferralKind.RATE_LIMIT);
        assert421("421 Limit spojení za hodinu překročen", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Verbindungslimit zur Datenbank erreicht", DeferralKind.SERVER_BUSY);
        assert421("451 Превышен лимит соединений с базой данных", DeferralKind.SERVER_BUSY);
        // Neighbours: a retry time stays no window; a connection's time-out is no limit of connections.
        assert421("421 Příliš mnoho spojení, zkuste to znovu za hodinu", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zbyt wiele połączeń, spróbuj ponownie za godzinę", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.4.2 Časový limit spojení vypršel", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void tooManyMessagesInMoreLanguagesShouldBeARateAndInTheMailboxTheMailboxs() {
        // Gaps a sweep of rates in 23 languages found (constructed, 2026-12-01; 46 replies, 40 right before): too many
        // messages in Ukrainian's, Arabic's and Finnish's other forms, a sending limit in Greek and Chinese; its
        // neighbours' probe found too many messages "in the mailbox" read as a rate in German, French, Finnish,
        // Norwegian and Chinese, where English reads the mailbox's.
        assert421("451 4.7.1 Забагато листів з вашої IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 عدد كبير جدًا من الرسائل من عنوان IP الخاص بك", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Liian monta viestiä IP-osoitteestasi", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Υπέρβαση ορίου αποστολής ανά ώρα", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 来自您IP的邮件过多", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 每小时发送限额已超出", DeferralKind.RATE_LIMIT);
        assert421("451 Zu viele Nachrichten im Postfach", DeferralKind.MAILBOX);
        assert421("451 Trop de messages dans la boîte aux lettres", DeferralKind.MAILBOX);
        assert421("451 收件人邮箱中的邮件过多", DeferralKind.MAILBOX);
        // Neighbours: too many for a mailbox in a short time, and from the sender, stay rates.
        assert421("451 Zu viele Nachrichten für dieses Postfach in kurzer Zeit", DeferralKind.RATE_LIMIT);
        assert421("451 Zu viele Nachrichten von Ihrer IP", DeferralKind.RATE_LIMIT);
    }

    @Test
    void greylistingAPoorReputationAndAFullMailboxInMoreLanguagesShouldKeepTheirKinds() {
        // Gaps a sweep of greylisting and reputation in 22 languages found (constructed, 2026-12-01; 51 replies, 35
        // right before): the grey list's name in Czech, Turkish, Norwegian, Swedish, Hungarian, Romanian, Greek,
        // Ukrainian, Vietnamese, Indonesian and Finnish; a first delivery attempt refused in French; a poor reputation
        // in Chinese, Swedish, Hungarian and Ukrainian.
        assert421("451 4.7.1 Šedá listina, zkuste to znovu za 5 minut", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Grålistning, försök igen om 5 minuter", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Γκρίζα λίστα, δοκιμάστε ξανά σε 5 λεπτά", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Сірий список, спробуйте ще раз через 5 хвилин", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Daftar abu-abu, coba lagi dalam 5 menit", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Premier essai de livraison refusé, réessayez plus tard", DeferralKind.GREYLIST);
        assert421("451 4.7.1 您的IP信誉不佳", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Din IP-adress har dåligt rykte", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Az Ön IP-címének rossz a hírneve", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Ваша IP-адреса має погану репутацію", DeferralKind.REPUTATION);
        // Neighbours: a first message refused with the sender's IP blocked is a judgement.
        assert421("451 Premier message refusé: adresse IP bloquée", DeferralKind.REPUTATION);
        assert421("451 Erste Nachricht abgelehnt wegen Spam", DeferralKind.REPUTATION);
        // A sweep of the mailbox's and the receiver's words in 22 languages (59 replies, 56 right before): a mailbox
        // named full in Danish, Greek and Ukrainian is the recipient's; the sender's box stays not.
        assert421("452 Modtagerens postkasse er fuld", DeferralKind.MAILBOX);
        assert421("452 Το γραμματοκιβώτιο του παραλήπτη είναι γεμάτο", DeferralKind.MAILBOX);
        assert421("452 Поштова скринька одержувача переповнена", DeferralKind.MAILBOX);
        assertNot421("452 Afsenderens postkasse er fuld", DeferralKind.MAILBOX);
    }

    @Test
    void aScanTimingOutShouldBeTheReceiversTroubleAndAVirusFoundAJudgement() {
        // Gaps a probe of time-outs' and scans' words found (constructed, 2026-12-01; 25 time-outs, 23 right before,
        // and the virus words beside them): a scan timing out is the receiver's scanner failing; a virus found in the
        // message, or the message infected, is what it carried judged (the tables read "message contains spam or
        // virus" so); the scanner's own failure, even with no virus found, stays its trouble.
        assert421("451 Scan timeout", DeferralKind.SERVER_BUSY);
        assert421("451 Virus found in message", DeferralKind.REPUTATION);
        assert421("451 Scan found a virus in your message", DeferralKind.REPUTATION);
        assert421("451 Virus scan: message infected", DeferralKind.REPUTATION);
        assert421("451 No virus found, but the scanner failed", DeferralKind.SERVER_BUSY);
        assert421("451 Virus scanner timed out on this message, please resend later", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.2 Connection timed out", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void recipientsRejectedOrFailedCountedShouldJudgeTheSenderAsBadOnesDo() {
        // A sweep of our session's own errors counted (constructed, 2026-12-01: 21 kinds of error crossed with ten
        // tails, 260 replies): too many rejected or failed recipients, or RCPT errors, read as a session's rate or
        // as nothing, where the tables label "Too many bad recipients on this connection" a judgement (a harvest
        // suspected); a recipients limit of one transaction, or per session, stays what it was.
        assert421("421 Too many rejected recipients on this connection", DeferralKind.REPUTATION);
        assert421("421 4.4.2 Too many failed RCPT commands in this session", DeferralKind.REPUTATION);
        assert421("421 Too many refused recipients from your IP", DeferralKind.REPUTATION);
        assert421("421 Too many recipient errors", DeferralKind.REPUTATION);
        assert421("421 Too many RCPT errors, closing connection", DeferralKind.REPUTATION);
        assert421("452 4.5.3 Too many recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many recipients per session", DeferralKind.RATE_LIMIT);
        assert421("421 Too many errors on this connection", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many AUTH failures per connection", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theReceiversOwnSpamCheckFailingShouldBeItsTroubleAndACheckFailedAJudgement() {
        // A probe of the receiver's checks (constructed, 2026-12-01; 24 replies, 13 right before): its spam, virus or
        // block-list check failing, timing out or unable to run was read as a judgement by the word spam.
        assert421("451 Temporary failure in spam checking", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Unable to perform spam check, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 Could not check message for spam", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Unable to scan for spam", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Spam check failed: timeout", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Spam check timed out", DeferralKind.SERVER_BUSY);
        assert421("451 Spam checks are currently delayed", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Too many spam checks in progress", DeferralKind.SERVER_BUSY);
        assert421("451 Local error while scanning for spam", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Temporary failure while checking sender reputation", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Unable to query blacklist", DeferralKind.SERVER_BUSY);
        // Neighbours: a check the sender failed, or what a check found, stays a judgement.
        assert421("451 Spam check failed", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Your message failed the spam check, try again later", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Content check: spam detected, error 12", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Rejected by spam check, too many errors in headers", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Spam check delayed your message; listed in Spamhaus", DeferralKind.REPUTATION);
        assert421("451 4.7.1 RBL check failed, please retry", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Could not deliver: your IP is listed in a blacklist", DeferralKind.REPUTATION);
    }

    @Test
    void theReceiversOwnSpamCheckFailingInOtherLanguagesShouldBeItsTrouble() {
        // The same probe in other languages (constructed, 2026-12-01; 12 replies, 8 right before): a Spanish check for
        // spam in error and a Japanese one read as judgements by the word spam, a German virus check "nicht möglich" and
        // a French filter that "ne répond pas" as nothing; spam found stays a judgement.
        assert421("451 Error al comprobar spam, inténtelo más tarde", DeferralKind.SERVER_BUSY);
        assert421("451 スパムチェックでエラーが発生しました", DeferralKind.SERVER_BUSY);
        assert421("451 Virenprüfung zurzeit nicht möglich", DeferralKind.SERVER_BUSY);
        assert421("451 Le filtre antispam ne répond pas", DeferralKind.SERVER_BUSY);
        assert421("451 Nachricht als Spam erkannt", DeferralKind.REPUTATION);
        assert421("451 Message identifié comme spam", DeferralKind.REPUTATION);
        assert421("451 Zustellung nicht möglich: Postfach voll", DeferralKind.MAILBOX);
    }

    @Test
    void theReceiversPartsAtTheirLimitOfWorkAtOnceShouldBeItsTrouble() {
        // A sweep of concurrency words with the receiver's parts (constructed, 2026-12-01: three words for at once,
        // 29 kinds of work, two forms, 174 replies): its scans, filter processes, database and DNS queries, milter
        // connections and queued jobs at once at their limit read as nothing, as a judgement (spam checks, the policy
        // server) or, for milter connections, as a connection limit.
        assert421("421 Maximum number of concurrent milter connections reached", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Too many simultaneous milter connections from your IP", DeferralKind.SERVER_BUSY);
        assert421("421 Maximum number of parallel queries to the policy server reached", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Too many concurrent virus scans - try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Too many parallel filter processes from your IP", DeferralKind.SERVER_BUSY);
        assert421("421 Maximum number of simultaneous database queries reached", DeferralKind.SERVER_BUSY);
        assert421("421 Maximum number of concurrent DNS queries reached", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Too many simultaneous jobs in the queue", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Too many parallel IMAP sessions for this user", DeferralKind.MAILBOX);
        // Neighbours: a count with no word for at once is no capacity of a part (an SPF record's lookups), and the
        // sender's own sessions, or the receiver's total of them, stay a connection limit.
        assertNot421("451 4.7.1 Too many DNS lookups", DeferralKind.SERVER_BUSY);
        assert421("421 Maximum number of concurrent connections reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many concurrent connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Too many simultaneous transactions", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aConnectionLimitOfATimeShouldBeOneSessionsLengthNotSessionsAtOnce() {
        // A probe of connection words with other subjects (constructed, 2026-12-01; 30 replies): a connection limit
        // given as a time is one session's length (our session's), not a connection limit nor a rate; a limit per
        // unit of time stays a rate.
        assert421("421 Connection limit of 10 minutes exceeded", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.4.2 Connection limit of 600 seconds reached", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection limit of 10 per minute exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connection limit exceeded for this recipient domain", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Daily connection limit reached", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aFileOfTheReceiversItCannotCreateShouldBeItsTroubleAndAMailboxItCannotLockTheMailboxs() {
        // A probe of the receiver's own trouble in MTAs' words (constructed from Sendmail's, qmail's, Exchange's and
        // Exim's forms, 2026-12-01; 41 replies, 40 right before, and their neighbours): a queue file it cannot create
        // or open for want of permission read as nothing, and a mailbox it cannot lock as its system's trouble.
        assert421("451 4.0.0 qfx1234: Cannot create: Permission denied", DeferralKind.SERVER_BUSY);
        assert421("451 4.0.0 Cannot open /var/spool/mqueue/dfx1234: Permission denied", DeferralKind.SERVER_BUSY);
        assert421("451 could not create tempfile", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Cannot lock mailbox", DeferralKind.MAILBOX);
        assert421("451 Unable to get a lock on the maildir", DeferralKind.MAILBOX);
        // Neighbours: permission denied to the sender is no file of the receiver's; its mailbox store locked is its own.
        assertNot421("451 4.7.1 Cannot open session: permission denied for your IP", DeferralKind.SERVER_BUSY);
        assertNot421("451 Cannot access the relay: permission denied", DeferralKind.SERVER_BUSY);
        assert421("451 Could not acquire a lock on the mailbox store", DeferralKind.SERVER_BUSY);
        assert421("451 4.2.0 Cannot write to mailbox: disk quota exceeded", DeferralKind.MAILBOX);
    }

    @Test
    void aMailboxBeingMovedOrHoldingTooManyMessagesShouldBeTheMailboxs() {
        // A probe of the mailbox's words (constructed, 2026-12-01; 26 replies, 22 right before): a mailbox or account
        // being moved, migrated or set up read as the receiver's trouble or as nothing, and a number of messages
        // exceeded in a mailbox as a rate.
        assert421("451 4.2.0 Mailbox migration in progress", DeferralKind.MAILBOX);
        assert421("451 Mailbox move in progress", DeferralKind.MAILBOX);
        assert421("451 User account is being provisioned", DeferralKind.MAILBOX);
        assert421("452 4.2.2 Recipient has exceeded the number of messages allowed in mailbox", DeferralKind.MAILBOX);
        assert421("452 4.2.2 The number of messages in the mailbox exceeds the limit", DeferralKind.MAILBOX);
        // Neighbours: the sender's own account and the sender's messages counted are not the mailbox's.
        assertNot421("451 Your account migration is in progress", DeferralKind.MAILBOX);
        assert421("421 You have exceeded the number of messages allowed per hour", DeferralKind.RATE_LIMIT);
        assert421("421 The number of messages from your IP exceeds the limit", DeferralKind.RATE_LIMIT);
    }

    @Test
    void bouncesCountedADomainsAgeAHeloMismatchAndDialUpHostsShouldJudgeTheSender() {
        // A probe of judgements' words in English (constructed, 2026-12-01; 34 replies, 29 right before): bounces
        // counted from the sender (as a high bounce rate is), a domain's age too young (as a domain too new is), a HELO
        // name that does not match (as one that does not resolve) and dial-up hosts (as dynamic IP space) read as
        // nothing.
        assert421("451 4.7.1 Too many bounces from your server", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Too many hard bounces from your domain", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Domain age too young to send mail", DeferralKind.REPUTATION);
        assert421("451 4.7.1 HELO hostname does not match your IP", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Mail from dial-up hosts deferred", DeferralKind.REPUTATION);
        assert421("421 Too many connections from dial-up hosts", DeferralKind.REPUTATION);
        // Neighbours: bounces waiting in the receiver's queue or for a mailbox judge no sender.
        assertNot421("451 4.7.1 Too many bounces in the queue", DeferralKind.REPUTATION);
        assertNot421("452 Too many bounces for this mailbox", DeferralKind.REPUTATION);
    }

    @Test
    void aMessageTooBigForTheSystemShouldBeOneTransactionsLimitByItsWordsAndByItsCode() {
        // A probe of our session's words (constructed, 2026-12-01; 30 replies, 28 right before): an attachment's size
        // read as the receiver's trouble by its X.3.4 code, which RFC 3463 names "message too big for system" (left:
        // "DKIM signature too large", read as a judgement by the word DKIM).
        assert421("452 4.3.4 Attachment size limit exceeded", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.3.4 Attachment too large", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.3.4 Message rejected", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.3.4 Message size exceeds fixed limit", DeferralKind.OTHER_TRANSIENT);
        // Neighbours: the other mail-system codes stay the receiver's trouble.
        assert421("451 4.3.0 Temporary failure", DeferralKind.SERVER_BUSY);
        assert421("452 4.3.1 Please try again later", DeferralKind.SERVER_BUSY);
    }

    @Test
    void connectionLimitsInEnglishStructuresNotTriedBeforeShouldBeFound() {
        // A probe of connection limits in English (constructed, 2026-12-01; 25 replies, 20 right before): the number
        // first with its allowed word after it, the sender allowed only so many, another session of the sender's still
        // open, a connection refused with its limit (left: "too many peers").
        assert421("421 exceeded the number of allowed concurrent connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Sorry, I'm only allowed 5 connections from your host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Another session from your IP is already in progress", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connection from 192.0.2.1 refused: limit 4", DeferralKind.CONNECTION_LIMIT);
        // Neighbours: counts per unit of time stay rates, a session held on a mailbox the mailbox's, a listing a
        // judgement.
        assert421("421 You have exceeded the number of allowed connections per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Only allowed 5 connections per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Connection from 192.0.2.1 refused: limit 100 per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Another session from your IP is already in progress for this mailbox", DeferralKind.MAILBOX);
        assert421("421 Connection from 192.0.2.1 refused: listed", DeferralKind.REPUTATION);
        assertNot421("421 exceeded the number of allowed messages per hour", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aSendingFrequencyTooHighInKoreanShouldBeARate() {
        // A probe of Chinese, Japanese and Korean connection limits, rates and load (constructed, 2026-12-01; 20
        // replies, 19 right before): Korean's "빈도" (frequency) too high or exceeded was read as nothing.
        assert421("421 발송 빈도가 너무 높습니다", DeferralKind.RATE_LIMIT);
        assert421("421 접속 빈도 초과", DeferralKind.RATE_LIMIT);
        assert421("421 동시 접속 수 초과", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aSystemUnderStressShouldBeTheReceiversLoad() {
        // A probe of the receiver's load and shutdown in English (constructed, 2026-12-01; 25 replies, 24 right
        // before): a system under stress read as nothing; the sender's server under stress is not the receiver's.
        assert421("421 System is under stress, try later", DeferralKind.SERVER_BUSY);
        assertNot421("421 Your server is under stress", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aPartsConnectionsAndConnectionsPerUnitOfTimeInChineseAndJapaneseShouldNotBeConnectionLimits() {
        // A probe of connection words with other subjects in Chinese, Japanese and Korean (constructed, 2026-12-01; 15
        // replies): **two false connection limits**, too many connections of the receiver's LDAP and of its anti-spam
        // service (a part named in Latin letters against Chinese, or in Chinese), and Japanese connections counted per
        // minute read as a connection limit, not a rate.
        assert421("451 LDAP连接数过多", DeferralKind.SERVER_BUSY);
        assert421("451 反垃圾邮件服务连接数过多", DeferralKind.SERVER_BUSY);
        assert421("421 1分あたりの接続数が多すぎます", DeferralKind.RATE_LIMIT);
        assert421("421 毎分の接続数が多すぎます", DeferralKind.RATE_LIMIT);
        assert421("421 1時間の送信数が上限を超えました", DeferralKind.RATE_LIMIT);
        // Neighbours: the sender's connections at once stay connection limits, a retry time before them too.
        assert421("421 同時接続数の上限を超えました", DeferralKind.CONNECTION_LIMIT);
        assert421("421 30分後に再試行してください。接続数が多すぎます", DeferralKind.CONNECTION_LIMIT);
        assert421("421 连接数过多", DeferralKind.CONNECTION_LIMIT);
        assert421("451 数据库连接数过多", DeferralKind.SERVER_BUSY);
    }

    @Test
    void tooManyConnectionsToAProgramOfTheReceiversInOtherLanguagesShouldBeItsTrouble() {
        // A probe of connection words with the receiver's parts in European languages (constructed, 2026-12-01; 15
        // replies): **three false connection limits**, too many connections to its Redis or MySQL named by program
        // ("Zu viele Verbindungen zum Redis-Server"), where its database named by function was read right.
        assert421("451 Zu viele Verbindungen zum Redis-Server", DeferralKind.SERVER_BUSY);
        assert421("451 Trop de connexions vers le serveur MySQL", DeferralKind.SERVER_BUSY);
        assert421("451 Demasiadas conexiones a Redis", DeferralKind.SERVER_BUSY);
        assert421("451 Trop de connexions à la base de données", DeferralKind.SERVER_BUSY);
        assert421("421 Zu viele Verbindungen von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Trop de connexions depuis votre adresse IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aProgramsNameInsideTheReceiversHostNameShouldNotHideAConnectionLimit() {
        // The read-through of this session's change (2026-12-01): the mail stack's programs named among the other
        // languages' parts would have read a receiver whose host name holds one ("cyrus.example.net") as naming its
        // part, and lost the connection limit; an older part's name (LDAP) had the same gap.
        assert421("421 cyrus.example.net Trop de connexions depuis votre adresse IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 mx-dovecot1.example.net Zu viele Verbindungen von Ihrer IP-Adresse",
            DeferralKind.CONNECTION_LIMIT);
        assert421("421 ldap.example.net Zu viele Verbindungen von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Zu viele LDAP-Verbindungen", DeferralKind.SERVER_BUSY);
        assert421("451 Trop de connexions vers le serveur MySQL.", DeferralKind.SERVER_BUSY);
    }

    @Test
    void tooManyConnectionsToMorePartsOfTheReceiversShouldBeItsTrouble() {
        // A probe of connection words with the receiver's parts (constructed, 2026-12-01; 50 replies, 23 right
        // before): **27 false connection limits**, its connections to its journal, authentication server, token or
        // key service, HSM, license server, object store, message bus, broker, address book, routing, DLP or
        // encryption service, read as ours; a product's own name stays the receiver (the tables' "Azlin Bridge").
        assert421("421 4.3.2 Too many connections to the message bus", DeferralKind.SERVER_BUSY);
        assert421("451 Maximum number of connections to the license server reached", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections to the authentication server", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections to the object store", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections to the journal", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections to the Azlin Bridge", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Too many connections to the mail server", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections to the cluster", DeferralKind.CONNECTION_LIMIT);
        // A part named with its own qualifier after "the server's" (the list names "broker" and "engine" once, not
        // "message broker" and "policy engine" again): still the server's part; our server's address stays ours.
        assert421("421 Too many connections to the server's policy engine", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections to the system's message broker", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections to the journaling service", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections from your server's IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aSendingQuotaInOtherLanguagesShouldBeARate() {
        // A probe of sending quotas in other languages (constructed, 2026-12-01; 22 replies, 17 right before): German's
        // compound, Italian's, Dutch's, Turkish's and Swedish's words for a sending quota read as nothing.
        assert421("451 Sendekontingent überschritten", DeferralKind.RATE_LIMIT);
        assert421("451 Quota di invio superata", DeferralKind.RATE_LIMIT);
        assert421("451 Verzendquotum overschreden", DeferralKind.RATE_LIMIT);
        assert421("451 Gönderim kotası aşıldı", DeferralKind.RATE_LIMIT);
        assert421("451 Sändningskvoten har överskridits", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aMaximumOfConnectionsToTheDestinationNamedByItsDomainShouldBeAConnectionLimit() {
        // A probe of connection limits per destination (constructed, 2026-12-01; 10 replies, 9 right before): a maximum
        // of connections to a domain named by its name read as nothing (its dots broke the window).
        assert421("421 4.7.0 Maximum connections to example.net exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximum connections for 192.0.2.1 reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximum connections to the database exceeded", DeferralKind.SERVER_BUSY);
        assertNot421("421 Max connections to ldap.example.net reached", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aFrontEndThatCannotReachItsBackEndInOtherWordsShouldBeTheReceiversTrouble() {
        // A probe of proxies and front ends (constructed, 2026-12-01; 15 replies, 11 right before): its back end in two
        // words, its internal mail host, its hosted mailbox platform and the final destination it relays to, out of
        // reach, read as nothing.
        assert421("451 Front end could not connect to back end", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.2 Connection to internal mail host lost", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Unable to relay to the final destination, try later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Could not reach the hosted mailbox platform", DeferralKind.SERVER_BUSY);
        // Neighbours: relaying refused to the sender stays a judgement; a domain named is no part of the receiver's.
        assert421("451 4.7.1 Unable to relay for a@example.net", DeferralKind.REPUTATION);
        assertNot421("451 Unable to relay to example.net", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aVelocityCheckShouldBeARate() {
        // A probe of rates in English (constructed, 2026-12-01; 20 replies, 19 right before): a velocity check read as
        // nothing; Postfix's anvil limits stay what they were.
        assert421("451 Delivery deferred: velocity check failed", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Error: too many new TLS sessions from 192.0.2.1", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Message submission rate for this client has exceeded the configured limit",
            DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Error: too many connections from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theSendersTrafficLimitedMeteredOrItsAcceptanceRateLoweredShouldBeARate() {
        // A probe of rates in English (constructed, 2026-12-01; 30 replies, 23 right before): the sender's volume or flow
        // restricted or metered, its acceptance rate lowered, a spike in its traffic, a spike guard and a cooling-off
        // period read as nothing (one, under 4.2.1, as a mailbox's); limited for the receiver's own load or an outage
        // it stays the receiver's, and a cooling-off for new senders greylisting.
        assert421("421 4.7.0 Volume from your IP temporarily restricted", DeferralKind.RATE_LIMIT);
        assert421("450 4.2.1 Inbound flow from your IP is being metered, try again in 10 minutes",
            DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Message acceptance rate for your IP has been reduced", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 We have reduced the rate at which we accept mail from you", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.28 Unusual spike in traffic from your IP, deferring", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Spike protection triggered for your sender", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Cooling-off period in effect for your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Acceptance rate for all senders reduced due to high load", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Volume from your IP is limited due to our system load", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 We have reduced the rate at which we accept mail from you while we recover from an outage",
            DeferralKind.SERVER_BUSY);
        assert421("450 Cooling-off period for new senders, retry in 5 minutes", DeferralKind.GREYLIST);
    }

    @Test
    void theSendersConcurrencyNamedAsSuchShouldBeAConnectionLimit() {
        // A probe of connection limits in English (constructed, 2026-12-01; 30 replies, 27 right before): too much
        // concurrency or parallelism from the sender, its parallel delivery over the limit and a maximum "concurrent
        // per client" read as nothing; a part's concurrency is not the sender's, and per minute it is a rate.
        assert421("421 4.7.0 Excess concurrency from your network", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Parallel delivery from your host exceeds our limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Max concurrent per client: 2", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrency from your IP exceeds the limit", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.7.0 Excess concurrency from the database", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.7.0 Parallel deliveries to mailboxes exceed our limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrency from your IP exceeds the limit per minute", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theSendersFailuresCountedAndItsMissingHistoryShouldReadAsARateAndAJudgement() {
        // A probe of connection words with other subjects (constructed, 2026-12-01; 30 replies, 25 as LABELLING.md has
        // them before): connections lost or empty, connection errors and aborted transactions counted against the
        // sender read as nothing (failed connections counted are a rate), and **one false connection limit**, the
        // receiver's outbound relay's connections. A probe of judgements (22 replies, 19 right before): a sender without
        // history with the receiver read as nothing (a new sending IP judged). Asked to retry for its novelty it stays
        // greylisting; a database's errors stay the receiver's.
        assert421("421 4.7.0 Too many connection errors from 192.0.2.1", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many lost connections from your host", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many empty connections from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many aborted transactions from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Too many connection errors to the database", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections to the outbound relay", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections from your relay", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Your IP has no sending history with us", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Insufficient sending history for 192.0.2.1", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Unknown sender IP without history, try later", DeferralKind.GREYLIST);
    }

    @Test
    void deliveriesAtOnceAndConcurrencyFromTheSenderInOtherLanguagesShouldBeAConnectionLimit() {
        // A probe of connection limits in thirty languages (constructed, 2026-12-01; 30 replies, 26 right before):
        // Spanish "concurrencia", German parallel deliveries, Arabic's simultaneous connections named before "too many"
        // and Hindi's "concurrent" inside "too many connections" read as nothing; deliveries at once in German,
        // French, Spanish and Italian with the sender named as well. To a database or a mailbox, or per minute, not.
        assert421("421 Demasiada concurrencia desde su IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zu viele parallele Zustellungen von Ihrem Host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Trop de livraisons simultanées depuis votre serveur", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Troppe consegne simultanee dal tuo server", DeferralKind.CONNECTION_LIMIT);
        assert421("421 اتصالات متزامنة كثيرة جدًا من عنوان IP الخاص بك", DeferralKind.CONNECTION_LIMIT);
        assert421("421 आपके IP से बहुत अधिक समवर्ती कनेक्शन", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Zu viele parallele Zustellungen an die Datenbank", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Trop de livraisons simultanées vers la boîte aux lettres", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Troppe consegne simultanee al minuto dal tuo server", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theSendersVolumeAndTrafficInOtherLanguagesShouldBeARateAndTheReceiversVolumeItsLoad() {
        // A probe of rates in fifteen languages (constructed, 2026-12-01; 35 replies, 25 right before): a sending volume
        // too high in Spanish, French, German, Italian, Portuguese, Dutch, Polish and Russian, and the sender's traffic
        // throttled in German and Polish, read as nothing. Their neighbours: the receiver's own volume is its load, a
        // mailbox's volume not the sender's pace.
        assert421("451 Volumen de envío excesivo desde su IP", DeferralKind.RATE_LIMIT);
        assert421("451 Volume d'envoi trop important depuis votre adresse", DeferralKind.RATE_LIMIT);
        assert421("451 Zu hohes Sendevolumen von Ihrer IP", DeferralKind.RATE_LIMIT);
        assert421("451 Te hoog verzendvolume vanaf uw IP-adres", DeferralKind.RATE_LIMIT);
        assert421("451 Слишком большой объём почты с вашего IP", DeferralKind.RATE_LIMIT);
        assert421("451 Zbyt duża liczba wiadomości wysyłanych z Twojego IP", DeferralKind.RATE_LIMIT);
        assert421("451 Der Datenverkehr von Ihrer IP wird gedrosselt", DeferralKind.RATE_LIMIT);
        assert421("451 Ruch z Twojego adresu IP jest ograniczany", DeferralKind.RATE_LIMIT);
        assert421("451 Le serveur reçoit un volume trop important de messages", DeferralKind.SERVER_BUSY);
        assert421("451 mx.example.de Zu hohes Nachrichtenvolumen auf unserem System", DeferralKind.SERVER_BUSY);
        assertNot421("451 Ihr Postfach hat ein zu hohes Volumen", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aMailQueueFullInRussianAndTurkishShouldBeTheReceiversTrouble() {
        // A probe of the receiver's trouble in fifteen languages (constructed, 2026-12-01; 40 replies, 38 right before):
        // Russian's "переполнена" (overfilled) and Turkish's "kuyruğu" (its queue, inflected) were not words of a queue
        // full; a mailbox overfilled stays the mailbox's.
        assert421("451 Очередь почты переполнена, повторите попытку позже", DeferralKind.SERVER_BUSY);
        assert421("451 Posta kuyruğu dolu, lütfen daha sonra tekrar deneyin", DeferralKind.SERVER_BUSY);
        assert421("452 Почтовый ящик переполнен", DeferralKind.MAILBOX);
        assert421("452 Posta kutusu dolu", DeferralKind.MAILBOX);
    }

    @Test
    void aRemoteHostThatSpeaksShouldBeTheReceiverNotItsPart() {
        // A probe of trailers and bare enhanced codes (constructed, 2026-12-01; 17 replies, 15 right before): qmail's
        // "Remote host said:" before a reply without its code ("Remote host said: Too many connections (#4.4.2)") read
        // the speaker as the receiver's remote host, a part, and the connection limit as its trouble. Connections to a
        // remote host or server it relays to stay its trouble, its name after a colon included.
        assert421("Remote host said: Too many connections (#4.4.2)", DeferralKind.CONNECTION_LIMIT);
        assert421("remote server: too many connections", DeferralKind.CONNECTION_LIMIT);
        assert421("The remote server said: Too many connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections to the remote host", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.2 Too many connections to remote server: relay.example.net", DeferralKind.SERVER_BUSY);
        assert421("451 Too many connections to the remote host: try later", DeferralKind.SERVER_BUSY);
    }

    @Test
    void tooManyConnectionsFromTheReceiversOwnSourcesShouldBeItsLoadButAnAddressStaysTheSenders() {
        // A probe of connection words with other subjects (constructed, 2026-12-01; 20 replies): **seven false
        // connection limits**, too many connections from the receiver's own load balancer, internal hosts, backup job,
        // monitoring system, webmail front end, own relays and health checker. An address stays the sender's, a local
        // one too (a receiver behind a proxy, or a test's on 127.0.0.1, sees that address), and a relay's customer is
        // the sender.
        assert421("421 4.3.2 Too many connections from our load balancer", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections from internal hosts", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections from the monitoring system", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections from the webmail frontend", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections from our own relays", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 mx.example.net Error: too many connections from 127.0.0.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Too many connections from localhost", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from our customer 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from the remote host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from our side", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aBareTooManyRecipientsShouldBeOneTransactionsWhateverItsEnhancedCode() {
        // A probe of words under the mailbox's enhanced codes (constructed, 2026-12-01; 20 replies, 17 right before,
        // two left as their code reads them, "Delivery temporarily suspended" and "Message deferred by content
        // filter"): RFC 5321's bare "Too many recipients" under 4.2.2 read as a mailbox's, under 4.3.1 as the receiver's.
        // Counted over a day, or with a full mailbox named, it keeps its kind.
        assert421("452 4.2.2 Too many recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.3.1 Too many recipients.", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.5.3 Too many recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Too many recipients from your IP today", DeferralKind.RATE_LIMIT);
        assert421("452 4.2.2 Too many recipients. Mailbox full", DeferralKind.MAILBOX);
        assert421("452 Too many recipients, throttled", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aNextHopSilentShouldBeTheReceiversTroubleAndTheSendersDnsServerNot() {
        // A probe of time-outs (constructed, 2026-12-01; 14 replies, 12 right before): its next hop that did not answer
        // or timed out read as nothing; the sender's DNS server timing out read as the receiver's trouble.
        assert421("451 4.4.1 Next hop did not answer in time", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 The next hop timed out", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Our DNS server timed out", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Your DNS server timed out", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.4.2 Timeout waiting for your data", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void deliveriesSpacedOutAWaitBetweenMessagesAndAPauseAskedForShouldBeARate() {
        // A probe of the issue's volume family in other words (constructed, 2026-12-01; 25 replies, 22 right before:
        // "try again slower", recent messages, thresholds and excessive volume were read): the sender's deliveries
        // spaced out, a wait between messages and a pause before sending more read as nothing.
        assert421("451 4.7.1 Deliveries from your IP are being spaced out", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Wait between messages", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Please pause before sending more", DeferralKind.RATE_LIMIT);
        assert421("421 4.3.2 Wait between connections to the database", DeferralKind.SERVER_BUSY);
        assertNot421("451 Please wait between commands", DeferralKind.RATE_LIMIT);
    }

    @Test
    void terseConnectionLimitsAndTheSettingsNamesServersPrintShouldBeConnectionLimits() {
        // A probe of terse connection limits (constructed, 2026-12-01; 20 replies, 16 right before): "Max clients per IP
        // reached", Courier's "maxperip", a limit written "session-limit" and "Limit exceeded: connections" read as
        // nothing. To a part, or a recipients' limit after the word, they are not.
        assert421("421 4.7.0 Max clients per IP reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 maxperip reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 session-limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Limit exceeded: connections", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Limit exceeded: connections to the database", DeferralKind.SERVER_BUSY);
        assert421("452 4.5.3 connection-limit: too many recipients", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void tooManyPeersShouldBeAConnectionLimitUnlessTheyAreTheReceiversClusters() {
        // A probe of "peers", a word left by the probes of 2026-12-01 (constructed; 8 replies, 4 right before): a server
        // counting its connected peers is counting its clients, as "Too many clients" does; its cluster's or its
        // replication's peers are its own trouble, and per minute they are a rate.
        assert421("421 4.7.0 Too many peers", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Peer limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Maximum number of peers exceeded", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Too many peers in the cluster", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 Replication peer limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.3.0 Too many peers per minute", DeferralKind.RATE_LIMIT);
    }

    @Test
    void openSmtpSessionsInOtherLanguagesShouldBeAConnectionLimit() {
        // A probe of open SMTP sessions in twenty languages (constructed, 2026-12-01; 20 replies, 13 right before):
        // "SMTP" between the sessions and "open" (French), the Dutch, Swedish, Norwegian and Finnish words for open and
        // Norwegian's for sessions, and Japanese's and Korean's "too many sessions" read as nothing. To a database
        // they stay the receiver's, per minute a rate.
        assert421("421 4.7.0 Trop de sessions SMTP ouvertes depuis votre adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Te veel open SMTP-sessies vanaf uw adres", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 För många öppna SMTP-sessioner från din adress", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 For mange åpne SMTP-økter fra adressen din", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Liian monta avointa SMTP-istuntoa osoitteestasi", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 開いているSMTPセッションが多すぎます", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 열린 SMTP 세션이 너무 많습니다", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Trop de sessions SMTP ouvertes vers la base de données", DeferralKind.SERVER_BUSY);
        assert421("421 Te veel open verbindingen met de database", DeferralKind.SERVER_BUSY);
        assert421("451 Sessions SMTP ouvertes par minute : trop", DeferralKind.RATE_LIMIT);
    }

    @Test
    void anObjectStoreSlowingTheReceiverDownAndAKoreanConnectionCountOverItsLimitShouldReadAsTheirWordsSay() {
        // A probe of the receiver's storage and replication failing (constructed, 2026-12-01; 20 replies, 19 right
        // before): S3's "SlowDown" from its object store read as a pace asked of the sender. A probe of connection
        // limits per IP in Chinese, Japanese and Korean (10 replies, 9 right before): Korean's connection count over
        // its limit ("연결 수가 제한을 초과했습니다") read as nothing; per minute it is a rate, a database's its trouble.
        assert421("451 4.3.0 S3 PutObject failed: SlowDown", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Slow down, your IP sends too fast", DeferralKind.RATE_LIMIT);
        assert421("421 동일 IP에서의 연결 수가 제한을 초과했습니다", DeferralKind.CONNECTION_LIMIT);
        assert421("421 분당 연결 수가 제한을 초과했습니다", DeferralKind.RATE_LIMIT);
        assert421("451 데이터베이스 연결 수가 제한을 초과했습니다", DeferralKind.SERVER_BUSY);
    }

    @Test
    void anAuthenticationCheckTemporarilyUnverifiableShouldBeTheReceiversTroubleAsItsTemporaryErrorIs() {
        // A probe of our session's words (constructed, 2026-12-01; 16 replies, 15 right before): "DKIM signature
        // temporarily unverifiable" read as a judgement, where "SPF temporary error" is the receiver's trouble; a
        // signature found invalid stays a judgement.
        assert421("451 4.7.0 DKIM signature temporarily unverifiable", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 SPF temporary error for your domain", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 DKIM signature invalid", DeferralKind.REPUTATION);
    }

    @Test
    void greylistingByItsAllowListOrTheRetryItAwaitsShouldBeGreylisting() {
        // A probe of greylisting in English (constructed, 2026-12-01; 15 replies, 10 right before, one left: "Service
        // unavailable - try again later (policy: delay)"): the sender not yet in its auto-whitelist, a retry awaited to
        // verify it and a new sender asked to wait two minutes by a local policy read as nothing or a judgement. Not in
        // its whitelist without "yet" stays a judgement.
        assert421("450 4.7.1 You are not yet in the auto-whitelist, retry", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Awaiting retry to verify sender", DeferralKind.GREYLIST);
        assert421("450 4.7.1 Retry-verification in progress", DeferralKind.GREYLIST);
        assert421("451 Temporary local policy: new sender, delay 2 min", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Your IP is not in our whitelist", DeferralKind.REPUTATION);
    }

    @Test
    void aSenderAskedToRegisterItsIpShouldBeJudged() {
        // A probe of judgements in English (constructed, 2026-12-01; 15 replies, 14 right before): asked to register
        // its IP with the receiver's postmaster, the sender is not on its allow list, as the tables' Korean filter
        // says with "is filtered".
        assert421("421 4.7.0 Please register your IP with our postmaster", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Throttled due to poor reputation", DeferralKind.REPUTATION);
    }

    @Test
    void theSendersMessagesInArabicHebrewThaiHindiPersianAndBalkanLanguagesShouldBeARateAndInAMailboxTheMailboxs() {
        // A probe of rates in twenty languages (constructed, 2026-12-01; 20 replies, 11 right before): Arabic's
        // accusative "too many messages", Hebrew's sending limit with its prefixes, Thai's sending too much, Hindi's
        // too many messages and sending limit, Persian's many messages sent and sending limit, Albanian's and
        // Croatian's read as nothing. Their neighbours: too many messages in a mailbox is the mailbox's (Arabic's
        // was read as a rate before, an older gap), in either order.
        assert421("451 لقد أرسلت عددًا كبيرًا جدًا من الرسائل", DeferralKind.RATE_LIMIT);
        assert421("451 חרגת ממגבלת השליחה", DeferralKind.RATE_LIMIT);
        assert421("451 คุณส่งอีเมลมากเกินไป", DeferralKind.RATE_LIMIT);
        assert421("451 आपने बहुत अधिक संदेश भेजे हैं", DeferralKind.RATE_LIMIT);
        assert421("451 भेजने की सीमा पार हो गई", DeferralKind.RATE_LIMIT);
        assert421("451 شما پیام‌های زیادی ارسال کرده‌اید", DeferralKind.RATE_LIMIT);
        assert421("451 از محدودیت ارسال فراتر رفته‌اید", DeferralKind.RATE_LIMIT);
        assert421("451 Dërguat shumë mesazhe", DeferralKind.RATE_LIMIT);
        assert421("451 Poslali ste previše poruka", DeferralKind.RATE_LIMIT);
        assert421("452 صندوق البريد يحتوي على عدد كبير جدًا من الرسائل", DeferralKind.MAILBOX);
        assert421("452 יותר מדי הודעות בתיבת הדואר", DeferralKind.MAILBOX);
        assert421("452 Previše poruka u poštanskom sandučiću", DeferralKind.MAILBOX);
        assert421("452 Kutia postare ka shumë mesazhe", DeferralKind.MAILBOX);
    }

    @Test
    void theReceiversSoftwareFailingInItsLibrariesWordsShouldBeItsTroubleAndAPartNamedAfterTheCountNoConnectionLimit() {
        // A probe of the receiver's software failing in its libraries' words (constructed, 2026-12-02; 49 replies, 33
        // right before): with no X.3.X code to carry them, a proxy's "while connecting to upstream", a pool's error or
        // wait, Redis's memory full or dataset loading, Cassandra's every host tried, a cluster's health red,
        // PostgreSQL's serialization failure, Java's heap, a circuit open, a worker process exited, a store's rate
        // exceeded. One false connection limit: MySQL's "Too many connections" with the part named after it.
        assert421("451 connect() failed (111: Connection refused) while connecting to upstream", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 Too many pending requests, circuit open", DeferralKind.SERVER_BUSY);
        assert421("451 Circuit is open for the delivery service", DeferralKind.SERVER_BUSY);
        assert421("451 Timeout waiting for connection from pool", DeferralKind.SERVER_BUSY);
        assert421("451 Cannot get a connection, pool error Timeout waiting for idle object", DeferralKind.SERVER_BUSY);
        assert421("451 OOM command not allowed when used memory > 'maxmemory'.", DeferralKind.SERVER_BUSY);
        assert421("451 LOADING Redis is loading the dataset in memory", DeferralKind.SERVER_BUSY);
        assert421("451 NoHostAvailableException: All host(s) tried for query failed", DeferralKind.SERVER_BUSY);
        assert421("451 Elasticsearch cluster health is red", DeferralKind.SERVER_BUSY);
        assert421("451 ERROR: could not serialize access due to concurrent update", DeferralKind.SERVER_BUSY);
        assert421("451 java.lang.OutOfMemoryError: Java heap space", DeferralKind.SERVER_BUSY);
        assert421("451 Worker process exited unexpectedly", DeferralKind.SERVER_BUSY);
        assert421("451 ThrottlingException: Rate exceeded for the storage backend", DeferralKind.SERVER_BUSY);
        assert421("451 Quota exceeded for the storage backend", DeferralKind.SERVER_BUSY);
        assert421("451 Too many connections (MySQL error 1040)", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections (PostgreSQL)", DeferralKind.SERVER_BUSY);
        assert421("451 Too many clients [redis]", DeferralKind.SERVER_BUSY);
        // Their neighbours: the sender's connections, its pool, its rate; a part's name inside a host name.
        assert421("421 Too many connections (limit 10 per IP)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections [db.example.net]", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections - mysql.example.net", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP pool", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Your IP pool has a poor reputation", DeferralKind.REPUTATION);
        assert421("451 Too many pending requests from your IP, slow down", DeferralKind.RATE_LIMIT);
        assert421("451 Rate exceeded for your sending IP", DeferralKind.RATE_LIMIT);
        assert421("451 Rate limit exceeded for the sender domain", DeferralKind.RATE_LIMIT);
        assert421("451 Timeout waiting for DATA from client", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void tokensSpentABackOffAskedForAndARateExceededAfterItsSubjectShouldBeARate() {
        // A probe of rates in token buckets', bursts', floods' and back-offs' words (constructed, 2026-12-02; 38
        // replies, 34 right before, by LABELLING's rule that a mailbox receiving mail too fast is a rate): no tokens
        // left, a back-off asked of the sender, a per-minute rate exceeded with its subject before it.
        assert421("451 No tokens left in your bucket, retry later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Backoff requested: please retry in 5 minutes", DeferralKind.RATE_LIMIT);
        assert421("421 Please back off and retry later", DeferralKind.RATE_LIMIT);
        assert421("451 Deferred: sender exceeded per-minute rate", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Token bucket empty for 192.0.2.1, try again later", DeferralKind.RATE_LIMIT);
        assert421("451 HTTP 429: Too Many Requests, Retry-After: 60", DeferralKind.RATE_LIMIT);
        // Their neighbours: a back-off as a label before another cause, or asked for the receiver's own load; a flood
        // of spam; a flood of connections at once.
        assert421("451 Backoff: TLS negotiation failed", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.3.2 Our side is overloaded, back off and retry", DeferralKind.SERVER_BUSY);
        assert421("451 Flood of spam detected from your IP", DeferralKind.REPUTATION);
        assert421("421 Connection flood: too many concurrent connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Sending paused: too many complaints from your IP", DeferralKind.REPUTATION);
    }

    @Test
    void theSendersConnectionsOverAMaximumInOtherWordOrdersShouldBeAConnectionLimitAndOverARateARate() {
        // A probe of connection limits in other word orders (constructed, 2026-12-02; 32 replies, 28 right before):
        // the sender's connections said to exceed a maximum, its connection quota exceeded with it as the subject,
        // its concurrency stated over a limit; exceeding a rate, or counted per unit of time, is a pace.
        assert421("421 Connections from your IP exceed the permitted maximum", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Client exceeded connection quota", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Concurrency for 192.0.2.1 is 6, limit is 5", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections from your IP exceed the permitted rate", DeferralKind.RATE_LIMIT);
        assert421("421 Client exceeded connection quota this hour", DeferralKind.RATE_LIMIT);
        assert421("421 Connections from your IP exceed the permitted maximum per hour", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Concurrency from your IP exceeds the limit per minute", DeferralKind.RATE_LIMIT);
        // Their neighbours: the receiver's slots with no sender named, a session's own length.
        assert421("421 All connection slots are in use", DeferralKind.SERVER_BUSY);
        assert421("421 Your session has been open too long", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void theReceiversServersUpgradedOrRotatedOutShouldBeItsTroubleButAMalformedMessageOrAReadOnlyMailboxNot() {
        // A probe of the receiver's unavailability in English (constructed, 2026-12-02; 43 replies, 39 right before):
        // its servers being upgraded, a node rotated out; a message it could not process for being malformed was
        // read as its trouble, and a mailbox in read-only mode as its storage's.
        assert421("451 We are upgrading our servers", DeferralKind.SERVER_BUSY);
        assert421("421 Node is being rotated out", DeferralKind.SERVER_BUSY);
        assert421("451 Your message could not be processed: malformed header", DeferralKind.OTHER_TRANSIENT);
        assert421("452 User's mailbox is in read-only mode", DeferralKind.MAILBOX);
        // Their neighbours: the receiver's own read-only store, a message it could not process for no reason given,
        // mail refused from the sender's network.
        assert421("421 Mail system is in read-only mode", DeferralKind.SERVER_BUSY);
        assert421("451 Unable to process your message at this moment due to a system issue", DeferralKind.SERVER_BUSY);
        assert421("421 Not accepting mail from your network at this time", DeferralKind.REPUTATION);
    }

    @Test
    void greylistingDescribedAsARetryRequiredOfNewSendersOrAnAttemptTooEarlyShouldBeGreylisting() {
        // A probe of greylisting described in English (constructed, 2026-12-02; 26 replies, 19 right before): a retry
        // required of unknown or first-time senders, a first message's delay said to be normal, a first contact's
        // delay, an attempt come too early or a retry window not yet open, a sender new here asked to retry.
        assert421("451 Please retry: delivery attempt too early", DeferralKind.GREYLIST);
        assert421("451 Please retry, this is normal for the first message", DeferralKind.GREYLIST);
        assert421("451 You're new here, please try again in a few minutes", DeferralKind.GREYLIST);
        assert421("451 Retry window not yet open, please wait 4 more minutes", DeferralKind.GREYLIST);
        assert421("451 First-contact delay in effect, please retry", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Please try again later, we require a retry from unknown senders", DeferralKind.GREYLIST);
        assert421("451 A retry is required for first-time correspondents", DeferralKind.GREYLIST);
        // Their neighbours: a command or a connection come too early (a reconnection too soon is a pace), a first
        // message judged, a young domain, a first-time recipients' count.
        assert421("451 AUTH attempt too early", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection attempt too early after the last one", DeferralKind.RATE_LIMIT);
        assert421("451 First message from your IP contained spam", DeferralKind.REPUTATION);
        assert421("451 Sender domain is too young", DeferralKind.REPUTATION);
        assert421("451 Too many first-time recipients from your IP this hour", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aSendersCountStatedAgainstASpanAsFiguresOrKeysShouldBeARateAndAMailboxFullByPercentTheMailboxs() {
        // A probe of rates stated as figures (constructed, 2026-12-02; 25 replies, 18 right before): a limit per a
        // span in abbreviated units, a count in the last minutes, count, limit and window as keys, messages reached of
        // those allowed, an hourly, daily or outbound usage over its limit; a mailbox full by a percentage.
        assert421("451 Limit: 100 per 3600s reached for 192.0.2.1", DeferralKind.RATE_LIMIT);
        assert421("451 Reached 1000 of 1000 allowed messages", DeferralKind.RATE_LIMIT);
        assert421("451 Your hourly usage (120) exceeds 100", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 192.0.2.1: 300 msgs in last 10 min (max 250)", DeferralKind.RATE_LIMIT);
        assert421("451 Count=51 Limit=50 Window=60s", DeferralKind.RATE_LIMIT);
        assert421("451 Daily outbound usage 100%", DeferralKind.RATE_LIMIT);
        assert421("452 Mailbox 100% full (2048/2048 MB)", DeferralKind.MAILBOX);
        // Their neighbours: sessions at once as figures or keys, recipients of one message, a mailbox's quota used.
        assert421("421 count=11 limit=10 concurrent connections from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Sessions: 6/5 for 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("452 Recipients: 101 of 100 allowed in this message", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Quota used 100%, 5000 of 5000 messages", DeferralKind.MAILBOX);
    }

    @Test
    void aTrustScoreBelowItsThresholdAHoneypotMatchedAndAUriBlockListShouldJudgeTheSenderAndAReputationLookupFailingNot() {
        // A probe of judgements in English (constructed, 2026-12-02; 28 replies, 22 right before): a trust score below
        // its threshold, the sender's network under investigation, a honeypot matched, its domain in a URI block
        // list, its mail looking automated; the receiver's reputation lookup failing was read as a judgement.
        assert421("451 Your domain appears in URIBL", DeferralKind.REPUTATION);
        assert421("451 Trust score for 192.0.2.1 is below threshold", DeferralKind.REPUTATION);
        assert421("451 Temporarily deferred: your network is under investigation", DeferralKind.REPUTATION);
        assert421("451 Temporarily blocked: your IP matched a honeypot", DeferralKind.REPUTATION);
        assert421("451 Mail from your IP looks automated, deferring", DeferralKind.REPUTATION);
        assert421("451 Temporary failure in reputation lookup", DeferralKind.SERVER_BUSY);
        // Their neighbours: the receiver's outage under investigation, its honeypot service or URI list failing.
        assert421("451 The outage is under investigation", DeferralKind.SERVER_BUSY);
        assert421("451 Honeypot service unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 URIBL lookup failed", DeferralKind.SERVER_BUSY);
        assert421("451 Unusual volume from your IP, slow down", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theReceiversResolverAndItsChecksMeetingADnsTimeOutShouldBeItsTroubleAndTheSendersDomainsServfailNot() {
        // A probe of the receiver's DNS failing (constructed, 2026-12-02; 25 replies, 17 right before): the recipient
        // domain it could not resolve, its resolver's error, anything on its own resolver, a lookup of the sender's
        // domain timed out, an authentication check that met a DNS time-out or a temporary error (read as a
        // judgement before). Left: "Temporary failure in name resolution" with no subject, which a client library
        // prints for the sender's own resolver.
        assert421("451 4.4.3 Unable to resolve MX for recipient domain right now", DeferralKind.SERVER_BUSY);
        assert421("451 Could not resolve the recipient domain (try again)", DeferralKind.SERVER_BUSY);
        assert421("451 resolver error: i/o timeout", DeferralKind.SERVER_BUSY);
        assert421("451 DNSSEC validation failure on our resolver", DeferralKind.SERVER_BUSY);
        assert421("451 Lookup of sender domain timed out, retry later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 SPF check failed: DNS timeout", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 DMARC lookup: temporary error", DeferralKind.SERVER_BUSY);
        // Their neighbours: the sender's domain's servers failing, a domain that does not exist, the sender's reverse
        // DNS, a check the sender failed.
        assert421("451 DNS: SERVFAIL while verifying sender", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your DNS server returned SERVFAIL for example.org", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Sender domain not found", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.7.1 Client host rejected: cannot find your hostname", DeferralKind.REPUTATION);
        assert421("451 4.7.1 SPF check failed", DeferralKind.REPUTATION);
    }

    @Test
    void theReceiversCapacityInItsOperationsWordsShouldBeItsTroubleAndProcessesCountedForTheSenderAConnectionLimit() {
        // A probe of the receiver's capacity in English (constructed, 2026-12-02; 34 replies, 22 right before): its
        // backups, index rebuilds and elections running, a store being backed up, its CPU at its limit, no worker
        // threads left, a passive node, a split brain, a garbage collection, a lack of resources; processes counted
        // for the sender's address are its sessions at once (a server running one process a session).
        assert421("451 Database is being backed up, try later", DeferralKind.SERVER_BUSY);
        assert421("421 Nightly backup in progress, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Index rebuild running, please retry", DeferralKind.SERVER_BUSY);
        assert421("421 CPU at 100%, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 No worker threads available", DeferralKind.SERVER_BUSY);
        assert421("421 Node is passive (cluster standby)", DeferralKind.SERVER_BUSY);
        assert421("421 Primary election in progress", DeferralKind.SERVER_BUSY);
        assert421("421 Split brain detected, refusing writes", DeferralKind.SERVER_BUSY);
        assert421("451 Garbage collection pause, retry", DeferralKind.SERVER_BUSY);
        assert421("451 Temporary lack of resources", DeferralKind.SERVER_BUSY);
        assert421("421 Max SMTP processes for your IP reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many child processes for 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 No slots available for your IP", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: its own total of processes, processes counted per hour, a mailbox's backup.
        assert421("421 Too many processes", DeferralKind.SERVER_BUSY);
        assert421("421 Max SMTP processes for your IP reached per hour", DeferralKind.RATE_LIMIT);
        assert421("451 Mailbox backup in progress", DeferralKind.MAILBOX);
    }

    @Test
    void connectionsCountedPerNetworkOrPerIdentityShouldBeAConnectionLimit() {
        // A probe of connection limits per network and per identity (constructed, 2026-12-02; 23 replies, 22 right
        // before): connections "with the same HELO" had read as held by one of the receiver's parts.
        assert421("421 Too many connections with the same HELO", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your /24", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from AS64500", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections for sender domain example.net", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: a network's connections per minute or judged, the receiver's spam filter's.
        assert421("421 Too many connections from your /24 in the last minute", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections from your /24 are listed in Spamhaus", DeferralKind.REPUTATION);
        assert421("421 Too many connections from our spam filter", DeferralKind.SERVER_BUSY);
        assert421("421 Too many concurrent connections held by the queue runner", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aConnectionSettingsNameAloneAndSlowdownOrBackoffAloneShouldReadAsTheirKind() {
        // A probe of terse replies (constructed, 2026-12-02; 32 replies, 27 right before): a connection maximum's
        // setting name alone is the receiver's total reached, "Slowdown" and "Backoff" alone ask for a pace. Left:
        // "E_OVERLOAD", an error constant with a one-letter prefix.
        assert421("421 Maxconn", DeferralKind.CONNECTION_LIMIT);
        assert421("421 max_connections", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Slowdown", DeferralKind.RATE_LIMIT);
        assert421("451 Backoff", DeferralKind.RATE_LIMIT);
        // Their neighbours: counted per minute, an object store's "SlowDown", a back-off as a label.
        assert421("421 Maxconn per minute", DeferralKind.RATE_LIMIT);
        assert421("451 S3 PutObject failed: SlowDown", DeferralKind.SERVER_BUSY);
        assert421("451 Backoff: TLS negotiation failed", DeferralKind.OTHER_TRANSIENT);
        assert421("452 Quota", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aRecipientFloodedOrOverItsInboundLimitShouldBeARateAndItsMailboxsSizeTheMailboxs() {
        // A probe of rates per recipient (constructed, 2026-12-02; 16 replies, 14 right before): a recipient flooded
        // or over its inbound limit is a mailbox receiving mail too fast, a rate by LABELLING.md rule 5.
        assert421("451 Recipient inbound limit exceeded, please retry later", DeferralKind.RATE_LIMIT);
        assert421("450 4.2.1 Recipient is being flooded, try again later", DeferralKind.RATE_LIMIT);
        // Their neighbours: a mailbox's messages held or its size, a mailbox locked.
        assert421("452 4.2.2 Recipient's mailbox holds too many messages", DeferralKind.MAILBOX);
        assert421("452 Mailbox has reached its maximum size", DeferralKind.MAILBOX);
        assert421("450 4.2.1 Recipient's mailbox is locked by another delivery", DeferralKind.MAILBOX);
    }

    @Test
    void moreOfTheReceiversPartsNamedNearAFailureShouldBeItsTrouble() {
        // A probe of the receiver's parts' names near a failure word (constructed, 2026-12-02; 30 replies, 26 right
        // before): its dispatcher, message broker and address book (and its scheduler, controller, coordinator,
        // supervisor, orchestrator, handler, plugin, module and executor) join the general rule's list. Left: "GAL",
        // Exchange's global address list by its initials.
        assert421("451 4.7.0 The dispatcher is down, please retry later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 The message broker not responding, please retry later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 The address book is degraded, please retry later", DeferralKind.SERVER_BUSY);
        assert421("451 Failure in the dispatcher", DeferralKind.SERVER_BUSY);
        assert421("451 Plugin timed out", DeferralKind.SERVER_BUSY);
        // Their neighbours: the sender's own plugin, a handler that rejected the message.
        assert421("451 Your plugin failed", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your message handler rejected it", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void askedToGoSlowerInOtherWordsShouldBeARateAndTheReceiverRunningSlowItsTrouble() {
        // A probe of the issue's "try again slower" in other words (constructed, 2026-12-02; 23 replies, 17 right
        // before): go slower, take it slow, "not so fast", "too quick" ask for a pace; the receiver's system slow or
        // processing slower than usual is its trouble.
        assert421("451 Go slower", DeferralKind.RATE_LIMIT);
        assert421("451 Not so fast", DeferralKind.RATE_LIMIT);
        assert421("451 Too quick, retry later", DeferralKind.RATE_LIMIT);
        assert421("451 Take it slow please", DeferralKind.RATE_LIMIT);
        assert421("451 We are processing slower than usual, please retry", DeferralKind.SERVER_BUSY);
        assert421("451 System is slow, try again later", DeferralKind.SERVER_BUSY);
        // Their neighbours: our connection too slow, a client that spoke too quickly, the sender's system slow.
        assert421("451 Your connection is too slow", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Client sent data too quick after the greeting", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your system is slow", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void anAccountLoggedInFromTooManyPlacesNowShouldBeAConnectionLimitAndRecentlyNot() {
        // A probe of connection limits per account (constructed, 2026-12-02; 15 replies, 14 right before, by the
        // labels of written batch 169, whose "connected from too many places at the same time" is the sender's
        // sessions at once; "Account connection limit reached", which the rules read as a recipient's account, was
        // set aside as naming neither).
        assert421("421 You are already logged in from too many places", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Your account has too many simultaneous SMTP connections", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 You have logged in from too many places recently", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.2.1 Recipient's account has too many IMAP sessions", DeferralKind.MAILBOX);
    }

    @Test
    void qmailsQueueProgramFailingShouldBeTheReceiversTroubleWithOrWithoutItsTrailer() {
        // A probe of MTAs' own trouble in their own words (constructed from qmail's, Postfix's, Exim's, Sendmail's and
        // Exchange's texts, 2026-12-02; 31 replies, 25 right before, by the tables' labels): qmail's queue program's
        // words without the "(#4.3.0)" trailer that carried them were read as nothing.
        assert421("451 qq read error", DeferralKind.SERVER_BUSY);
        assert421("451 qq trouble making network connection", DeferralKind.SERVER_BUSY);
        assert421("451 qq crashed", DeferralKind.SERVER_BUSY);
        assert421("451 qq timeout", DeferralKind.SERVER_BUSY);
        assert421("451 qq internal bug", DeferralKind.SERVER_BUSY);
        assert421("451 qq trouble reading envelope", DeferralKind.SERVER_BUSY);
        // Their neighbour: Tencent's QQ mail named before a connection limit.
        assert421("421 QQ mail: Too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void connectionsRefusedWhileTheServerRestartsShouldBeItsTroubleAndFailuresCountedARate() {
        // A probe of connection words that are no limit (constructed, 2026-12-02; 30 replies, 27 right before by the
        // tables' labels): **one false connection limit**, no more connections accepted while the server restarts;
        // failures counted for the sender are a rate; connections being tarpitted judge it, as a tarpit active does.
        assert421("421 No more connections accepted while the server restarts", DeferralKind.SERVER_BUSY);
        assert421("421 Connection refused: too many failures from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Connections from your IP are being tarpitted", DeferralKind.REPUTATION);
        // Their neighbours: no more connections accepted, no restart named; a per-minute count; our session's errors.
        assert421("421 No more connections accepted", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection refused: too many connections per minute from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Connection reset: too many bad commands", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many unauthenticated connections from your IP", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aConnectionCountGivenTheReceiversTroubleAsItsReasonShouldBeItsTrouble() {
        // A probe of connection limits given the receiver's trouble as their reason (constructed, 2026-12-02; 19
        // replies, 9 right before): **ten false connection limits**, a count of connections reached because the
        // server restarts, drains, fails over or is attacked, its back end is down or out, its scanner too slow, its
        // storage degraded, no sender named.
        assert421("421 Too many connections; server is being restarted", DeferralKind.SERVER_BUSY);
        assert421("421 Maximum connections reached on this node, it is draining", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections during failover", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections: the server is under a DDoS attack", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections (shutdown pending)", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections because the database is down", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections, the scanner is too slow to keep up", DeferralKind.SERVER_BUSY);
        assert421("421 Max connections reached due to a backend outage", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections after a restart, please wait", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections: storage is degraded", DeferralKind.SERVER_BUSY);
        // Their neighbours: the sender named, its load or busyness alone, maintenance (as the older probes have it).
        assert421("421 Too many connections from your IP during failover", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from your IP; our servers are busy", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Server busy: too many connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections. Try again later. (load: high)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections while in maintenance mode", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversOwnOutboundConnectionsCountedShouldBeItsTroubleNotAConnectionLimit() {
        // A probe of connections counted for the receiver's relaying (constructed, 2026-12-02; 15 replies, 13 right
        // before): **one false connection limit**, its connections to the recipient domain from its own system; its
        // outbound connections counted (read as a rate). Left: "too many outbound connections from this server", whose
        // "this server" names the sender as often as the receiver.
        assert421("451 Too many connections to the recipient domain from our system", DeferralKind.SERVER_BUSY);
        assert421("451 Too many outbound connections", DeferralKind.SERVER_BUSY);
        assert421("451 Remote server has too many connections from us", DeferralKind.SERVER_BUSY);
        // Their neighbours: the sender's relay, the sender to the receiver, a mailbox's connections.
        assert421("421 Too many connections from your relay", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections from you to us", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Too many connections to this mailbox", DeferralKind.MAILBOX);
    }

    @Test
    void aConnectionCountGivenTheReceiversRestartAsItsReasonInOtherLanguagesShouldBeItsTrouble() {
        // The English rule's neighbours in other languages (constructed, 2026-12-02; 12 replies, 4 right before):
        // **eight false connection limits**, a count of connections given the server's restart or a back end's outage
        // as its reason in German, French, Spanish, Italian, Russian, Chinese and Japanese.
        assert421("421 Zu viele Verbindungen, der Server wird neu gestartet", DeferralKind.SERVER_BUSY);
        assert421("421 Trop de connexions : le serveur redémarre", DeferralKind.SERVER_BUSY);
        assert421("421 Demasiadas conexiones: el servidor se está reiniciando", DeferralKind.SERVER_BUSY);
        assert421("421 Troppe connessioni: il server si sta riavviando", DeferralKind.SERVER_BUSY);
        assert421("421 Слишком много соединений: сервер перезагружается", DeferralKind.SERVER_BUSY);
        assert421("421 连接数过多，服务器正在重启", DeferralKind.SERVER_BUSY);
        assert421("421 接続数が多すぎます。サーバーを再起動しています", DeferralKind.SERVER_BUSY);
        assert421("421 Demasiadas conexiones debido a una caída del backend", DeferralKind.SERVER_BUSY);
        // Their neighbours: the sender named.
        assert421("421 Zu viele Verbindungen von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Trop de connexions depuis votre adresse IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void connectionsMadeToSpamTrapsOrWithProtocolErrorsShouldNotBeAConnectionLimit() {
        // A probe of connections counted for what they did (constructed, 2026-12-02; 14 replies, 11 right before):
        // **two false connection limits**, connections made to the receiver's spam traps (a judgement) and connections
        // with pipelining errors (our session's). Left: connections "closed early", read as nothing.
        assert421("421 Too many connections from your IP to our spam traps", DeferralKind.REPUTATION);
        assert421("421 Too many connections with pipelining errors from your IP", DeferralKind.OTHER_TRANSIENT);
        // Their neighbours: connections that carried viruses or failed SPF, connections while its spam checks are slow.
        assert421("421 Too many connections carrying viruses from your network", DeferralKind.REPUTATION);
        assert421("421 Too many connections that failed SPF from your IP", DeferralKind.REPUTATION);
        assert421("421 Too many connections from your IP, spam checks are slow", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void sessionsOfOtherProtocolsShouldBeTheMailboxsOrTheReceiversAndEsmtpSessionsAConnectionLimit() {
        // A probe of sessions of other protocols (constructed, 2026-12-02; 14 replies, 10 right before): ESMTP sessions
        // from the sender are a connection limit as SMTP ones are; POP3 and webmail sessions of the recipient are the
        // mailbox's; the receiver's milter sessions are its trouble.
        assert421("421 Too many ESMTP sessions from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Too many POP3 sessions open on the recipient's account", DeferralKind.MAILBOX);
        assert421("450 Too many webmail sessions for the recipient", DeferralKind.MAILBOX);
        assert421("421 Too many milter sessions in progress", DeferralKind.SERVER_BUSY);
        // Their neighbours: SMTP sessions, inbound sessions, IMAP sessions of a user, LMTP sessions to its store.
        assert421("421 Too many SMTP sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many inbound sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Too many IMAP sessions for this user", DeferralKind.MAILBOX);
        assert421("421 Too many LMTP sessions to the mailbox store", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theSendersConnectionsWithAnyOtherWordBeforeTheirNounShouldBeAConnectionLimit() {
        // A probe of connection limits with other words before the count's noun (constructed, 2026-12-02; 24 replies, 6
        // right before): the sender's client, socket, network, remote, external, MTA, relay, port 25, IPv6, current,
        // ongoing, running, persistent or keep-alive connections or sessions, named from its address, were read as
        // nothing. Left: idle sessions held open, as the older probes leave them.
        assert421("421 Too many SMTP-in connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many smtpd connections from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many socket connections from your host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many client connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many external connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many port 25 connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many IPv6 connections from your network", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many running sessions for 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many keep-alive connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many total connections from your IP", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: the words that make them another kind's.
        assert421("421 Too many new connections from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Too many repeated connections from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Too many short-lived connections from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Too many unauthenticated connections from your IP", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many spam connections from your IP", DeferralKind.REPUTATION);
        assert421("421 Too many client connections from your IP in the last hour", DeferralKind.RATE_LIMIT);
        assert421("421 Too many outbound connections from our relay", DeferralKind.SERVER_BUSY);
        assertNot421("421 Too many idle sessions held open by your server", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theSendersConnectionsCountedOtherWaysRoundShouldBeAConnectionLimit() {
        // The same probe's second part (constructed, 2026-12-02; 22 replies, 15 right before): the sender holding too
        // many client connections, their number exceeded, "too many" after them, a connection table full for the
        // sender, a request to use a single connection, "Too much parallelism" alone.
        assert421("421 Your IP has too many client connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server has too many SMTP-in sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Number of client connections from your IP exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Client connections from your IP: too many", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection table full for your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Please use a single connection", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too much parallelism", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: per unit of time, failed or new ones, the receiver's table with no sender named.
        assert421("421 Please use a single connection per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Your IP has too many failed connections", DeferralKind.RATE_LIMIT);
        assert421("421 Your IP has too many new connections", DeferralKind.RATE_LIMIT);
        assert421("421 Max 3 sessions per IP per minute", DeferralKind.RATE_LIMIT);
        assert421("421 Session table full", DeferralKind.SERVER_BUSY);
    }

    @Test
    void clientOrSmtpConnectionsInACompoundInOtherLanguagesShouldBeAConnectionLimit() {
        // A probe of connection limits with other words before the noun in other languages (constructed, 2026-12-02;
        // 20 replies, 15 right before): client, SMTP or TCP connections in a compound or with their adjective in
        // German, Dutch, Swedish, Russian and Turkish.
        assert421("421 Zu viele Client-Verbindungen von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Te veel clientverbindingen vanaf uw IP-adres", DeferralKind.CONNECTION_LIMIT);
        assert421("421 För många klientanslutningar från din IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Слишком много клиентских соединений с вашего IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Çok fazla istemci bağlantısı (IP adresiniz)", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: per minute, the receiver's database connections.
        assert421("421 Zu viele Client-Verbindungen pro Minute", DeferralKind.RATE_LIMIT);
        assertNot421("421 Zu viele Datenbankverbindungen", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theSenderConnectedSoManyTimesNowOrItsConnectsInProgressShouldBeAConnectionLimit() {
        // A probe of connection limits in other nouns and verbs (constructed, 2026-12-02; 20 replies, 17 right
        // before): the sender connected so many times now, its connection attempts in progress (read as a rate).
        // Left: "parallel links".
        assert421("421 Your IP is connected 12 times, the maximum is 10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connects in progress from your IP", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: connected so many times over a span.
        assert421("421 Your IP connected 50 times in the last hour", DeferralKind.RATE_LIMIT);
        assert421("421 Your IP is connected 5 times per minute", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theSendersOpenSessionsOrConcurrencyOverTheLimitShouldBeAConnectionLimit() {
        // A probe of open connections and concurrency (constructed, 2026-12-02; 19 replies, 16 right before): the
        // sender's open connections exceeding a number, open sessions over the limit, its concurrency too high.
        assert421("421 Your open connections exceed 10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Open sessions over limit for your host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your concurrency is too high", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: a part's concurrency, the sender's concurrency per minute.
        assert421("421 Concurrency limit reached on the spam filter", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Concurrency from your IP exceeds the limit per minute", DeferralKind.RATE_LIMIT);
    }

    @Test
    void simultaneousConnectionsInLatvianAndLithuanianShouldBeAConnectionLimit() {
        // A probe of simultaneous connections from the sender's IP in twenty European and Asian languages
        // (constructed, 2026-12-02; 20 replies, 18 right before): Latvian's "savienojumu" was read as nothing and
        // Lithuanian's "prisijungimų" (connections and logins alike) as logins counted; at once, they are sessions.
        assert421("421 Pārāk daudz vienlaicīgu savienojumu no jūsu IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Per daug vienu metu esančių prisijungimų iš jūsų IP", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: per minute, and Lithuanian's logins with no "at once".
        assertNot421("421 Pārāk daudz savienojumu minūtē", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Per daug vienu metu esančių prisijungimų per minutę", DeferralKind.RATE_LIMIT);
        assert421("421 Per daug prisijungimų", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theRulesWordsMisspelledByOneLetterShouldReadAsTheWordsTheyMisspell() {
        // A probe of misspellings as hand-written servers make them (constructed, 2026-12-02; 102 replies, 78 right
        // before): a letter doubled, dropped, wrong or swapped in a long word the rules read was read as nothing unless
        // that very misspelling was listed. Every one-letter slip of those words is read as the word now.
        assert421("421 Too many connnections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many conncetions from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many concurrent sesssions from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection limt reached for your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Sending limt exceeded for your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Excesive mail volume from your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Your IP is throtteled", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Throtteling active for your IP", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Throttelling in effect for your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Not enough resouces, try later", DeferralKind.SERVER_BUSY);
        assert421("421 Service currently unavailble, try again later", DeferralKind.SERVER_BUSY);
        assert421("421 Service not avaiable, closing transmission channel", DeferralKind.SERVER_BUSY);
        assert421("421 Server over loaded, please try later", DeferralKind.SERVER_BUSY);
        assert421("421 Server over-loaded", DeferralKind.SERVER_BUSY);
        assert421("421 Too mutch load on server", DeferralKind.SERVER_BUSY);
        assert421("452 Mailbox over qouta", DeferralKind.MAILBOX);
        assert421("451 4.7.1 Your IP has bad repuation", DeferralKind.REPUTATION);
        assert421("451 Reputaion of your IP is too low", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Bad reputaton of your IP", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Your IP is blaclisted", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Greylsited, try again later", DeferralKind.GREYLIST);
        assert421("451 Greylised, please retry later", DeferralKind.GREYLIST);
        // Their neighbours: other languages' words one letter from an English one keep their rules, a word of its own
        // ("massages") and a slip inside a link stay as written.
        assert421("451 Troppe sessioni simultanee dal tuo IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Databasen är inte tillgänglig", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Número excessivo (5) de tentativas falhas de autenticação (192.0.2.10)", DeferralKind.RATE_LIMIT);
        assert421("450 Massages are not allowed", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.1 Service refused, see https://example.net/conncetions", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void anExcessiveNumberInOtherLanguagesShouldCountAsTooManyDoes() {
        // A probe of "an excessive number of" in other languages (constructed, 2026-12-02; 24 replies, 10 right before):
        // the rules read only each language's "too many"; messages and connections so counted read as "too many" do.
        assert421("451 Número excessivo de mensagens, tente mais tarde", DeferralKind.RATE_LIMIT);
        assert421("451 Número excesivo de mensajes desde su IP, inténtelo más tarde", DeferralKind.RATE_LIMIT);
        assert421("451 Numero eccessivo di messaggi dal tuo IP, riprova più tardi", DeferralKind.RATE_LIMIT);
        assert421("451 Nombre excessif de messages depuis votre IP, réessayez plus tard", DeferralKind.RATE_LIMIT);
        assert421("451 Übermäßige Anzahl von Nachrichten von Ihrer IP", DeferralKind.RATE_LIMIT);
        assert421("451 Overmatig aantal berichten van uw IP-adres", DeferralKind.RATE_LIMIT);
        assert421("451 Quantidade excessiva de e-mails enviados, aguarde", DeferralKind.RATE_LIMIT);
        assert421("451 Cantidad excesiva de correos enviados, espere", DeferralKind.RATE_LIMIT);
        assert421("451 Volume excessif de courriels depuis votre serveur", DeferralKind.RATE_LIMIT);
        assert421("451 Número excessivo de destinatários por hora", DeferralKind.RATE_LIMIT);
        assert421("421 Número excessivo de conexões do seu endereço IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Numero eccessivo di connessioni dal tuo indirizzo IP", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: per minute a rate, in the recipient's mailbox the mailbox's, with the receiver's load alone
        // still a connection limit (as "too many connections, high load" is).
        assert421("421 Número excessivo de conexões por minuto do seu IP", DeferralKind.RATE_LIMIT);
        assert421("452 Número excessivo de mensagens na caixa postal do destinatário", DeferralKind.MAILBOX);
        assert421("421 Número excessivo de conexões no servidor, carga alta", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void theReceiversGreylistingDaemonFailingShouldBeItsTroubleAndItsGreylistingNot() {
        // A probe of the receiver's greylisting and block-list checks failing (constructed, 2026-12-02; 15 replies, 12
        // right before): a greylisting daemon named by its program, or a greylisting check meeting its database's error,
        // was read as greylisting.
        assert421("451 4.3.0 greylistd is unavailable, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 postgrey not responding, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 Greylisting check failed: database connection error", DeferralKind.SERVER_BUSY);
        // Their neighbours: greylisted by those daemons, or with the word database in a link.
        assert421("450 4.2.0 Greylisted by greylistd, come back in 5 minutes", DeferralKind.GREYLIST);
        assert421("451 4.7.1 postgrey: greylisted, please try again later", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Greylisted, see https://example.net/greylisting-database", DeferralKind.GREYLIST);
    }

    @Test
    void phpMailersErrorInItsOtherLanguagesShouldReadAsTheReplyItHolds() {
        // PHPMailer's message with the labels of its language files (a probe of all of them, 2026-12-02: 171 and 96
        // replies, 54 of 96 right before): the code after the text was read alone, as "SMTP code: 421" read without it.
        assert421("SMTP Fehler: Daten werden nicht akzeptiert.Fehler vom SMTP Server: DATA END command failed Detail: Too "
            + "many connections from your IP SMTP code: 421 Additional SMTP info: 4.7.0", DeferralKind.CONNECTION_LIMIT);
        assert421("Błąd SMTP: dane wiadomości nie zostały przyjęte przez serwer.Błąd serwera SMTP: DATA END command failed "
            + "Szczegóły błędu: Temporary local problem - please try later Kod odpowiedzi SMTP: 451 Dodatkowe informacje "
            + "serwera SMTP: 4.3.0", DeferralKind.SERVER_BUSY);
        assert421("Erreur SMTP : données incorrectes.Erreur du serveur SMTP : DATA END command failed Détails : Rate limit "
            + "exceeded, slow down Code SMTP : 450 Informations supplémentaires SMTP : 4.7.1", DeferralKind.RATE_LIMIT);
        assert421("SMTP Error: Dati non accettati dal server.Errore del server SMTP: DATA END command failed Detail: Mailbox "
            + "full SMTP code: 552 Additional SMTP info: 5.2.2", DeferralKind.PERMANENT);
    }

    @Test
    void repliesInOtherLanguagesWrittenInAsciiShouldReadAsWithTheirMarks() {
        // A probe of the tables', batches' and probes' replies in Latin letters with marks written in ASCII, as SMTP
        // replies mostly are (2026-12-02; 3,483 forms, 561 changed kind, most read as no kind): a rule's word with marks
        // is read also as ASCII spells it, umlauts and ß also as two letters.
        assert421("421 Zbyt wiele jednoczesnych polaczen z adresu 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Cok fazla baglanti, lutfen daha sonra tekrar deneyin", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Nombre de connexions simultanees depasse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Prilis mnoho soubeznych spojeni z vasi IP adresy", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Anzahl der Verbindungen ueberschritten", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Liikaa yhteyksia osoitteesta 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Þessi reikningur er tengdur vid of marga stadi a sama tima.", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Prilis mnoho zprav z vasi adresy", DeferralKind.RATE_LIMIT);
        assert421("421 Voruebergehend nicht verfuegbar", DeferralKind.SERVER_BUSY);
        assert421("421 Servern ar overbelastad, forsok igen senare", DeferralKind.SERVER_BUSY);
        assert421("451 Twoj adres IP jest na czarnej liscie", DeferralKind.REPUTATION);
        assert421("450 Speicherplatz des Postfachs ueberschritten", DeferralKind.MAILBOX);
        // Greek without its accents (43 of 121 forms changed kind before), Russian's ё as е.
        assert421("421 Παρα πολλες συνδεσεις", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Ο διακομιστης ειναι υπερφορτωμενος", DeferralKind.SERVER_BUSY);
        assert421("452 Το γραμματοκιβωτιο του παραληπτη ειναι γεματο", DeferralKind.MAILBOX);
        // Their neighbours: French's reputation service not answering written so is still the receiver's (read before
        // "reputation" is read as English's judgement); Vietnamese's marks are read as written ("Bạn", you, is not
        // "bận", busy).
        assert421("451 Le service de reputation ne repond pas, reessayez", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 Bạn đã bị cấm từ máy chủ này.", DeferralKind.REPUTATION);
    }

    @Test
    void chineseInItsOtherScriptOrTaiwansWordsShouldReadAsInTheScriptTheRulesWereWrittenIn() {
        // A probe of the tables' Chinese rows converted with OpenCC (2026-12-02): simplified to traditional, 31 of 302
        // changed kind; traditional to simplified, 21 of 164; to Taiwan's words ("連線", "傳送", "元件"), 20 of 327.
        assert421("421 連接頻率過高，請稍後再試", DeferralKind.RATE_LIMIT);
        assert421("451 您的IP在黑名單中", DeferralKind.REPUTATION);
        assert421("452 郵箱容量已滿", DeferralKind.MAILBOX);
        assert421("451 發送郵件過多", DeferralKind.RATE_LIMIT);
        assert421("421 服務器正在關閉", DeferralKind.SERVER_BUSY);
        assert421("421 同時併發數過大", DeferralKind.CONNECTION_LIMIT);
        assert421("421 来自您 IP 的并行连线过多", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 来自您IP的同时连线数过多", DeferralKind.CONNECTION_LIMIT);
        assert421("421 連線頻率過高，請稍後再試", DeferralKind.RATE_LIMIT);
        assert421("451 傳送郵件過多", DeferralKind.RATE_LIMIT);
        assert421("451 4.4.1 外部元件超時", DeferralKind.SERVER_BUSY);
        // Their neighbours: counted per minute or hour, in either script, a rate; a restart the receiver's trouble.
        assert421("421 连线过多（每分钟）", DeferralKind.RATE_LIMIT);
        assert421("421 過去一小時連線過多", DeferralKind.RATE_LIMIT);
        assert421("421 每分钟并发连接数过多", DeferralKind.RATE_LIMIT);
        assert421("421 連接數過多，服務器正在重啓", DeferralKind.SERVER_BUSY);
    }

    @Test
    void chineseJapaneseAndKoreanRepliesOfEachKindShouldReadAsTheirEnglishWordsDo() {
        // A probe of those languages' replies by kind (written batches 202 to 205, constructed, 2026-12-02): 53 of 65
        // right before the first batch's rules, then 48 of 55, 37 of 49 and 38 of 50, each batch held out until the
        // rules of the one before were written.
        assert421("421 接続数が制限を超えています", DeferralKind.CONNECTION_LIMIT);
        assert421("421 同時接続が制限されています", DeferralKind.CONNECTION_LIMIT);
        assert421("421 超出连接限制", DeferralKind.CONNECTION_LIMIT);
        assert421("421 來自您IP的併發連接數超出限制", DeferralKind.CONNECTION_LIMIT);
        assert421("421 レート制限を超えました", DeferralKind.RATE_LIMIT);
        assert421("450 1分間に送信できる数を超えています", DeferralKind.RATE_LIMIT);
        assert421("450 너무 자주 메일을 보내고 있습니다", DeferralKind.RATE_LIMIT);
        assert421("421 수신 속도 제한", DeferralKind.RATE_LIMIT);
        assert421("421 ただいまサーバーが大変混み合っております", DeferralKind.SERVER_BUSY);
        assert421("421 サーバーの再起動中です", DeferralKind.SERVER_BUSY);
        assert421("421 시스템이 바쁩니다", DeferralKind.SERVER_BUSY);
        assert421("421 服务器正忙，请稍后再试", DeferralKind.SERVER_BUSY);
        assert421("451 伺服器暫時無法處理您的請求", DeferralKind.SERVER_BUSY);
        assert421("450 グレーリスティングのため一時的に拒否しました", DeferralKind.GREYLIST);
        assert421("450 발신 IP가 스팸 차단 목록에 등록되어 있습니다", DeferralKind.REPUTATION);
        assert421("450 送信元IPアドレスの評判が悪いため受信を延期しました", DeferralKind.REPUTATION);
        assert421("421 您的郵件被反垃圾系統攔截", DeferralKind.REPUTATION);
        assert421("452 메일함 용량이 초과되었습니다", DeferralKind.MAILBOX);
        assert421("452 ディスククォータを超過しました", DeferralKind.MAILBOX);
        // Their neighbours: logins counted a rate and logins at once a connection limit, as in English; connections to
        // the receiver's DNS server its trouble, in English too; a count per minute a rate.
        assert421("421 ログインが多すぎます", DeferralKind.RATE_LIMIT);
        assert421("421 登入次數過多", DeferralKind.RATE_LIMIT);
        assert421("421 同時ログイン数が多すぎます", DeferralKind.CONNECTION_LIMIT);
        assert421("421 동시 로그인이 너무 많습니다", DeferralKind.CONNECTION_LIMIT);
        assert421("421 DNSサーバーへの接続が多すぎます", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections to the DNS server", DeferralKind.SERVER_BUSY);
        assert421("421 Too many open connections to the resolver", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections from your name server", DeferralKind.CONNECTION_LIMIT);
        assert421("421 每分钟连接数超出限制", DeferralKind.RATE_LIMIT);
        assert421("450 Receiving limit exceeded", DeferralKind.RATE_LIMIT);
        assert421("421 The server is crowded, try again later", DeferralKind.SERVER_BUSY);
    }

    @Test
    void chineseJapaneseAndKoreanKindsShouldBeReadFromTheirPartsWhenNoListedWordsAreThere() {
        // Written batch 206 (33 of 43 right before), read from each kind's two parts near each other; batch 207, held
        // out from those rules, 39 of 42.
        assert421("450 寄信頻率過高，請稍後再試", DeferralKind.RATE_LIMIT);
        assert421("450 送信件数が上限に達したため、しばらく送信できません", DeferralKind.RATE_LIMIT);
        assert421("421 ただいま障害が発生しております", DeferralKind.SERVER_BUSY);
        assert421("451 系統發生暫時性錯誤", DeferralKind.SERVER_BUSY);
        assert421("421 서버에 일시적인 문제가 발생했습니다", DeferralKind.SERVER_BUSY);
        assert421("451 服务器内部处理失败", DeferralKind.SERVER_BUSY);
        assert421("452 受信者のメール容量が上限に達しています", DeferralKind.MAILBOX);
        assert421("451 发件人信誉评分过低", DeferralKind.REPUTATION);
        assert421("421 接続数が許容値を超えました", DeferralKind.CONNECTION_LIMIT);
        assert421("421 同時接続数が規定値を超えています", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: a timeout sending data is no count of messages ("发送数据", sending data, was read as "发送数",
        // a sending count); connections counted as invalid are no sessions at once and failed ones a rate, as in English;
        // a mailbox's connections at once the mailbox's; a count per minute a rate.
        assert421("451 发送数据超时", DeferralKind.OTHER_TRANSIENT);
        assert421("451 發送數據超時", DeferralKind.OTHER_TRANSIENT);
        assert421("421 不正な接続が多すぎます", DeferralKind.OTHER_TRANSIENT);
        assert421("421 无效连接过多", DeferralKind.OTHER_TRANSIENT);
        assert421("421 연결 실패가 너무 많습니다", DeferralKind.RATE_LIMIT);
        assert421("421 メールボックスへの同時接続数が上限を超えました", DeferralKind.MAILBOX);
        assert421("421 1分間の接続数が上限を超えました", DeferralKind.RATE_LIMIT);
    }

    @Test
    void otherLanguagesKindsShouldBeReadFromTheirPartsWhenNoListedWordsAreThere() {
        // Written batches 209 to 211 (constructed, 2026-12-02): 38 of 46, 27 of 36 and 33 of 40 right before their
        // rules, each held out until the last one's were written.
        assert421("421 El sistema de correo no responde en este momento", DeferralKind.SERVER_BUSY);
        assert421("421 Le serveur est en cours de redémarrage", DeferralKind.SERVER_BUSY);
        assert421("421 Der Mailserver startet gerade neu", DeferralKind.SERVER_BUSY);
        assert421("421 E-postservern startas om", DeferralKind.SERVER_BUSY);
        assert421("451 Panne temporaire du stockage", DeferralKind.SERVER_BUSY);
        assert421("450 Cadence d'envoi trop élevée", DeferralKind.RATE_LIMIT);
        assert421("450 Слишком высокая частота отправки", DeferralKind.RATE_LIMIT);
        assert421("450 Túl gyakran küld üzeneteket", DeferralKind.RATE_LIMIT);
        assert421("450 คุณส่งอีเมลเร็วเกินไป", DeferralKind.RATE_LIMIT);
        assert421("450 Remitente con baja puntuación de confianza", DeferralKind.REPUTATION);
        assert421("450 Die Bewertung Ihres Servers ist zu niedrig", DeferralKind.REPUTATION);
        assert421("452 Spazio della casella esaurito", DeferralKind.MAILBOX);
        assert421("452 صندوق بريد المستلم ممتلئ", DeferralKind.MAILBOX);
        // Their neighbours: data sent too soon after the greeting is the client's haste, not a rate (an older rule read
        // it so); the sender's server not answering is not the receiver's trouble; a message too big is no rate; the
        // same words written in ASCII read the same.
        assert421("421 Daten zu schnell nach der Begrüßung gesendet", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Ihr Server antwortet nicht", DeferralKind.OTHER_TRANSIENT);
        assert421("452 Nachricht zu groß", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Le serveur est en cours de redemarrage", DeferralKind.SERVER_BUSY);
        assert421("421 Daten zu schnell nach der Begrussung gesendet", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void connectionsFromBannedHostsInOtherLanguagesShouldBeAJudgementAndASenderToldItIsBlockedAConnectionLimit() {
        // Written batch 215 (constructed, 2026-12-02; 29 of 30 right before, the miss a false connection limit).
        assert421("421 Zu viele Verbindungen von gesperrten Hosts", DeferralKind.REPUTATION);
        assert421("421 Trop de connexions depuis des hôtes bloqués", DeferralKind.REPUTATION);
        assert421("421 Слишком много соединений от заблокированных хостов", DeferralKind.REPUTATION);
        assert421("421 Zu viele Verbindungen, Ihre IP wurde gesperrt", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many connections, your IP has been blocked", DeferralKind.CONNECTION_LIMIT);
        // English's other words of batches 212 and 213: an upgrade under way, a first contact, a failure at the
        // sender's end.
        assert421("421 The mail gateway is currently undergoing an upgrade", DeferralKind.SERVER_BUSY);
        assert421("451 Deferred: first contact from this sender/recipient pair", DeferralKind.GREYLIST);
        assert421("450 4.1.2 Recipient domain lookup failed temporarily at your end", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aReputationNamedInALinkOrAnIdentifierShouldBeAJudgement() {
        // The hundred-and-sixth table: mtpolicyd's Commtouch check names the IP's reputation only in its link.
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: delivery from 192.0.2.1 is deferred,"
            + "repeatedly. Send again or check at http://www.example.com/Check_IP_Reputation.asp", DeferralKind.REPUTATION);
        assert421("451 Deferred, see https://postmaster.example.net/ip-reputation", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Deferred: SenderReputation below threshold", DeferralKind.REPUTATION);
        // Its neighbours: the receiver's reputation service failing stays its trouble; letters run into the word
        // other than "ip", "sender" or "domain" make another word.
        assert421("451 4.7.1 Reputation service unavailable, try again later", DeferralKind.SERVER_BUSY);
        assertNot421("451 Unknown disreputation", DeferralKind.REPUTATION);
    }

    @Test
    void aBlockListsLookupFailingShouldBeTheReceiversTroubleAndASenderListedThereAJudgement() {
        // The hundred-and-sixth table: an OpenSMTPD DNSBL filter's disconnects.
        assert421("421 DNS error on zen.spamhaus.org", DeferralKind.SERVER_BUSY);
        assert421("451 DNS lookup failed for ix.dnsbl.example.net", DeferralKind.SERVER_BUSY);
        assert421("421 DNS timeout on b.barracudacentral.org, try later", DeferralKind.SERVER_BUSY);
        assert421("421 IP listed at zen.spamhaus.org", DeferralKind.REPUTATION);
        // The sender's own domain not resolving names no trouble of the receiver's.
        assertNot421("451 4.4.3 DNS error on sender domain example.com", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aCountPerPeriodInAnySpellingAndAMonthlyLimitOrTrafficQuotaWithItsBlockShouldBeARate() {
        // The hundred-and-sixth table's policy servers (postfwd's, mtpolicyd's actions), their periods respelled and
        // the block they bring named, as WrappedReplyTest varies them.
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: sorry, max 1.5mb per 10 mins",
            DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: sorry, max 30 requests per hr",
            DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: sorry, max 30 requests an hour",
            DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: you exceeded your monthly limit, "
            + "your IP has been blocked for 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: smtp traffic quota has been exceeded; "
            + "sender blocked temporarily", DeferralKind.RATE_LIMIT);
        // An IP blocked with no rate named stays a judgement.
        assert421("450 4.7.1 Your IP has been blocked for 10 minutes", DeferralKind.REPUTATION);
    }

    @Test
    void aSenderNotAuthorizedOrStoppedByTheAntispamSystemShouldBeAJudgement() {
        // The hundred-and-seventh table: a Python server refusing a peer not on its list; a Ruby policy server
        // suspending the sender's mail at its anti-spam system's request (Portuguese, "antispam" in one word).
        assert421("451 Not Authorized", DeferralKind.REPUTATION);
        assert421("451 Client not authorized", DeferralKind.REPUTATION);
        assert421("451 IP not authorized", DeferralKind.REPUTATION);
        assert421("451 You are not authorized to send mail", DeferralKind.REPUTATION);
        assert421("451 Blocked by antispam", DeferralKind.REPUTATION);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: Suspensao de envio solicitada pelo "
            + "sistema antispam (PHASE-0 RIP)", DeferralKind.REPUTATION);
        // Its neighbours: a way to be authorized named is our session's; sending as another address is no
        // judgement; the receiver's anti-spam part failing is its trouble.
        assert421("451 Not authorized, please authenticate first", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Not authorized. Use STARTTLS", DeferralKind.OTHER_TRANSIENT);
        assertNot421("451 You are not authorized to send as this user", DeferralKind.REPUTATION);
        assert421("451 Antispam service unavailable", DeferralKind.SERVER_BUSY);
        // The anti-spam or anti-virus part named alone and failing, with or without its hyphen (a read-through's
        // probes), is its trouble; its verdict stays a judgement; a program's name before a colon judges no one.
        assert421("421 Service temporarily unavailable (antispam overloaded)", DeferralKind.SERVER_BUSY);
        assert421("421 Service temporarily unavailable (anti-spam overloaded)", DeferralKind.SERVER_BUSY);
        assert421("451 anti-spam error", DeferralKind.SERVER_BUSY);
        assert421("451 Antispam error: message looks like spam", DeferralKind.REPUTATION);
        assert421("451 anti-spam: message rejected", DeferralKind.REPUTATION);
        assert421("451 Antispam: try again later", DeferralKind.OTHER_TRANSIENT);
        // The hundred-and-ninth table: "not allowed" or "not permitted" said bare, as "not authorized" is, in a Postfix
        // log line too; a way to be allowed, a colon and the cause after it, a command or a protocol not allowed, and a
        // cause named after it keep their own readings.
        assert421("refused to talk to me: 421 4.7.0 Not allowed", DeferralKind.REPUTATION);
        assert421("421 Not allowed", DeferralKind.REPUTATION);
        assert421("450 Access not allowed", DeferralKind.REPUTATION);
        assert421("451 Not permitted", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Not allowed without TLS", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Not allowed before AUTH", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 Not allowed, please authenticate first", DeferralKind.OTHER_TRANSIENT);
        assertNot421("451 Not allowed: message size exceeds limit", DeferralKind.REPUTATION);
        assert421("451 4.5.0 Error: command pipelining not allowed", DeferralKind.OTHER_TRANSIENT);
        assert421("421 HTTP requests not allowed", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Not allowed - too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Not allowed. Server busy", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aClientNameThatDoesNotResolveAMailboxThatCannotBeOpenedAndAQuotaRunOutShouldBeReadByWhoseTheyAre() {
        // The hundred-and-tenth table: the client's reverse name or PTR missing, its host name, HELO name or a bare
        // host that cannot be resolved judge the sender (LABELLING rule 5).
        assert421("421 4.1.2 user@example.net: Recipient address rejected: No reverse name for your IP address",
            DeferralKind.REPUTATION);
        assert421("451 Missing reverse PTR - please fix it and try again", DeferralKind.REPUTATION);
        assert421("451 No reverse mapping for 192.0.2.1", DeferralKind.REPUTATION);
        assert421("451 4.7.0 mx.example.net host can't be resolved", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Client hostname could not be resolved", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Helo name cannot be resolved", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Your hostname mail.example.org does not resolve", DeferralKind.REPUTATION);
        assert421("451 Your IP 192.0.2.1 can not be resolved", DeferralKind.REPUTATION);
        // Its neighbours: a relay's, a destination's, a recipient's or a mail host the receiver cannot resolve is not
        // the sender, nor is the sender's domain (a domain not found), nor a host named after "host".
        assertNot421("451 4.4.0 relay host can't be resolved", DeferralKind.REPUTATION);
        assertNot421("451 4.4.3 Recipient host cannot be resolved", DeferralKind.REPUTATION);
        assertNot421("451 4.4.0 mail host cannot be resolved", DeferralKind.REPUTATION);
        assertNot421("451 4.4.0 mx host cannot be resolved", DeferralKind.REPUTATION);
        assertNot421("451 4.1.8 Sender domain cannot be resolved", DeferralKind.REPUTATION);
        assertNot421("451 4.4.3 Host example.com cannot be resolved, will retry", DeferralKind.REPUTATION);
        // A mailbox the receiver cannot open, lock or access is the mailbox's; its mailbox database, server or store,
        // and a cause of its own named with it, are the receiver's trouble.
        assert421("Can't open mailbox for user@example.net. Temporary error", DeferralKind.MAILBOX);
        assert421("451 Unable to open mailbox", DeferralKind.MAILBOX);
        assert421("451 Temporary error opening mailbox", DeferralKind.MAILBOX);
        assert421("451 Error opening maildir", DeferralKind.MAILBOX);
        assert421("451 Could not write to mailbox /var/mail/user", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Cannot open mailbox database", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Unable to access mailbox store", DeferralKind.SERVER_BUSY);
        assert421("451 Failed to open mailbox: No space left on device", DeferralKind.SERVER_BUSY);
        assert421("451 Failed to open mailbox: Input/output error", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Failed to open mailbox: Too many open files", DeferralKind.SERVER_BUSY);
        // Out of a quota reads as over it: a mailbox's, or the sender's when the sender or its sending is named.
        assert421("451 Account user@example.net out of quota. Try later", DeferralKind.MAILBOX);
        assert421("451 out of quota", DeferralKind.MAILBOX);
        assert421("451 Sender out of quota", DeferralKind.RATE_LIMIT);
        assert421("451 Daily sending out of quota", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aRecipientTenantWithoutSubscriptionsAndADestinationsTlsPolicyShouldBeNoJudgementOfTheSender() {
        // The hundred-and-eleventh table: Exchange Online's ATTR5 is the recipient's tenant, not the sender's
        // authentication; a destination's MTA-STS or DANE policy is our session's TLS to it, not the word policy.
        assert421("451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted"
            + " tenant which has no mail-enabled subscriptions. ATTR5 [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]",
            DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.4 hosted tenant which has no mail-enabled subscriptions", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted tenant"
            + " which has no email-enabled subscriptions", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.4 failed to resolve queue broken.example.com: MTA-STS enforce policy for broken.example.com"
            + " permits none of its MX hosts \"mail.broken.example.com.\" allowed", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.5 DANE validation failed for mx.example.net", DeferralKind.OTHER_TRANSIENT);
        assert421("451 TLSA record lookup failed", DeferralKind.OTHER_TRANSIENT);
        // Its neighbours: the sender unauthenticated, not authorized by a policy or refused by one stays judged.
        assert421("451 4.7.1 Mail received as unauthenticated", DeferralKind.REPUTATION);
        assert421("451 4.7.0 Unauthenticated mail from your domain is not accepted by the recipient domain",
            DeferralKind.REPUTATION);
        assert421("451 4.7.1 Mail policy: sender not authorized", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Message rejected by policy", DeferralKind.REPUTATION);
        // A mailbox inactive, suspended or deactivated, as a disabled one, without its 4.2.1.
        assert421("450 <user@example.net>: Recipient address rejected: this mailbox is inactive and has been disabled",
            DeferralKind.MAILBOX);
        assert421("451 Mailbox suspended", DeferralKind.MAILBOX);
    }

    @Test
    void aLocalCheckThatFailedAndANextHopThatDidNotTakeTheMessageShouldBeTheReceiversTrouble() {
        // The hundred-and-twelfth table: Exim's local_scan failing, its cutthrough next hop deferring, a DLP gateway's
        // connection to its forwarding agent lost: the receiver's own trouble, whatever "closing connection" says.
        assert421("421 mx.example.net local verification problem - closing connection.", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Local scan error, try again later", DeferralKind.SERVER_BUSY);
        assert421("450 Onward transmission not accepted", DeferralKind.SERVER_BUSY);
        assert421("451 onward relaying deferred", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.2 Fatal: Connection lost to forwarding agent. Closing connection.", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.2 Lost connection to downstream server", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 Forwarding MTA not responding", DeferralKind.SERVER_BUSY);
        // Its neighbours: our own session's connection and time-out stay ours, and a cause named with the next hop or
        // the local check keeps its kind.
        assert421("421 4.4.2 Lost connection with mx.example.net[192.0.2.1] while sending RCPT TO",
            DeferralKind.OTHER_TRANSIENT);
        assert421("421 mx.example.net SMTP incoming data timeout - closing connection.", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Onward transmission not accepted: greylisted, try again later", DeferralKind.GREYLIST);
        assert421("451 4.4.0 onward delivery failed: recipient mailbox full", DeferralKind.MAILBOX);
        assert421("450 4.7.1 local filter error: sender IP blacklisted", DeferralKind.REPUTATION);
        assert421("450 local check failure: your sending rate is too high", DeferralKind.RATE_LIMIT);
        assert421("421 Connection lost to forwarding agent, too many concurrent connections from 192.0.2.1",
            DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aNextHopThatRefusedOrDidNotTakeTheMessageShouldBeTheReceiversTrouble() {
        // A probe of relays' words (constructed, 2026-12-03): 7 of 8 read as our session's before.
        assert421("450 4.4.0 Next hop refused the message, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Next-hop MTA deferred delivery", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Smarthost unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 Upstream server did not accept the message", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Message could not be passed on to the destination server", DeferralKind.SERVER_BUSY);
        assert421("451 Forwarding failed, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 Temporary failure relaying to inner host", DeferralKind.SERVER_BUSY);
        // Its neighbours: a cause named with the next hop keeps its kind; the sender's own smarthost is not the
        // receiver's.
        assert421("451 4.7.1 Downstream server refused: your IP is listed in spamhaus", DeferralKind.REPUTATION);
        assert421("421 Too many connections from your IP: upstream refused", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Forwarding failed: mailbox full", DeferralKind.MAILBOX);
        assert421("451 4.4.3 Your smarthost unavailable", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aSendersIpFilteredOrToBeRegisteredShouldBeAJudgementUnlessARateIsNamed() {
        // The hundred-and-twelfth table: Naver's "Your IP(…) is filtered", the address to register in other words.
        assert421("421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register your"
            + " address to http://realip.example.net", DeferralKind.REPUTATION);
        assert421("421 Your IP address has been filtered", DeferralKind.REPUTATION);
        assert421("421 4.3.2 [192.0.2.10]:58342(192.0.2.1) is filtered and this connection will be closed.",
            DeferralKind.REPUTATION);
        assert421("450 Please register your client with our postmaster", DeferralKind.REPUTATION);
        // Its neighbour: filtered by a rate control is a rate.
        assert421("421 Your IP is filtered by IP Rate Control", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aPeriodSpelledOutAMemoryOrScannerFailureARelayDownNowAndATlsRequirementShouldKeepTheirKinds() {
        // The hundred-and-thirteenth table: magma's limits over "A TWENTY-FOUR HOUR PERIOD", whatever "MAILBOX
        // UNAVAILABLE" says, and a period hyphenated.
        assert421("451 MAILBOX UNAVAILABLE - THE ACCOUNT <user@example.net> IS CONFIGURED NOT TO ACCEPT MORE THAN 1024"
            + " MESSAGES IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 You have sent more than 500 messages in a 24-hour period", DeferralKind.RATE_LIMIT);
        assert421("451 Limit is 200 messages per twenty four hours", DeferralKind.RATE_LIMIT);
        // The receiver's memory, its checks and its scanners failing.
        assert421("451 DATA FAILED - MEMORY ALLOCATION FAILED - PLEASE TRY AGAIN LATER", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Cannot allocate memory", DeferralKind.SERVER_BUSY);
        assert421("451 An error occurred while checking the recipient", DeferralKind.SERVER_BUSY);
        assert421("451 An internal error occurred while verifying the sender", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 savdid read error: Connection reset by peer (104)", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 unexpected clamd result: INSTREAM size limit exceeded. ERROR", DeferralKind.SERVER_BUSY);
        assert421("451 Unexpected reply from virus scanner", DeferralKind.SERVER_BUSY);
        assert421("451 could not chdir(/var/spool/MIMEDefang/mdefang-example): No such file or directory",
            DeferralKind.SERVER_BUSY);
        // A mailbox "not on this server" (Zimbra's LMTP, between moves) is the mailbox's, without its 4.2.0.
        assert421("450 Mailbox is not on this server", DeferralKind.MAILBOX);
        // A relay that cannot pass mail on now is the receiver's; one refused with no time named stays a judgement.
        assert421("451 DATA FAILED - UNABLE TO RELAY OUTBOUND MESSAGES AT THIS TIME - PLEASE TRY AGAIN LATER",
            DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Cannot relay messages right now, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Unable to relay for user@example.net", DeferralKind.REPUTATION);
        // A TLS connection required is our session's, whatever its 4.2.2 or 4.3.0; the receiver's own TLS trouble and a
        // full mailbox keep their kinds.
        assert421("451 4.2.2 Server accepts messages only on TLS connection", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.3.0 TLS required for this recipient", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 TLS not available due to local problem", DeferralKind.SERVER_BUSY);
        assert421("452 4.2.2 Mailbox full", DeferralKind.MAILBOX);
        // Its neighbours: a retry delay is no period counted, an unexpected answer of the sender's server is no part
        // of the receiver's, a missing reverse DNS judges, and a socket path our own connect did not find (Postfix's
        // log) is ours.
        assert421("450 4.2.1 Mailbox temporarily unavailable - try again in 24 hours", DeferralKind.MAILBOX);
        assert421("451 4.7.1 unexpected response from your server", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Refused. You have no reverse DNS entry.", DeferralKind.REPUTATION);
        assert421("dsn=4.4.1, status=deferred (connect to mail.example.net[/var/run/dovecot/lmtp]: No such file or"
            + " directory)", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aSmartHostOutOfReachAndAServerWithoutItsCertificateShouldBeTheReceiversTrouble() {
        // The hundred-and-fourteenth table: a relay unable to connect to its smart host, a server with no certificate
        // of its own to offer TLS with.
        assert421("451 Requested action aborted: Unable to connect to remote Smart Host.", DeferralKind.SERVER_BUSY);
        assert421("451 Could not connect to relay server mail.example.net", DeferralKind.SERVER_BUSY);
        assert421("451 Could not connect to other SMTP server mail.example.net, error=Connection refused",
            DeferralKind.SERVER_BUSY);
        assert421("421 mx.example.net Smart Host service unavailable. Closing transmission channel.",
            DeferralKind.SERVER_BUSY);
        assert421("454 TLS not available: Server has no SSL certificate.", DeferralKind.SERVER_BUSY);
        assert421("454 TLS not available, SSL certificate isn't specified !", DeferralKind.SERVER_BUSY);
        assert421("454 4.7.0 TLS not available: no certificate configured", DeferralKind.SERVER_BUSY);
        assert421("454 TLS not available: mx.example.net has no SSL certificate.", DeferralKind.SERVER_BUSY);
        // decke's smtprelay's "421 Forwarding failed", wherever a wrapper or a label puts it.
        assert421("421 Forwarding failed", DeferralKind.SERVER_BUSY);
        assert421("421 <user@example.net>: Recipient address rejected: Forwarding failed", DeferralKind.SERVER_BUSY);
        assert421("421 mx.example.net Forwarding failed", DeferralKind.SERVER_BUSY);
        // Its neighbours: our own connection to the remote host or the SMTP host, the sender's own smart host, a
        // client's certificate and a handshake that failed stay ours; TLS unavailable with no cause named is ours.
        assert421("SMTP Error: Could not connect to SMTP host.", DeferralKind.OTHER_TRANSIENT);
        assert421("Unable to connect to the remote host", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Unable to connect to your smart host", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.5 Client certificate not specified", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.5 Client has no certificate", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your forwarding failed", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 TLS handshake failed: certificate verify failed", DeferralKind.OTHER_TRANSIENT);
        assert421("454 TLS unavailable on the server", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aBackEndOutOfTouchAndALookupThatFailedShouldBeTheReceiversTroubleAndOurSessionsWordsOurs() {
        // The hundred-and-fifteenth table: its internal communication broken, a server of its own it has no connection
        // or authentication to or that answered it with bad protocol (Cyrus's LMTP on its mupdate back end), its SPF
        // lookup failing.
        assert421("450 Temporarily undeliverable: internal communication broken", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Internal connection lost, please retry", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 no connection to server", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 no authentication to server", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.3 Remote mupdate server sent bad protocol", DeferralKind.SERVER_BUSY);
        assert421("451 Backend server returned an invalid response", DeferralKind.SERVER_BUSY);
        assert421("451 SPF lookup failure (#4.3.0)", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 DKIM key lookup error", DeferralKind.SERVER_BUSY);
        // Read by their words, not only by Cyrus's 4.3.x and 4.2.x codes: the mail system's storage exceeded and its TLS
        // failing to initialize are its trouble, a mailbox moved or an operation it does not support the mailbox's.
        assert421("451 mail system storage has been exceeded", DeferralKind.SERVER_BUSY);
        assert421("454 Error initializing TLS", DeferralKind.SERVER_BUSY);
        assert421("451 Mailbox has been moved to another server", DeferralKind.MAILBOX);
        assert421("451 Operation is not supported on mailbox", DeferralKind.MAILBOX);
        // A connection lost to a forwarding agent or a back end is read with the parts it cannot connect to.
        assert421("421 Lost connection to forwarding agent", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Connection lost to back-end service", DeferralKind.SERVER_BUSY);
        // Our session's: a write error its own trailer calls a bad connection (as qmail's read error), STARTTLS given
        // twice, whatever the 4.3.3 says.
        assert421("451 Sorry, I got write error (#4.4.2)", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Sorry, I got read error (#4.4.2)", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.3.3 Already successfully executed STARTTLS", DeferralKind.OTHER_TRANSIENT);
        // Its neighbours: the sender's SPF check failed judges; the sender's or a client's server sending bad protocol,
        // the remote host out of reach and the sender's own internal communication are ours; a write error on its
        // queue file stays the receiver's.
        assert421("451 4.7.1 SPF check failed", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Your server sent an invalid greeting", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.5.0 Client sent bad protocol", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.1 Could not connect to the remote host", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your internal communication is broken", DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 Your client failed to initialize TLS", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Write error on queue file", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aMiltersRatesLoadAndPolicyServiceShouldReadAsTheirCausesSay() {
        // The hundred-and-sixteenth table: ze-filter's terse rates, the client's host name not found, the receiver too
        // busy doing something, a policy service unavailable.
        assert421("451 4.3.2 Recipient Rate", DeferralKind.RATE_LIMIT);
        assert421("421 4.5.1 Connection Rate", DeferralKind.RATE_LIMIT);
        assert421("421 4.5.1 Can't get your hostname. Try again later !", DeferralKind.REPUTATION);
        assert421("421 Could not determine your reverse DNS name", DeferralKind.REPUTATION);
        assert421("450 4.2.0 Too busy discarding spam.  Please try again later.", DeferralKind.SERVER_BUSY);
        assert421("450 Server too busy processing other mail, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Submission policy unavailable", DeferralKind.SERVER_BUSY);
        assert421("451 Policy service unavailable", DeferralKind.SERVER_BUSY);
        // Its neighbours: a recipient limit of one message is the transaction's; a policy refusing and spam found judge
        // the sender, and so does the sender said to be busy sending spam; an IP address not determined is no reverse
        // lookup.
        assert421("451 Recipient limit reached", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.1 Rejected by policy", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Message rejected: spam detected", DeferralKind.REPUTATION);
        assert421("451 You are too busy sending spam", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Cannot determine your IP address", DeferralKind.OTHER_TRANSIENT);
        // The hundred-and-seventeenth table: a limit written as a figure per period in a Romance language is a rate; a
        // size limit in the same words stays the mailbox's.
        assert421("450 4.7.1 <user@example.com>: Recipient address rejected: \"4.7.1 Limite 2000/h atingido p/ Gmail\"",
            DeferralKind.RATE_LIMIT);
        assert421("450 Limite de 100 mensagens por hora excedido", DeferralKind.RATE_LIMIT);
        assert421("451 Límite de 500 correos por día alcanzado", DeferralKind.RATE_LIMIT);
        assert421("452 4.2.2 Limite 2000 MB atingido", DeferralKind.MAILBOX);
    }

    @Test
    void aQuotaSummedOverTheSendersMailAKeyLookupThatFailedAndALinksWordsShouldReadAsTheirCausesSay() {
        // The hundred-and-eighteenth table: cbpolicyd's cumulative quota, OpenDKIM's key retrieval, signature processing
        // and internal error, spamilter's temporary failure whose link names a policy page, ASSP's TLS refused to an
        // address.
        assert421("450 4.7.1 Policy rejection; Cumulative message size quota exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Cumulative message size limit reached", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Policy Rejection- Quota Exceeded.", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.5 DKIM key retrieval failed", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 DKIM signature processing failed", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 internal DKIM error", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.0 SPF record fetch failed", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 Temporary failure - Unable to validate recipient, Please see: "
            + "https://example.net/policy.html#tempfailinvalidrecipient", DeferralKind.OTHER_TRANSIENT);
        assert421("421 <mx.example.net> SSL-Service not available for IP 192.0.2.1, closing transmission channel",
            DeferralKind.OTHER_TRANSIENT);
        assert421("454 4.7.0 TLS not offered to your address", DeferralKind.OTHER_TRANSIENT);
        // Its neighbours: one message's size and a mailbox's quota stay what they were; a DKIM or SPF verification that
        // failed judges the sender; the word policy in the reply's own words judges, and so does a link to a block
        // list; TLS not available by the receiver's own problem is its trouble.
        assert421("452 4.3.4 Message size exceeds fixed maximum message size", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Mailbox quota exceeded", DeferralKind.MAILBOX);
        assert421("451 4.7.0 DKIM signature verification failed", DeferralKind.REPUTATION);
        assert421("451 4.7.1 SPF check failed", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Rejected by policy, see https://example.net/help", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Listed, see https://www.spamhaus.org/query/ip/192.0.2.1", DeferralKind.REPUTATION);
        assert421("454 4.7.0 TLS not available due to local problem", DeferralKind.SERVER_BUSY);
    }

    @Test
    void greylistingForAJudgementAnIdleSessionAndAFilteringFailureShouldReadAsTheirCausesSay() {
        // The hundred-and-nineteenth table: Zetian's and CHAPPS's greylisting that names a judgement as its cause,
        // KumoMTA's idle session and its spool not accepting writes, a content filter's engine failing.
        assert421("450 Message greylisted: SPF Fail", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Greylisted: listed in 2 DNSBLs", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Greylisted because of a failed DKIM signature", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Service temporarily unavailable - greylisted due to SPF enforcement policy",
            DeferralKind.REPUTATION);
        assert421("450 4.7.1 Service temporarily unavailable - greylisted domain owner discourages use of this host",
            DeferralKind.REPUTATION);
        assert421("421 4.3.2 mx.example.net idle too long", DeferralKind.OTHER_TRANSIENT);
        assert421("421 mx.example.net the spool is not accepting writes. Try later", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Temporary filtering failure", DeferralKind.SERVER_BUSY);
        // Its neighbours: greylisting for a while, by a named product, by policy, or with "not listed" in its words stays
        // greylisting; storage stays the receiver's; a message that failed the content filtering is judged.
        assert421("451 4.7.1 Greylisted for 90 seconds (see http://www.example.net/support/greylisting.aspx)",
            DeferralKind.GREYLIST);
        assert421("450 4.2.0 <user@example.com>: Recipient address rejected: example.com greylisted for 60 seconds by "
            + "ZEROSPAM", DeferralKind.GREYLIST);
        assert421("451 4.7.1 You have been greylisted by policy, please retry later", DeferralKind.GREYLIST);
        assert421("450 4.7.1 Greylisted: sender not listed in our whitelist, try again in 5 minutes", DeferralKind.GREYLIST);
        assert421("451 4.7.1 Greylisted - please try again later", DeferralKind.GREYLIST);
        assert421("452 4.3.1 Insufficient system storage", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Your message failed our content filtering", DeferralKind.REPUTATION);
    }

    @Test
    void aCheckThatFailedAndARateLimitingServiceDownShouldBeTheReceiversTrouble() {
        // The hundred-and-twentieth table: OpenSMTPD filters' temporary failures while checking, a policy service's
        // rate limiting down.
        assert421("451 Temporary failure while checking relay policy", DeferralKind.SERVER_BUSY);
        assert421("451 Temporary failure while validating email auth token", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: Submission rate limiting is temporarily "
            + "unavailable; try again later", DeferralKind.SERVER_BUSY);
        assert421("421 Throttling service down, try later", DeferralKind.SERVER_BUSY);
        // Its neighbours: an error while checking the sender's own address names no trouble of the receiver's; a policy
        // refusing judges; a rate limit reached with the service named after it and a message rate limited stay rates.
        assert421("451 4.7.1 Error while checking your sender address", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.1 Rejected by policy", DeferralKind.REPUTATION);
        assert421("451 Rate limit reached, service temporarily unavailable", DeferralKind.RATE_LIMIT);
        assert421("450 Your message was rate limited", DeferralKind.RATE_LIMIT);
        // A quota said to be down to nothing is the sender's volume, not the quota service down; an error that
        // occurred while processing is the same rule's, as one that occurred while checking.
        assert421("452 4.7.1 Your sending quota is down to zero, try tomorrow", DeferralKind.RATE_LIMIT);
        assert421("452 4.7.1 Daily quota down to 0 messages", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 Quota service down", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 An error occurred while processing, try again", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Failure during routing", DeferralKind.SERVER_BUSY);
    }

    @Test
    void greylistingsReasonsASimultaneousMessageLimitAFirewallAndAQueueShouldBeReadByWhatTheyName() {
        // The hundred-and-twenty-first table: the Exim wiki's greylisting with its reasons, relaydelay's texts,
        // qpsmtpd's queue plugins and its plugins rejecting for now.
        assert421("451-Your mail was considered suspicious for the following reason(s): 451-Host listed in "
            + "bl.example.net blacklist: see https://bl.example.net/ 451 The mail has been greylisted for 5 minutes, "
            + "after which it should be accepted.", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Greylisted because your IP is on a blacklist", DeferralKind.REPUTATION);
        assert421("450 Greylisted: spam score 7.1", DeferralKind.REPUTATION);
        assert421("450 4.3.2 Max Simultaneous incoming message limit reached. Wait your turn",
            DeferralKind.CONNECTION_LIMIT);
        assert421("421 Simultaneous incoming mail limit reached", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.3.2 Grumpy MTA temporarily out of service. Resend message in an hour.",
            DeferralKind.SERVER_BUSY);
        assert421("450 4.3.2 Queue threshold reached. Retransmit message later", DeferralKind.SERVER_BUSY);
        assert421("450 System load threshold reached", DeferralKind.SERVER_BUSY);
        assert421("451 Could not print addresses to queue", DeferralKind.SERVER_BUSY);
        assert421("450 Blocked by zen.example.net", DeferralKind.REPUTATION);
        assert421("450 Blocked by firewall", DeferralKind.REPUTATION);
        assert421("450 very bad karma: -8", DeferralKind.REPUTATION);
        assert421("450 4.3.2 Connection Lost. Fix problem and retry.", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.3.2 Message Header garbled-- please retransmit", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Spam overload. Temporary failure.", DeferralKind.SERVER_BUSY);
        assert421("450 Traffic Overload--Try again in a few minutes", DeferralKind.SERVER_BUSY);
        assert421("450 Mail system reset; Sorry, try again", DeferralKind.SERVER_BUSY);
        assert421("450 Site temporarily under Construction. Retransmit message, please", DeferralKind.SERVER_BUSY);
        assert421("450 This site possibly under DOS attack. Please wait and retransmit letter",
            DeferralKind.SERVER_BUSY);
        assert421("450 Your message is good, but our relay is slow. Try sending again", DeferralKind.SERVER_BUSY);
        assert421("450 Internet connection slow right now. Try again shortly.", DeferralKind.SERVER_BUSY);
        // Its neighbours: greylisting by a whitelist not matched, in a greylist or "not blacklisted" stays
        // greylisting; a simultaneous limit per hour and messages counted in an hour stay rates; a connection refused
        // by a host is ours, a connection lost to a part of the receiver its trouble; a count of connections blocked
        // by a host stays a connection limit.
        assert421("451 Greylisted: sender not listed in our whitelist, try again in 5 minutes", DeferralKind.GREYLIST);
        assert421("451 You are listed in our greylist, please try again later", DeferralKind.GREYLIST);
        assert421("451 Not blacklisted, just greylisted - try again later", DeferralKind.GREYLIST);
        assert421("451 simultaneous mail limit per hour reached", DeferralKind.RATE_LIMIT);
        assert421("450 Too many messages in an hour", DeferralKind.RATE_LIMIT);
        assert421("450 Message threshold reached", DeferralKind.RATE_LIMIT);
        assert421("Deferred: Connection refused by nomail.example.net.", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Connection lost to database", DeferralKind.SERVER_BUSY);
        assert421("450 Blocked by mx.example.net due to too many connections", DeferralKind.CONNECTION_LIMIT);
        // An overload said to come from the sender limits it, spam named as the sender's judges it; the sender's
        // domain under construction is not the receiver's trouble; a greylisting zone's listing is greylisting; a
        // block list's block stays a judgement with a request to retry after it.
        assert421("450 Message overload from your IP, slow down", DeferralKind.RATE_LIMIT);
        assert421("451 message overload: too many messages from your host", DeferralKind.RATE_LIMIT);
        assert421("450 Your domain is under construction", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Spam detected from your server", DeferralKind.REPUTATION);
        assert421("421 Client host [192.0.2.10] blacklisted using grey.rbl - Greylisting in action, please try again "
            + "later", DeferralKind.GREYLIST);
        assert421("450 Blocked by zen.example.net - try again in an hour", DeferralKind.REPUTATION);
    }

    @Test
    void aPartNotConfiguredItsOwnStepsFailingAndMessagesAtTheSameTimeShouldBeReadByWhatTheyName() {
        // The hundred-and-twenty-second table: deployed Haraka plugins' DENYSOFT texts, aiosmtpd, go-smtp and
        // smtp-server handlers.
        assert421("450 relay not configured", DeferralKind.SERVER_BUSY);
        assert421("450 webhook no configurado", DeferralKind.SERVER_BUSY);
        assert421("450 Storage not initialized", DeferralKind.SERVER_BUSY);
        assert421("451 DB not initialized", DeferralKind.SERVER_BUSY);
        assert421("450 The queue is not configured yet", DeferralKind.SERVER_BUSY);
        assert421("450 forwarder config error, retry later", DeferralKind.SERVER_BUSY);
        assert421("450 Backend secret missing", DeferralKind.SERVER_BUSY);
        assert421("450 temporary ingest failure, please retry", DeferralKind.SERVER_BUSY);
        assert421("450 Temporary routing failure", DeferralKind.SERVER_BUSY);
        assert421("451 Transient queueing error", DeferralKind.SERVER_BUSY);
        assert421("450 Save email message to JSON error", DeferralKind.SERVER_BUSY);
        assert421("451 Error while storing the message", DeferralKind.SERVER_BUSY);
        assert421("450 Error reading email stream", DeferralKind.SERVER_BUSY);
        assert421("450 Could not verify DNS records for example.net. Try again later.", DeferralKind.SERVER_BUSY);
        assert421("451 Unable to look up MX records", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 Delivery to recipient MX failed", DeferralKind.SERVER_BUSY);
        assert421("451 Forwarding to next hop failed", DeferralKind.SERVER_BUSY);
        assert421("451 error procesando mensaje", DeferralKind.SERVER_BUSY);
        assert421("451 Erro ao processar a mensagem", DeferralKind.SERVER_BUSY);
        assert421("450 Too many emails from this sender at the same time", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many messages sent simultaneously from 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        assert421("450 No such list 'news', go away.", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Address user@example.net was not found on our platform", DeferralKind.OTHER_TRANSIENT);
        // Its neighbours: a part of the sender's, our session's TLS and credentials stay out; a message read from the
        // client, a connection reset and a delivery in general name no part of the receiver's; a rate of messages
        // stays a rate, a mailbox's messages in parallel no connection limit; a spammer told to go away and a sender
        // found on a list are judged.
        assert421("450 Your relay not configured", DeferralKind.OTHER_TRANSIENT);
        assert421("451 TLS not configured", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Credentials missing", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Error reading message from client: timeout", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Mail read error: connection reset by peer", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Temporary delivery failure, please retry", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Delivery to the following recipients failed", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Too many messages at the same time, max 10 per minute", DeferralKind.RATE_LIMIT);
        assertNot421("450 Too many messages in parallel for this mailbox", DeferralKind.CONNECTION_LIMIT);
        assert421("452 Too many recipients at the same time", DeferralKind.OTHER_TRANSIENT);
        assert421("450 Spammer go away", DeferralKind.REPUTATION);
        assert421("450 Your IP is listed in our block list", DeferralKind.REPUTATION);
    }

    @Test
    void itsOwnChecksAndSigningFailingASendersQuotaAndAListNamedShouldBeReadByWhatTheyName() {
        // The hundred-and-twenty-third table: gen_smtp, go-smtp, SubEthaSMTP and aiosmtpd servers, Postfix policy
        // services, deployed Haraka plugins.
        assert421("451 4.7.24 <user@example.net>: Recipient address rejected: SPF evaluation temporarily unavailable",
            DeferralKind.SERVER_BUSY);
        assert421("451 DKIM check service currently down", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 <user@example.net>: Recipient address rejected: [SPF] A transient error occurred when "
            + "checking SPF record. Try again later.", DeferralKind.SERVER_BUSY);
        assert421("450 Error getting key_dir in dkim_sign", DeferralKind.SERVER_BUSY);
        assert421("450 DKIM signing failed, try later", DeferralKind.SERVER_BUSY);
        assert421("451 Unable to lookup that address", DeferralKind.SERVER_BUSY);
        assert421("450 REST ERROR500", DeferralKind.SERVER_BUSY);
        assert421("451 API error 503", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 local accept failure", DeferralKind.SERVER_BUSY);
        assert421("451 Sender recipient quota exceeded", DeferralKind.RATE_LIMIT);
        assert421("451 Sending message quota reached", DeferralKind.RATE_LIMIT);
        assert421("421 you are limited to 50 messages/hrs", DeferralKind.RATE_LIMIT);
        assert421("421 you are limited to 50 messages/hr", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.2 <user@example.net>: Recipient address rejected: SPFBL LISTED mail.example.net",
            DeferralKind.REPUTATION);
        assert421("450 RBL hit: zen.example.net", DeferralKind.REPUTATION);
        // Its neighbours: a check the sender failed and a signature's verification failing judge the sender; the
        // sender's API and local acceptance are no part of the receiver's; a recipient's quota stays the mailbox's; a
        // word ending in "bl" before "listed" is no block list unless it is one.
        assert421("451 4.7.1 SPF check failed for your domain", DeferralKind.REPUTATION);
        assert421("451 4.7.0 DKIM signature verification failed", DeferralKind.REPUTATION);
        assert421("450 Your API error: invalid key", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your local acceptance failure", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.2.2 Recipient quota exceeded", DeferralKind.MAILBOX);
        assert421("451 Table listed", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void newAddressesCountedAndAMessageCalledUnwantedShouldBeReadByWhatTheyName() {
        // The hundred-and-twenty-fourth table: go-smtp and Rust servers' own replies.
        assert421("451 4.7.1 Too many new addresses, try again later", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Too many new recipients, slow down", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Your message is temporarily unwanted, retry later", DeferralKind.REPUTATION);
        assert421("450 4.7.1 This message was considered unwanted by our filters", DeferralKind.REPUTATION);
        assert421("451 Your mail looks unwanted, try again later", DeferralKind.REPUTATION);
        // Its neighbours: new addresses counted in one message are that transaction's, recipients counted without
        // "new" stay one transaction's limit, and "unwanted" beside no message judges nothing here.
        assert421("451 Too many new addresses in this message", DeferralKind.OTHER_TRANSIENT);
        assert421("452 4.5.3 Too many recipients", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.2.1 Mailbox unavailable: unwanted", DeferralKind.MAILBOX);
        // Its rows without their 4.3.X and 4.2.X codes, and attempts counted in other words.
        assert421("451 sender domain lookup unavailable", DeferralKind.SERVER_BUSY);
        assert421("452 Ingest capacity exhausted", DeferralKind.SERVER_BUSY);
        assert421("451 gateway not configured for this domain", DeferralKind.SERVER_BUSY);
        assert421("450 Mailbox is archived", DeferralKind.MAILBOX);
        assert421("451 4.7.1 Excessive attempts, try again later", DeferralKind.RATE_LIMIT);
        // Their neighbours: the sender's capacity is no trouble of the receiver's, delivery attempts counted are no
        // pace of the sender's, a judgement named beside a lookup decides, and a message archived is no mailbox.
        assert421("451 Your sending capacity exhausted", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.7 Excessive delivery attempts", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Lookup unavailable: your IP is listed on a blocklist", DeferralKind.REPUTATION);
        assert421("450 Message archived, try again", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aPartNamedDownARelayFailingAndLettersCountedShouldBeReadByWhatTheyName() {
        // The hundred-and-twenty-fifth table: go-smtp servers, msmtpd and its plugins, aiosmtpd relays.
        assert421("451 4.4.1 Zulip is unavailable; try again shortly", DeferralKind.SERVER_BUSY);
        assert421("451 Relay failed: [Errno 111] Connection refused", DeferralKind.SERVER_BUSY);
        assert421("451 relay to greenmail failed: [Errno 111] Connection refused", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 remote smtp delivery timed out", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 No nodes responded", DeferralKind.SERVER_BUSY);
        assert421("421 I'm tired. Take a break, please.", DeferralKind.SERVER_BUSY);
        assert421("421 Too many letters, i cannot read them all now. Please, resend your message later",
            DeferralKind.RATE_LIMIT);
        // The part named down behind a label, a host name or a recipient, as the wrapper suite quotes it.
        assert421("451 4.4.1 <user@example.net>: Recipient address rejected: Zulip is unavailable; try again shortly",
            DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 mx3.example.net ESMTP Zulip is unavailable; try again shortly", DeferralKind.SERVER_BUSY);
        // Its neighbours: a recipient, the sender's server or a judgement named keep their reading; our own connection
        // timing out is ours; a domain of the sender's without servers names no trouble of the receiver's; letters of
        // a name are no messages.
        assert421("450 Recipient is unavailable", DeferralKind.MAILBOX);
        assert421("451 Your server is down", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Relay failed: your IP is not allowed", DeferralKind.REPUTATION);
        assert421("421 Remote connection timed out", DeferralKind.OTHER_TRANSIENT);
        assert421("451 No MX servers available for your domain", DeferralKind.OTHER_TRANSIENT);
        assert421("421 You are tired", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.4.0 connect to mx.example.net[192.0.2.1]:25: Network is unreachable",
            DeferralKind.OTHER_TRANSIENT);
        // A recipient named by its bare address is the mailbox's, not a part of the receiver's named down.
        assert421("451 user@example.net is unavailable", DeferralKind.MAILBOX);
        // A banner's "ESMTP" before the recipient is no SMTP account: the recipient's spool share stays its mailbox.
        assert421("452 4.2.2 mx3.example.net ESMTP recipient's spool share is full, try again later",
            DeferralKind.MAILBOX);
        assert421("451 Too many letters in local part", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void theReceiversClientsAtItsMaximumShouldBeAConnectionLimitAndItsThreatAnalysisFailingItsTrouble() {
        // The hundred-and-twenty-sixth table: Go SMTP servers written on net/textproto or a bare connection.
        assert421("421 mx.example.net Service not available, max clients exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximum number of clients reached", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Max clients per IP exceeded", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Temporary failure - threat analysis error", DeferralKind.SERVER_BUSY);
        assert421("451 Malware scanner timed out", DeferralKind.SERVER_BUSY);
        // Its neighbours: a part's clients at their maximum, Redis's own error among them, are the receiver's trouble,
        // not a limit on our sessions; an analysis that found spam judges the sender.
        assert421("451 4.3.0 ERR max number of clients reached", DeferralKind.SERVER_BUSY);
        assert421("451 Database error: maximum number of clients reached", DeferralKind.SERVER_BUSY);
        assert421("451 LDAP server: max clients exceeded", DeferralKind.SERVER_BUSY);
        assert421("451 Message analysis failed: contains spam", DeferralKind.REPUTATION);
    }

    @Test
    void aPartMalfunctioningAndALocalStoreFailingShouldBeTheReceiversTroubleAndAMessageItCannotParseNot() {
        // The hundred-and-twenty-seventh table: servers writing their replies straight to the socket, milters,
        // SubEthaSMTP and SmtpServer handlers, Dovecot's LMTP server.
        assert421("451 4.6.0 Content scanner malfunction", DeferralKind.SERVER_BUSY);
        assert421("451 The spam filter is malfunctioning", DeferralKind.SERVER_BUSY);
        assert421("451 Malfunctioning virus scanner, try later", DeferralKind.SERVER_BUSY);
        assert421("451 local receipt failed", DeferralKind.SERVER_BUSY);
        assert421("451 Local store failed, try again", DeferralKind.SERVER_BUSY);
        assert421("451 echec temporaire de stockage, reessayez", DeferralKind.SERVER_BUSY);
        assert421("451 error de almacenamiento temporal", DeferralKind.SERVER_BUSY);
        assert421("451 errore di archiviazione", DeferralKind.SERVER_BUSY);
        assert421("421 4.2.1 Error while parsing MIME structre of message, try again.", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Failed to parse incoming message headers", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 MIME parser error", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 <user@example.net> Can't handle mixed proxy/non-proxy destinations",
            DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.3.0 Cannot accept mixed local and remote recipients", DeferralKind.OTHER_TRANSIENT);
        // Its neighbours: the sender's server malfunctioning is no trouble of the receiver's; a local part failing
        // validation is the address's; a mailbox's storage failing is the mailbox's; a part of the receiver failing
        // while it parsed, or a parse of its own data, is its trouble; a request it cannot handle, no mixed
        // destinations named, stays its trouble by its words; a connection limit named with a parse stays one.
        assert421("451 Your server is malfunctioning", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Local part of the address failed validation", DeferralKind.OTHER_TRANSIENT);
        assert421("452 Échec de stockage dans la boîte aux lettres", DeferralKind.MAILBOX);
        assert421("451 4.3.0 Content filter failed while parsing the message", DeferralKind.SERVER_BUSY);
        assert421("450 Backend error: Target MX parsing failed.", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 error while parsing the regex", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Cannot handle request now", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections while parsing message", DeferralKind.CONNECTION_LIMIT);
        // The wrapper suite's other words for the same table's rows: resources reached as exceeded, mail too large as
        // a message; a message not saved is the receiver's trouble unless our connection was interrupted before it; a
        // lookup of its own failing is its trouble without its code, a reverse lookup still judges the sender.
        assert421("421 4.3.4 allocated resources reached", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.0 mail is too large to process at this time", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Connection interrupted, email not saved", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Email was not saved, try again", DeferralKind.SERVER_BUSY);
        assert421("451 Sender ownership lookup failed", DeferralKind.SERVER_BUSY);
        assert421("451 Reverse lookup failed for 192.0.2.1", DeferralKind.REPUTATION);
    }

    @Test
    void aReplyInAServersOtherSpellingsShouldBeReadAsWrittenOut() {
        // Found by dropping the commas and full stops of every tabled and written reply (WrappedReplyTest): a
        // PostgreSQL error of the receiver's, no connection limit of ours; a request to retransmit or reconnect within
        // a minute, no window of a rate; a recipient limit of the server, no pace; a reverse DNS failing, the sender's
        // name; an imperative "try" after a wait exceeded, no attempts counted; a translated "Service not available"
        // before its closing channel; a mailbox busy with too many messages, the sender's volume.
        assert421("451 4.3.0 Temporary lookup failure FATAL sorry too many clients already", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 sorry too many clients already", DeferralKind.SERVER_BUSY);
        assert421("450 4.3.2 Spam overload Temporary failure Retransmit message in a minute or two",
            DeferralKind.SERVER_BUSY);
        assert421("451 Connection from new sender deferred reconnect in 5 minutes", DeferralKind.GREYLIST);
        assert421("452 4.5.3 Too many recipients this server accepts at most 50", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Temporarily rejected Reverse DNS for 192.0.2.10 failed IB108", DeferralKind.REPUTATION);
        assert421("451 4.3.0 Beim Warten auf eine Sperre wurde die zulässige Wartezeit überschritten Bitte versuchen Sie "
            + "die Transaktion neu zu starten", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.0 Tiempo de espera de bloqueo excedido intente rearrancar la transacción", DeferralKind.SERVER_BUSY);
        assert421("421 Сервис отсутствует Канал передачи данных закрыт", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.1 Mailbox busy too many messages", DeferralKind.RATE_LIMIT);
        // Their neighbours: connections from the sender still a connection limit; recipients this hour and messages
        // within minutes still a pace; a temporary DNS failure of the receiver's still its trouble; attempts counted
        // in German and Spanish still the sender's pace; a service missing for a user not the receiver's trouble; a
        // mailbox busy alone still the mailbox's.
        assert421("421 sorry, too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("452 Too many recipients this hour", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connections in 5 minutes", DeferralKind.RATE_LIMIT);
        assert421("451 Temporarily unable to resolve DNS for example.com", DeferralKind.SERVER_BUSY);
        assert421("451 Zu viele Versuche, bitte versuchen Sie es später", DeferralKind.RATE_LIMIT);
        assert421("451 Maximale Anzahl an Versuchen überschritten", DeferralKind.RATE_LIMIT);
        assert421("451 Número de intentos excedido", DeferralKind.RATE_LIMIT);
        assert421("450 Сервис отсутствует для пользователя", DeferralKind.OTHER_TRANSIENT);
        assert421("450 4.2.1 Mailbox busy", DeferralKind.MAILBOX);
        // Abbreviated as terse servers write them: read as the words they stand for.
        assert421("421 4.3.2 The max number of concurrent conns has exceeded a limit", DeferralKind.CONNECTION_LIMIT);
        assert421("452 4.4.5 Maximum number of msgs per session exceeded.", DeferralKind.RATE_LIMIT);
        assert421("421 Message delivery was temp interrupted, pls try again later.", DeferralKind.SERVER_BUSY);
        assert421("450 temp ingest failure, pls retry", DeferralKind.SERVER_BUSY);
        // A negation contracted, read as written out.
        assert421("421 4.7.0 Please don't open more than 2 connections at once", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Additional connections from your host aren't accepted at this time", DeferralKind.CONNECTION_LIMIT);
        assert421("441 The recipient's server isn't responding", DeferralKind.SERVER_BUSY);
        assert421("451 Message couldn't be committed to the replica set", DeferralKind.SERVER_BUSY);
        assert421("421 You aren't authorized to connect to this server", DeferralKind.REPUTATION);
        assert421("451 Sender IP isn't yet authorized to deliver mail from this envelope sender. Please try later.",
            DeferralKind.GREYLIST);
        // A word hyphenated or in two, read as the rules spell it.
        assert421("451 4.7.1 You have been grey-listed by policy, please retry later", DeferralKind.GREYLIST);
        assert421("451 Virus scanner timed-out", DeferralKind.SERVER_BUSY);
        assert421("451 spamd scan time out", DeferralKind.SERVER_BUSY);
        assert421("451 mailbox over-quota", DeferralKind.MAILBOX);
        assert421("450 4.7.1 First connection from your IP, please re-try", DeferralKind.GREYLIST);
        assert421("421 Exim is shutting-down, try again later", DeferralKind.SERVER_BUSY);
        // A unit of time after a slash, read as "per": a rate, no connection limit.
        assert421("421 4.7.0 Connection limit/minute reached for your IP", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many sessions from your IP / hour", DeferralKind.RATE_LIMIT);
        assert421("450 You can send no more than 60 letters/minute", DeferralKind.RATE_LIMIT);
        assert421("421 Too many concurrent connections from your IP, max 5/IP", DeferralKind.CONNECTION_LIMIT);
        // A number in words, read in digits: still a connection limit.
        assert421("421 4.7.0 Sorry, you already have five connections open to this server", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Limit: five connections per IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server already holds ten connections to us", DeferralKind.CONNECTION_LIMIT);
        // A limit in the passive, read as its participle.
        assert421("421 4.7.0 Concurrency has been exceeded for your sending IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Maximum connections of 100 has been reached. You will be disconnected.", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Per-sender rate was exceeded; retry in 5 min", DeferralKind.RATE_LIMIT);
        assert421("452 4.7.0 tenant quota was exceeded", DeferralKind.RATE_LIMIT);
    }

    @Test
    void aReplyInANonNativeServersGrammarShouldBeReadAsItMeans() {
        // Found by writing every tabled and written reply as non-native servers do (WrappedReplyTest): a counted noun
        // in the singular after its count, read in the plural, so that the plural's exclusions apply (spam, a part of
        // the receiver) and connection limits are still read so.
        assert421("421 4.7.0 Too many connection from hosts in your /24 sending spam", DeferralKind.REPUTATION);
        assert421("421 4.3.2 Too many connection queued at the load balancer", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 We only allow 2 connection per IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 sorry, the maximum number of connection has been reached, try again later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many message, try again later", DeferralKind.RATE_LIMIT);
        // A limit's bare verb, read as its participle.
        assert421("450 4.4.2 Mailbox quota exceed", DeferralKind.MAILBOX);
        assert421("421 Maximum connections of 100 reach. You will be disconnected.", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrency exceed for your sending IP", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.7.1 It looks like you exceed the number of allowed emails. Please try again later.",
            DeferralKind.RATE_LIMIT);
        // An article left out of an idiom, read with it.
        assert421("450 4.2.1 The user you are trying to contact is receiving mail at rate that prevents additional messages "
            + "from being delivered.", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many sessions opened in past minute", DeferralKind.RATE_LIMIT);
        assert421("450 Too many emails from this sender at same time", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Only 2 simultaneous deliveries are accepted from single client", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 This IP already has allowed number of sessions open", DeferralKind.CONNECTION_LIMIT);
        // One of the receiver's parts named without an article, or after "by" or "against": its trouble; and a part
        // whose name starts with "a" after "for" is no sender ("for archive service" is not "for a …").
        assert421("451 4.3.0 Concurrent connection limit for archive service reached", DeferralKind.SERVER_BUSY);
        assert421("421 Too many connections held by queue runner", DeferralKind.SERVER_BUSY);
        assert421("451 Too many concurrent connections against tenant database", DeferralKind.SERVER_BUSY);
        // "Too many" said otherwise: read as "too many", with its exclusions (connections dropped are no count of ours).
        assert421("421 4.7.0 The number of connections from your IP is too high", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.7.1 The number of messages sent from your IP is too high", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too high number of connections, try again later", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.7.1 Message count too high, try later", DeferralKind.RATE_LIMIT);
        assert421("421 Connections: too many", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.4.2 Excessive connections dropped, check your network", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Excessive connections from your IP", DeferralKind.CONNECTION_LIMIT);
        // A limit breached, crossed or maxed out: exceeded.
        assert421("421 4.7.0 Concurrency breached for your sending IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.1 Recipient quota breached", DeferralKind.MAILBOX);
        assert421("450 4.7.1 Daily recipient count crossed for sender example.com", DeferralKind.RATE_LIMIT);
        assert421("421 Connection limit maxed out for your IP", DeferralKind.CONNECTION_LIMIT);
        // The sender after another preposition than "from"; the receiver's own server still its own.
        assert421("421 Too many connections of your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections by your IP are capped at 3, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.0 Too many queued messages on this server, try again later", DeferralKind.SERVER_BUSY);
        // A verb that does not agree with its subject: a mailbox's sessions are no connection limit of ours.
        assert421("450 4.2.1 Recipient have too many connections open to their mailbox", DeferralKind.MAILBOX);
        assert421("450 4.2.1 The user have too many active sessions, delivery postponed", DeferralKind.MAILBOX);
        assert421("450 Command failed because the user's mailbox are unavailable (e.g., locked). Try again later.",
            DeferralKind.MAILBOX);
        assert421("451 The mailbox for user@example.net are full, deferring.", DeferralKind.MAILBOX);
        assert421("421 Your IP are temporarily blocked, please try again later", DeferralKind.REPUTATION);
        assert421("421 4.7.0 you is not welcome here", DeferralKind.REPUTATION);
        assert421("451 Service are on hold. Please try again in a few minutes.", DeferralKind.SERVER_BUSY);
        // The sender in the plural or by two of its names, as by one.
        assert421("421 Your IPs are temporarily blocked, please try again later", DeferralKind.REPUTATION);
        assert421("421 Your MTAs are using more connections than we allow", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 These IPs already have the allowed number of sessions open", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your IP and domain are temporarily blocked, closing connection", DeferralKind.REPUTATION);
        // The sender as a label: what it sends too much of is its own; without it, the receiver's.
        assert421("421 4.7.0 Your IP: Too many threads", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 192.0.2.1: Too many sockets open", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Too many threads", DeferralKind.SERVER_BUSY);
        // A counted noun in the singular after "too many" in other languages, with the plural's exclusions.
        assert421("421 4.7.0 Demasiadas sesión simultáneas desde su IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zu viele gleichzeitige Verbindung von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Troppi messaggio inviati, riprovare più tardi", DeferralKind.RATE_LIMIT);
        assert421("451 4.3.0 demasiadas conexión para la base de datos «mail»", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Zu viel Verbindungen von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Demasiado mensajes por hora desde su cuenta", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Zu viel Verbindungen von gesperrten Hosts", DeferralKind.REPUTATION);
        // Its neighbours: a plural subject and a collective count keep their verb and their kind.
        assert421("421 Connections from your IP are limited to 2", DeferralKind.CONNECTION_LIMIT);
        assert421("421 sorry, the maximum number of clients (5) from your host are already connected.",
            DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many connections from your IP have been opened", DeferralKind.CONNECTION_LIMIT);
        // A verb in the third person left bare after a singular subject, read as agreeing.
        assert421("421 4.7.0 Your host hold too many sockets open to us", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server already hold 10 connections to us", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 IP 192.0.2.10 exceed allowed concurrency (4)", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.7.1 Your HELO name do not resolve, try again later", DeferralKind.REPUTATION);
        assert421("451 4.3.0 Message contain NUL characters", DeferralKind.OTHER_TRANSIENT);
        assert421("451 mail file size exceed the maximum size allowed for mail delivery", DeferralKind.MAILBOX);
        // A noun in the singular after a count and another noun or a participle.
        assert421("421 4.7.0 Too many connection attempt from 192.0.2.1", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Number of allowed attempt exceeded. Please try again later.", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Too many simultaneous IMAP login for this user", DeferralKind.MAILBOX);
        // Their neighbours: a pronoun's verb, a noun a verb's form makes a compound with, another language's "do".
        assert421("421 We hold too many connections from your network already", DeferralKind.CONNECTION_LIMIT);
        assert421("451 local accept failure", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 O host ou rede remota pode estar fora do ar. Por favor, fa\u00e7a a requisi\u00e7\u00e3o "
            + "novamente.", DeferralKind.SERVER_BUSY);
        // An abuse report as the cause is a judgement; where to send one is none.
        assert421("421 Temporarily deferred following an abuse report", DeferralKind.REPUTATION);
        assert421("450 Deferred: abuse report received for your IP", DeferralKind.REPUTATION);
        assert421("421 Connections from your IP are temporarily blocked after abuse report", DeferralKind.REPUTATION);
        assertNot421("450 4.7.1 Please send abuse reports to abuse@example.net and try again later",
            DeferralKind.REPUTATION);
        assert421("421 Service unavailable; for abuse report contact abuse@example.net", DeferralKind.SERVER_BUSY);
        // A verb of requests after a determiner agrees; after a banner it asks.
        assert421("421 Your MTA use more connections than we allow", DeferralKind.CONNECTION_LIMIT);
        assert421("451 mx3.example.net ESMTP Send slower please", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 mx3.example.net ESMTP Use fewer connections, please", DeferralKind.CONNECTION_LIMIT);
        // An adverb of the present after an auxiliary changes nothing: the receiver's queue stays its own.
        assert421("421 Too many connections are currently waiting in our accept queue", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Too many connections are now queued, the server is now busy", DeferralKind.SERVER_BUSY);
        assert421("421 Connections from your IP are now capped at 3, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connection limit for your IP range is currently 0: you are currently blocked",
            DeferralKind.REPUTATION);
        assert421("451 Mailbox is currently reserved", DeferralKind.MAILBOX);
        assert421("421 Message delivery was interrupted, please try again later.", DeferralKind.SERVER_BUSY);
        assertNot421("421 Message delivery was interrupted because your connection dropped", DeferralKind.SERVER_BUSY);
        // The receiver as the subject of what it did to the sender.
        assert421("421 We have blocked your IP temporarily", DeferralKind.REPUTATION);
        assert421("421 we have restricted your IP due to heavy usage", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 We have limited your IP to 2 concurrent SMTP conversations", DeferralKind.CONNECTION_LIMIT);
        assert421("450 We have listed your IP at bl.example.org, try later", DeferralKind.REPUTATION);
        assert421("421 We have deferred your message", DeferralKind.OTHER_TRANSIENT);
        // The sender's limit capped at a number or stated with a modal or "allowed"; a part of the receiver or a mailbox
        // capped so is its own, and a number per hour a rate.
        assert421("421 your IP has been capped at 2 connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Your IP is capped at 2 concurrent SMTP conversations", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your IP is allowed 2 connections at most", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your IP can open at most 2 connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Each IP may open only 2 connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Your IP may only open 2 concurrent SMTP conversations", DeferralKind.CONNECTION_LIMIT);
        assert421("450 This mailbox is capped at 2 concurrent connections", DeferralKind.MAILBOX);
        assert421("421 The database is capped at 10 concurrent connections", DeferralKind.SERVER_BUSY);
        assert421("421 You can open at most 100 connections per hour", DeferralKind.RATE_LIMIT);
        assert421("421 Your IP is allowed 100 sessions per day", DeferralKind.RATE_LIMIT);
        // "The client IP" is the sender's address; a Spanish box full in either gender; slots "is" in use.
        assert421("421 Connections from the client IP are capped at 3, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("452 La bandeja del destinatario est\u00e1 lleno", DeferralKind.MAILBOX);
        assert421("421 All available connection slots is in use, please try again later", DeferralKind.SERVER_BUSY);
        // The connection's closing announced as a sentence of its own, before the cause or after it, says nothing of it;
        // a closing with a cause of its own keeps it.
        assert421("451 Closing connection: Mail storage failed", DeferralKind.SERVER_BUSY);
        assert421("450 Temporary service error, please retry. Connection closed.", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Closing connection: Delivery throttled: per-sender quota reached", DeferralKind.RATE_LIMIT);
        assert421("421 4.4.2 smtp-proxy SMTP session timeout. Closing connection", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many connections from your IP. Connection closed.", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connection closed by remote host", DeferralKind.OTHER_TRANSIENT);
        // The sender's address as "your IPv4 address"; "adresses" misspelt in English, not the French word.
        assert421("421 4.7.0 All connection slots for your IPv4 address are in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.3.2 Connection pool for your IPv6 address is full", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many sessions from your IP are sending to invalid adresses", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Too many new adresses, try again later", DeferralKind.RATE_LIMIT);
        // Greylisting with its request to retry as a sentence of its own, after the novelty or before it.
        assert421("450 4.7.1 Your server is new to us. Please retry in a few minutes", DeferralKind.GREYLIST);
        assert421("450 4.7.1 First connection from your IP. Please retry", DeferralKind.GREYLIST);
        assert421("451 Please retry. New senders are held for 60 seconds", DeferralKind.GREYLIST);
        assert421("450 Not in whitelist yet. Retry later", DeferralKind.GREYLIST);
        assert421("421 4.4.2 First delivery attempt timed out. Please retry", DeferralKind.OTHER_TRANSIENT);
        // A limit written as a key and its value; a count of messages in one session is a rate, with or without "of".
        assert421("421 Server limit: max=5 conns per IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections from you: 6 (max=5)", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Session limit=50 messages reached, reconnect later", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Session limit (50) messages reached", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 conn_limit_exceeded", DeferralKind.CONNECTION_LIMIT);
        // What a limit is counted per, hyphenated or said otherwise.
        assert421("421 Connections per-IP exceeded, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Only 2 connections per-client are permitted, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connections for each IP: 3 of 3 in use", DeferralKind.CONNECTION_LIMIT);
        assert421("421 One session by client IP only", DeferralKind.CONNECTION_LIMIT);
        assert421("450 4.7.1 Too many rcpt for each IP; try later", DeferralKind.RATE_LIMIT);
        // The sender as "you" after "from"; its sessions held, not failed; its threads or jobs held.
        assert421("421 4.7.0 Too many in-flight SMTP sessions from you", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections from you are capped at 3, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 4.4.2 Your IP has too many connections timed out", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your IP has too many connections with failed TLS", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Your IP has too many threads", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.4.2 Timeout: no response from you", DeferralKind.OTHER_TRANSIENT);
        // "More than" a number said otherwise.
        assert421("421 4.7.0 Please do not open over 2 connections at once", DeferralKind.CONNECTION_LIMIT);
        assert421("421 > 3 sessions from one IP are not allowed", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Your server should not open in excess of 3 connections to us", DeferralKind.CONNECTION_LIMIT);
        // A time at once said otherwise.
        assert421("421 4.7.0 Only one connection at any given time allowed from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Please do not open more than 2 connections in parallel", DeferralKind.CONNECTION_LIMIT);
        // A word of concurrency after what it qualifies.
        assert421("421 Your IP exceeded 20 connections simultaneous", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Policy violation: more than 5 connections concurrent from your IP",
            DeferralKind.CONNECTION_LIMIT);
        assert421("421 Rejected: 6 connections open from your IP, limit is 5", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: attempts and a sender named stay what they were; a single IP's limit is the sender's.
        assert421("421 Too many connection attempts from your IP", DeferralKind.RATE_LIMIT);
        assert421("421 Too many connection from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connection limit for a single IP reached", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.3.0 Concurrent connection limit for the archive service reached", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aReplyInAnotherLanguagesOtherWordsShouldBeReadAsItMeans() {
        // "Too many" in other words in German, French, Spanish, Italian, Portuguese, Polish, Dutch and Russian, each read as
        // its language's "too many" in the gender of what it counts.
        assert421("421 Zuviele Verbindungen von Ihrer IP-Adresse", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Zu hohe Anzahl an Verbindungen", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Übermäßig viele E-Mails pro Stunde von Ihrer Adresse", DeferralKind.RATE_LIMIT);
        assert421("421 Un trop grand nombre de connexions depuis votre adresse IP", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Trop de courriels envoyés depuis votre adresse IP, ralentissez", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Trop de sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Un número excesivo de conexiones desde su IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Se ha conectado y desconectado un número excesivo de veces", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Excesivos intentos de conexión fallidos", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Eccessive connessioni dal tuo indirizzo IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Numero eccessivo di messaggi in poco tempo", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Excesso de sessões", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Za dużo wiadomości w krótkim czasie", DeferralKind.RATE_LIMIT);
        assert421("421 Te veel connecties vanaf uw IP-adres", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Teveel berichten verzonden, probeer het later opnieuw", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Превышено количество запросов — попробуйте позже", DeferralKind.RATE_LIMIT);
        // "Temporarily", "reached", "unreachable", "rejected", a mailbox, a mail server and "sends" in their other words.
        assert421("451 Unbekannter Absender: Annahme zeitweise verweigert, bitte erneut zustellen",
            DeferralKind.GREYLIST);
        assert421("451 Le service de messagerie est momentanément indisponible suite à une panne",
            DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Benutzerlimit von 500 Benutzern erreicht.", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Límite de sesiones alcanzado", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Limite di sessioni per IP raggiunto", DeferralKind.CONNECTION_LIMIT);
        assert421("450 Befehl nicht ausgeführt, Postfach nicht erreichbar", DeferralKind.MAILBOX);
        assert421("452 Mailbox des Empfängers ist voll", DeferralKind.MAILBOX);
        assert421("452 El casillero del destinatario está lleno", DeferralKind.MAILBOX);
        assert421("452 Casella di destinazione satura", DeferralKind.MAILBOX);
        assert421("450 4.7.1 L'accès au service est rejeté", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Zugriff aufgrund der Dienstrichtlinien abgelehnt", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Server-Datenrate erreicht", DeferralKind.RATE_LIMIT);
        assert421("421 Le serveur de messagerie est en cours de redémarrage", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 Envía demasiado rápido, reduzca la velocidad", DeferralKind.RATE_LIMIT);
        assert421("421 Zu viele gleichzeitige Sitzungen für diese Mailbox", DeferralKind.MAILBOX);
        // Their neighbours: a mailbox's sessions, the receiver's database, recipients counted, speed and a count per
        // minute keep their kinds.
        assert421("451 4.3.0 Un número excesivo de conexiones a la base de datos", DeferralKind.SERVER_BUSY);
        assert421("421 Trop de sessions IMAP ouvertes pour cette boîte aux lettres", DeferralKind.MAILBOX);
        assert421("421 Zu hohe Anzahl an Verbindungen zur Datenbank", DeferralKind.SERVER_BUSY);
        assert421("452 Numero eccessivo di destinatari", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Está enviando demasiado rápido, reduzca la velocidad", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Trop de connexions par minute depuis votre adresse", DeferralKind.RATE_LIMIT);
        // E-mails counted in either gender, a daily limit of e-mails, a mailbox blocked, a store out of service.
        assert421("450 4.7.1 Muitos e-mails enviados em pouco tempo", DeferralKind.RATE_LIMIT);
        assert421("450 Troppi e-mail inviati, riprovare più tardi", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Um número excessivo de conexões do seu endereço IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Conta de bot atingiu o limite de e-mails diário", DeferralKind.RATE_LIMIT);
        assert421("450 Postfach ist vorübergehend blockiert", DeferralKind.MAILBOX);
        assert421("451 Speichersystem vorübergehend außer Betrieb", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theSenderAsYouShouldHoldItsSessionsAsItsAddressDoes() {
        assert421("421 4.7.0 You have too many threads open to us", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 You hold too many sockets open to us", DeferralKind.CONNECTION_LIMIT);
        assert421("421 You have opened more sessions than we allow", DeferralKind.CONNECTION_LIMIT);
        assert421("421 You are using more connections than we allow", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 You cannot have more than 2 connections open", DeferralKind.CONNECTION_LIMIT);
        // Its neighbours: connections that failed, a number per hour, messages.
        assert421("421 4.3.2 You have too many connections timed out", DeferralKind.SERVER_BUSY);
        assert421("421 Mailbox: you cannot have more than 2 sessions per hour", DeferralKind.RATE_LIMIT);
        assert421("421 You have sent more messages than we allow", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theReceiverNotAcceptingTheSendersMailShouldBeAJudgementUnlessItsOwnTroubleIsTheCause() {
        assert421("451 4.7.1 We do not accept mail from your IP", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Mail from your IP is not accepted at this time", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Not currently accepting mail from your IP", DeferralKind.REPUTATION);
        assert421("451 4.3.2 We can not accept mail from your server at this time due to high load", DeferralKind.SERVER_BUSY);
        assert421("451 Not accepting mail from your IP due to high load", DeferralKind.SERVER_BUSY);
        assert421("451 4.3.2 We do not accept messages from your server while under maintenance", DeferralKind.SERVER_BUSY);
        // A queue's id after the words is no queue the receiver names as its trouble.
        assert421("451 not currently accepting mail from your ip (queue id 4XyZ1Lk2m3zN5p)", DeferralKind.REPUTATION);
        assert421("451 Not accepting mail from your IP, our queue is full", DeferralKind.SERVER_BUSY);
    }

    @Test
    void theReceiverAsWeShouldBeInItsOwnState() {
        assert421("421 We are full", DeferralKind.SERVER_BUSY);
        assert421("421 We are in standby mode", DeferralKind.SERVER_BUSY);
        assert421("421 We are handling too many requests right now", DeferralKind.SERVER_BUSY);
        assert421("421 We are undergoing an update; come back in a few minutes", DeferralKind.SERVER_BUSY);
        // Its neighbours: what it does to the sender, and its apology, keep their kinds.
        assert421("421 4.7.0 We are receiving too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 We are not accepting mail from your IP", DeferralKind.REPUTATION);
        assert421("451 4.7.1 We are rate limiting your IP", DeferralKind.RATE_LIMIT);
        assert421("451 We are greylisting you, please retry later", DeferralKind.GREYLIST);
        assert421("421 We are sorry, too many connections from your IP", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void aReplyThatEchoesTheCommandItAnswersShouldBeReadFromItsOwnWords() {
        // The receiver's busy state after an echoed sender address is its own, not a mailbox's.
        assert421("421 4.3.2 MAIL FROM:<sender@example.org> busy, try later", DeferralKind.SERVER_BUSY);
        assert421("450 RCPT TO:<user@example.net>: Not available", DeferralKind.SERVER_BUSY);
        assert421("450 EHLO mail.example.org: Service stopping", DeferralKind.SERVER_BUSY);
        // Its neighbours: a recipient's mailbox named after the echo or before the words, and a count of commands.
        assert421("451 4.7.1 RCPT TO:<user@example.net>: Recipient address rejected: Mailbox busy", DeferralKind.MAILBOX);
        assert421("450 4.2.1 <user@example.net>... Mailbox busy", DeferralKind.MAILBOX);
        assert421("452 4.5.3 Too many RCPT TO commands", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void aRelayThatCannotReachItsNextHopOrNameServerShouldBeTheReceiversTroubleAndOurOwnConnectionNot() {
        // The hundred-and-eighth table: Postini unable to reach its customer's server, a relay timing out on its next
        // hop, a resolver out of reach.
        assert421("451 Can't connect to example.net - psmtp", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.1 Timeout connecting to mail.example.net", DeferralKind.SERVER_BUSY);
        assert421("451 Unable to connect to mailstore1.example.net", DeferralKind.SERVER_BUSY);
        assert421("421 cannot send to name server", DeferralKind.SERVER_BUSY);
        assert421("421 could not query DNS server", DeferralKind.SERVER_BUSY);
        // Its neighbours: a client's own failure to connect names a port or the remote host in general; the sender's
        // server called back and the sender's domain's name servers are no trouble of the receiver's.
        assert421("curl: (7) Failed to connect to smtp.example.com port 587 after 129 ms: Connection refused",
            DeferralKind.OTHER_TRANSIENT);
        assert421("Failed to connect to smtp.example.com port 465: Connection refused", DeferralKind.OTHER_TRANSIENT);
        assert421("Connection could not be established with host smtp.example.com :stream_socket_client(): unable to "
            + "connect to smtp.example.com:587 (Connection refused)", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Unable to connect to remote host", DeferralKind.OTHER_TRANSIENT);
        assertNot421("451 Sender verify failed: could not connect to mx.example.org", DeferralKind.SERVER_BUSY);
        assertNot421("451 Could not connect to your server example.net for sender verification", DeferralKind.SERVER_BUSY);
        assertNot421("451 Unable to contact the name servers for your domain", DeferralKind.SERVER_BUSY);
        assertNot421("451 Could not reach the name servers of example.net", DeferralKind.SERVER_BUSY);
    }

    @Test
    void aSendersDomainWithoutTheRecordThatAuthorizesItsMailShouldBeAJudgement() {
        // The hundred-and-eighth table: TransIP's relay refusing a sender domain without its authorization record.
        assert421("421 4.7.0 No valid 'x-transip-mail-auth' DNS record found for 'example.net'. Please see "
            + "https://www.transip.eu/knowledgebase/entry/349 for more information.", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Missing domain verification TXT record for example.net", DeferralKind.REPUTATION);
        // Its neighbours: the record's lookup failing is the receiver's; a domain without an MX record is no judgement.
        assertNot421("451 4.4.3 No authorization record could be retrieved: lookup timed out", DeferralKind.REPUTATION);
        assertNot421("451 4.1.8 No valid MX record found for example.net", DeferralKind.REPUTATION);
    }

    @Test
    void theGapsTheLastNotesLeftShouldReadAsTheirKinds() {
        // Gaps named in the notes of earlier sessions (constructed cases): links held at once are sessions, "bussy" a
        // misspelled "busy", "slow your roll" a request to go slower, the sender's server overloaded no trouble of the
        // receiver's.
        assert421("421 4.7.0 Too many parallel links from your host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Too many simultaneous links from 192.0.2.1", DeferralKind.CONNECTION_LIMIT);
        assert421("451 Server bussy, try again later", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 Slow your roll, try again later", DeferralKind.RATE_LIMIT);
        // Their neighbours: links in a message are its content; a roll that is not ours is nothing.
        assertNot421("451 4.7.1 Too many links in message", DeferralKind.CONNECTION_LIMIT);
        assertNot421("451 Your roll call failed", DeferralKind.RATE_LIMIT);
        // The sender's server named as overloaded is no trouble of the receiver's; the receiver's own overload is.
        assert421("451 Your server is overloaded", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your mail server seems overloaded", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Server overloaded", DeferralKind.SERVER_BUSY);
        assert421("451 Your message could not be delivered: server overloaded", DeferralKind.SERVER_BUSY);
    }

    private static List<DeferralRule> parseRules(String table) {
        try {
            return DeferralRules.parse("site.rules", new StringReader(table));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assert421(String reply, DeferralKind expected) {
        assertThat(DeferralClassifier.defaults().classify(reply).kind()).as(reply).isEqualTo(expected);
    }

    /** A neighbour that must not be read as the kind its wording resembles. */
    static void assertNot421(String reply, DeferralKind unexpected) {
        assertThat(DeferralClassifier.defaults().classify(reply).kind()).as(reply).isNotEqualTo(unexpected);
    }

    @Test
    void classifyShouldCallAny5xxPermanentWhateverItsWording() {
        assertThat(DeferralClassifier.defaults().classify("554 5.7.1 greylisted, too many connections").kind())
            .isEqualTo(DeferralKind.PERMANENT);
    }

    @Test
    void classifyShouldNotTakeTooManyRecipientsForAConnectionLimit() {
        assertNot421("452 4.5.3 Too many recipients", DeferralKind.CONNECTION_LIMIT);
    }

    @Test
    void recipientsWhosePoliciesDifferShouldBeTheTransactionsLimitNotAPolicyAgainstTheSender() {
        DeferralClassifier classifier = DeferralClassifier.defaults();
        assertThat(classifier.classify("452 4.5.3 Recipient policy mismatch").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(classifier.classify("452 4.5.3 Recipient policies differ, send them separately").kind())
            .isEqualTo(DeferralKind.OTHER_TRANSIENT);
        // The neighbour that must not move: a policy against the sender.
        assertThat(classifier.classify("451 4.7.1 Rejected by local policy, try later").kind())
            .isEqualTo(DeferralKind.REPUTATION);
    }

    @Test
    void classifyShouldNameTheRuleThatDecided() {
        Classification classification = DeferralClassifier.defaults().classify("451 4.7.652 anything at all");

        assertThat(classification.kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(classification.rule()).get().extracting(DeferralRule::origin).asString()
            .startsWith(DeferralRules.DEFAULT_RESOURCE + ":");
    }

    @Test
    void classifyShouldNeverThrowOnNullOrBinaryInput() {
        assertThat(DeferralClassifier.defaults().classify((String) null).kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(DeferralClassifier.defaults().classify("\u0000\u0001\uD800\uFFFF").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void operatorRulesShouldBeConsultedBeforeTheDefaults() throws IOException {
        List<DeferralRule> operator = DeferralRules.parse("site.rules",
            new StringReader("# our provider's wording\nRATE_LIMIT text too many connections\n"));

        DeferralClassifier classifier = DeferralClassifier.of(operator, true);

        assertThat(classifier.classify("421 4.7.0 Too many connections").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(classifier.classify("450 4.2.0 Greylisted").kind()).isEqualTo(DeferralKind.GREYLIST);
    }

    @Test
    void operatorRulesAloneShouldIgnoreTheDefaults() throws IOException {
        List<DeferralRule> operator = DeferralRules.parse("site.rules", new StringReader("GREYLIST enhanced 4\\.7\\.1\n"));

        DeferralClassifier classifier = DeferralClassifier.of(operator, false);

        assertThat(classifier.classify("421 4.7.0 Too many connections").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(classifier.classify("451 4.7.1 come back later").kind()).isEqualTo(DeferralKind.GREYLIST);
    }

    @Test
    void rulesParserShouldNameLineAndProblemOfAnUnknownKind() {
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("\nSLOWNESS text slow\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("site.rules:2")
            .hasMessageContaining("SLOWNESS")
            .hasMessageContaining("CONNECTION_LIMIT");
    }

    @Test
    void theSendersSessionsSaidToBeLimitedWithNoCountShouldBeALimit() {
        assert421("421 4.7.0 Connections from your IP are limited", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Connections from 192.0.2.1 are limited, try later", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Sessions per host are restricted", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Your connections are being limited", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Concurrent connections throttled", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections limited", DeferralKind.CONNECTION_LIMIT);
        // Its neighbours: a count per unit of time, a pace asked for, a policy, a review or the sender's country named.
        assert421("421 4.7.0 Connections from your IP are limited to 5 per hour", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Your connections are limited, slow down", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connections throttled", DeferralKind.RATE_LIMIT);
        assert421("421 4.7.0 Connections from your country are limited", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Connections from 192.0.2.10 are limited while your IP is under review", DeferralKind.REPUTATION);
        assert421("421 4.7.0 Connections from your IP are limited by policy", DeferralKind.REPUTATION);
        // Opening connections too often is a pace; a recipient holding sessions, the receiver over capacity.
        assert421("421 4.7.0 Connection refused: your server opens connections too often", DeferralKind.RATE_LIMIT);
        assert421("450 4.2.1 The user you wrote to has too many sessions open", DeferralKind.MAILBOX);
        assert421("421 Over capacity, please retry", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 Mailbox over capacity", DeferralKind.MAILBOX);
        assert421("450 4.2.2 Your account is over capacity", DeferralKind.MAILBOX);
    }

    @Test
    void theReceiversProcessesAndCallsFailingInAProgrammersWordsShouldBeItsTrouble() {
        assert421("451 IPC failure", DeferralKind.SERVER_BUSY);
        assert421("451 RPC error while delivering", DeferralKind.SERVER_BUSY);
        assert421("451 Unexpected EOF from backend", DeferralKind.SERVER_BUSY);
        assert421("451 Invalid response from upstream", DeferralKind.SERVER_BUSY);
        assert421("451 Remote mupdate server sent bad protocol", DeferralKind.SERVER_BUSY);
        assert421("451 Child exited abnormally", DeferralKind.SERVER_BUSY);
        assert421("451 ENOSPC", DeferralKind.SERVER_BUSY);
        assert421("451 An error occurred", DeferralKind.SERVER_BUSY);
        assert421("451 4.7.1 Account storage limit reached", DeferralKind.MAILBOX);
        // Their neighbours: an error whose cause is named keeps that cause's kind; a bare socket error may be our session's.
        assert421("451 An error occurred while processing your message: message too big", DeferralKind.OTHER_TRANSIENT);
        assert421("451 4.7.1 An error occurred, your IP is blacklisted", DeferralKind.REPUTATION);
        assert421("451 Socket error", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Your account storage limit reached", DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void onlySoManySessionsAllowedPerAddressInAnotherLanguageShouldBeALimitAndSoManyMessagesPerHourAPace() {
        assert421("421 Nur 3 Verbindungen pro IP erlaubt", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Seulement 3 connexions par IP autorisées", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Solo se permiten 3 conexiones por IP", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Solo 3 connessioni per IP consentite", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Apenas 3 conexões por IP permitidas", DeferralKind.CONNECTION_LIMIT);
        // Their neighbours: per unit of time, or to the receiver's own database, they are no connection limit.
        assertNot421("421 Solo se permiten 3 conexiones por IP cada hora", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Seulement 10 connexions par IP et par minute autorisées", DeferralKind.CONNECTION_LIMIT);
        assertNot421("421 Nur 3 Verbindungen pro IP in der Minute erlaubt", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Nur 3 Verbindungen pro Datenbank erlaubt", DeferralKind.SERVER_BUSY);
        // German servers writing the English "Connections".
        assert421("421 4.7.0 Zu viele Connections", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Maximale Anzahl gleichzeitiger Connections von Ihrer IP-Adresse erreicht", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Zu viele Connections pro Minute", DeferralKind.RATE_LIMIT);
        assert421("421 Zu viele Connections zur Datenbank", DeferralKind.SERVER_BUSY);
        // So many messages allowed per hour is a pace, in any of those languages.
        assert421("450 Maximal 100 Nachrichten pro Stunde erlaubt", DeferralKind.RATE_LIMIT);
        assert421("450 Maximum 100 messages par heure autorisés", DeferralKind.RATE_LIMIT);
        assert421("450 Máximo 100 mensajes por hora permitidos", DeferralKind.RATE_LIMIT);
        assert421("450 Massimo 100 messaggi all'ora consentiti", DeferralKind.RATE_LIMIT);
        assert421("450 Máximo de 100 mensagens por hora permitidas", DeferralKind.RATE_LIMIT);
    }

    @Test
    void theHundredAndThirtyFourthTablesMendsShouldReadTheirNeighboursAsTheirWordsSay() {
        // The receiver's SMTP or mail receiver named as its part; "fail" bare or with a stray "e" as its failure.
        assert421("451 Mail receiver is shut down", DeferralKind.SERVER_BUSY);
        assert421("451 4.2.0 SMTP receiver unavailable, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 queue fail", DeferralKind.SERVER_BUSY);
        assert421("451 Database faile, retry", DeferralKind.SERVER_BUSY);
        // A part stopping, whatever the enhanced code; with no part named, an X.2.X code makes it the mailbox's.
        assert421("450 4.2.0 Service stopping", DeferralKind.SERVER_BUSY);
        assert421("421 4.2.1 Mail server stopping", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.0 Unavailable", DeferralKind.MAILBOX);
        assert421("451 Filter stopping the message", DeferralKind.OTHER_TRANSIENT);
        // E-Post's "e-mail address box" is a mailbox.
        assert421("450 Sorry. e-mail address box is full.", DeferralKind.MAILBOX);
        // A receiver, a mailbox or a recipient named so stays theirs; the sender's own failures stay the sender's.
        assert421("450 4.2.1 Receiver mailbox full", DeferralKind.MAILBOX);
        assert421("451 SPF check fail", DeferralKind.REPUTATION);
        // The sender's domain called invalid, whatever the enhanced code; a HELO name called so judges the sender.
        assert421("450 4.2.0 Sender domain is invalid", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.2.1 Invalid envelope from domain", DeferralKind.OTHER_TRANSIENT);
        assert421("421 4.7.0 Invalid HELO domain", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Mail from domain invalid, listed at Spamhaus", DeferralKind.REPUTATION);
    }

    @Test
    void theServersOtherWordsForTheSendersSessionsAndItsOwnTroubleShouldReadAsTheyMeanAndTheirNeighboursNot() {
        // A probe of the tables' replies with one word changed for its synonym (2026-12-07): the connecting IP called
        // "the IP", session slots and pools as connection slots and pools are, a failure as an error when talking to
        // the mail server, local routing, a server under load and a relay service out of reach.
        assert421("421 4.7.0 Parallel connections from the IP over the limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Sessions from the IP at limit, close one and retry", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Sorry, you have exhausted your session slots", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Session pool for your IP is full", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Too many SMTP threads for the IP", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.4.1 Failure when communicating with the mail server.", DeferralKind.SERVER_BUSY);
        assert421("451 Local routing failure", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.1 Server under load, try again later", DeferralKind.SERVER_BUSY);
        assert421("451 4.4.0 Failed to connect to relay service", DeferralKind.SERVER_BUSY);
        // The receiver's own slots and its parts' pools stay its capacity; the sender's own server and relay, and a
        // routing failure with nothing of the receiver's named, stay no trouble of the receiver's.
        assert421("421 No free session slots", DeferralKind.SERVER_BUSY);
        assert421("421 4.3.2 Session pool of the database is full", DeferralKind.SERVER_BUSY);
        assert421("451 Failure communicating with your mail server", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Failed to connect to your relay service", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Routing failure", DeferralKind.OTHER_TRANSIENT);
        // A count or a rate "over limit" with no article, "tempfailed" as deferred, "temporary" for "temporarily", the
        // source IP and the client IP as the sender.
        assert421("421 4.7.0 Connection over limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 IP connection over limit for 192.0.2.10", DeferralKind.CONNECTION_LIMIT);
        assert421("421 4.7.0 Rate over limit", DeferralKind.RATE_LIMIT);
        assert421("421 Connection rate over limit", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Tempfailed due to volume from your IP", DeferralKind.RATE_LIMIT);
        assert421("450 4.7.1 Initial delivery attempt tempfailed", DeferralKind.GREYLIST);
        assert421("421 System temporary unable to accept mail", DeferralKind.SERVER_BUSY);
        assert421("421 4.7.0 The source IP has reached its connection limit", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Connections from your client IP are capped at 3, close one and retry", DeferralKind.CONNECTION_LIMIT);
        // A score named by its system, called low or given as the cause judges the sender; "occupied" is busy.
        assert421("421 Poor GBUdb score for [192.0.2.1]", DeferralKind.REPUTATION);
        assert421("451 4.7.1 temporarily blocked due to score", DeferralKind.REPUTATION);
        assert421("451 4.7.1 Message deferred: sender domain score is low", DeferralKind.REPUTATION);
        assert421("421 4.7.1 Server occupied, try again later", DeferralKind.SERVER_BUSY);
        assert421("450 4.2.1 Mailbox occupied, try later", DeferralKind.MAILBOX);
        // "Authorized" where it counts as "allowed", not where it judges; a mail server in one word; letters as
        // messages, not a password's; the sender as "you".
        assert421("421 4.7.0 Your IP already holds the authorized number of SMTP sessions", DeferralKind.CONNECTION_LIMIT);
        assert421("421 No more connections authorized from your host", DeferralKind.CONNECTION_LIMIT);
        assert421("421 Concurrent SMTP sessions from 192.0.2.1: 6, authorized: 4", DeferralKind.CONNECTION_LIMIT);
        assert421("451 4.7.1 Sender not authorized", DeferralKind.REPUTATION);
        assert421("450 4.7.1 Only authorized senders may relay", DeferralKind.OTHER_TRANSIENT);
        assert421("451 Temporary mailserver error", DeferralKind.SERVER_BUSY);
        assert421("421 4.4.0 Remote mailserver unavailable", DeferralKind.SERVER_BUSY);
        assert421("450 4.7.1 Your server exceeded 500 letters in 10 minutes", DeferralKind.RATE_LIMIT);
        assert421("451 4.7.1 Password must contain letters and digits", DeferralKind.OTHER_TRANSIENT);
        assert421("421 Too many SMTP threads for you", DeferralKind.CONNECTION_LIMIT);
        // One of the receiver's parts over its limit, or at it, stays its trouble.
        assert421("451 4.3.0 Queue manager connection over limit", DeferralKind.SERVER_BUSY);
        assert421("421 The proxy has reached its connection limit", DeferralKind.SERVER_BUSY);
    }

    @Test
    void rulesParserShouldRejectAnInvalidPattern() {
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("RATE_LIMIT text (unclosed\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("site.rules:1")
            .hasMessageContaining("(unclosed");
    }

    @Test
    void rulesParserShouldRejectAnUnknownField() {
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("RATE_LIMIT body x\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("site.rules:1")
            .hasMessageContaining("'body'");
    }

    @Test
    void rulesParserShouldRejectALineWithoutPattern() {
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("RATE_LIMIT text\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("expected 'KIND FIELD PATTERN'");
    }

    @Test
    void rulesParserShouldRejectAControlCharacterNamingItsCodeAndTheFix() {
        // A backspace where "\\b" was meant (a program that wrote the file read "\\b" as an escape): it would match
        // nothing a reply holds, silently.
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("# ok\nREPUTATION text \bon probation\b\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("site.rules:2")
            .hasMessageContaining("control character U+0008 at column 17")
            .hasMessageContaining("write \\b for a word boundary");
        assertThatCode(() -> DeferralRules.parse("site.rules", new StringReader("REPUTATION\ttext\t\\bon probation\\b\n")))
            .doesNotThrowAnyException();
    }

    @Test
    void rulesParserShouldExpandANamedPhraseWhereARuleUsesIt() throws IOException {
        List<DeferralRule> rules = DeferralRules.parse("site.rules", new StringReader(
            "DEFINE TOO_MANY too many|an excessive number of\n"
                + "DEFINE NOUN {TOO_MANY} (?:messages|mails)\n"
                + "RATE_LIMIT text {NOUN} from\n"));
        DeferralClassifier classifier = DeferralClassifier.of(rules, false);

        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).origin()).isEqualTo("site.rules:3");
        assertThat(classifier.classify("450 an excessive number of mails from 192.0.2.1").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        assertThat(classifier.classify("450 too many mails from 192.0.2.1").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
        // The phrase is a group of its own: its alternatives do not leak into the rest of the pattern.
        assertThat(classifier.classify("450 too many recipients").kind()).isEqualTo(DeferralKind.OTHER_TRANSIENT);
    }

    @Test
    void rulesParserShouldNameAnUndefinedOrMalformedPhrase() {
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("RATE_LIMIT text {TOO_MANY} mails\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("site.rules:1")
            .hasMessageContaining("'{TOO_MANY}' is not defined above this line");
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("DEFINE too_many too many\n")))
            .hasMessageContaining("site.rules:1")
            .hasMessageContaining("invalid name 'too_many'");
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("DEFINE A x\nDEFINE A y\n")))
            .hasMessageContaining("site.rules:2")
            .hasMessageContaining("'A' is defined twice");
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("DEFINE A (unclosed\n")))
            .hasMessageContaining("site.rules:1")
            .hasMessageContaining("invalid pattern for 'A'");
        // A regular expression's own braces are no names.
        assertThatCode(() -> DeferralRules.parse("site.rules", new StringReader("RATE_LIMIT text [0-9]{2,3} mails\n")))
            .doesNotThrowAnyException();
        // An escaped brace is the pattern's own literal text, no name.
        assertThat(DeferralClassifier.of(parseRules("RATE_LIMIT text \\{QUOTA} reached\n"), false)
            .classify("451 {QUOTA} reached").kind()).isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    void rulesShouldNotDeclarePermanence() {
        assertThatThrownBy(() -> DeferralRules.parse("site.rules", new StringReader("PERMANENT text blocked\n")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("site.rules:1")
            .hasMessageContaining("PERMANENT");
    }

    @Test
    void kindParseShouldListLegalKinds() {
        assertThatThrownBy(() -> DeferralKind.parse("CONNECTIONS"))
            .hasMessageContaining("'CONNECTIONS'")
            .hasMessageContaining("CONNECTION_LIMIT, RATE_LIMIT, REPUTATION, GREYLIST, MAILBOX, SERVER_BUSY, PERMANENT, OTHER_TRANSIENT");
        assertThat(DeferralKind.parse(" greylist ")).isEqualTo(DeferralKind.GREYLIST);
    }
}
