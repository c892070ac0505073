package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The written batches: constructed replies, each batch labelled by {@code LABELLING.md} and measured before any rule was
 * written from it (the figure in its header: "N of M right before its rules"), then kept here so that the rules written
 * from it stay right. They say what wording was missing, not how a real receiver's will fare (the tables' figures as
 * collected say that); five of them were written to find false connection limits.
 */
class WrittenBatchesTest {
    /** The batches in the order they were written. */
    static final List<String> BATCHES = IntStream.rangeClosed(54, 215)
        .mapToObj(n -> "written/written-" + n + ".tsv").collect(Collectors.toList());
    private static final Pattern MEASURED = Pattern.compile("(\\d+) of (\\d+)\\s+right before its rules");
    private static final String LEFT = "left:";

    @Test
    void everyBatchShouldRecordItsMeasureBeforeItsRulesAndReadAsLabelledNow() throws IOException {
        int rightBefore = 0;
        int rows = 0;
        int rightNow = 0;
        List<String> left = new ArrayList<>();
        for (String batch : BATCHES) {
            String content = read(batch);
            Matcher matcher = MEASURED.matcher(DeferralClassifierTest.header(batch));
            assertThat(matcher.find()).as("%s records its measure before its rules (\"N of M right before its rules\")", batch)
                .isTrue();
            List<String[]> batchRows = rows(batch, content);
            assertThat(Integer.parseInt(matcher.group(2))).as("%s measured over all its rows", batch)
                .isEqualTo(batchRows.size());
            assertThat(Integer.parseInt(matcher.group(1))).as("%s right before its rules", batch)
                .isBetween(0, batchRows.size());
            rightBefore += Integer.parseInt(matcher.group(1));
            rows += batchRows.size();
            for (String[] row : batchRows) {
                DeferralKind expected = DeferralKind.valueOf(row[0]);
                Classification classification = DeferralClassifier.defaults().classify(row[1]);
                if (classification.kind() == expected) {
                    rightNow++;
                } else if (row.length > 2 && row[2].startsWith(LEFT)) {
                    left.add(row[1] + " (" + row[2] + ")");
                } else {
                    assertThat(classification.kind()).as("%s: %s (rule %s)", batch, row[1], classification.rule())
                        .isEqualTo(expected);
                }
            }
        }
        System.out.printf(Locale.ROOT, "written batches: %d of %d right before their rules (%.3f), %d now; left: %s%n",
            rightBefore, rows, rightBefore / (double) rows, rightNow, left);
        assertThat(rows).as("rows in all batches").isGreaterThanOrEqualTo(850);
        assertThat(left).as("rows left as the rules read them").hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void noBatchRowShouldBeAFalseConnectionLimit() throws IOException {
        // A false connection limit shrinks a healthy destination's window: none is left, not even among the rows left.
        for (String batch : BATCHES) {
            for (String[] row : rows(batch, read(batch))) {
                if (!row[0].equals(DeferralKind.CONNECTION_LIMIT.name())) {
                    assertThat(DeferralClassifier.defaults().classify(row[1]).kind()).as("%s: %s", batch, row[1])
                        .isNotEqualTo(DeferralKind.CONNECTION_LIMIT);
                }
            }
        }
    }

    /** A batch's rows (kind, reply and an optional note), read as this test reads them. */
    static List<String[]> rows(String batch) throws IOException {
        return rows(batch, read(batch));
    }

    private static String read(String batch) throws IOException {
        try (InputStream stream = WrittenBatchesTest.class.getClassLoader().getResourceAsStream(batch)) {
            assertThat(stream).as(batch).isNotNull();
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String[]> rows(String batch, String content) {
        List<String[]> rows = new ArrayList<>();
        content.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            String[] columns = line.split("\t", -1);
            assertThat(columns.length).as("%s row '%s': kind, reply and an optional note", batch, line).isBetween(2, 3);
            rows.add(columns);
        });
        return rows;
    }
}
